/**
 * Styles of the review: pending and confirmed scores, overrides with their reasons, what totals leave
 * out, invalid values. These marks print: the paper copy says what the screen says about scores.
 */
import { css } from "lit";

export const reviewStyles = css`
  td.review output {
    font-weight: 600;
  }
  td.review.pending output {
    color: var(--cf-muted-color, #555);
    font-weight: normal;
  }
  .cell-note,
  .reason,
  .left-out {
    display: block;
    font-size: 0.85em;
    color: var(--cf-muted-color, #555);
    text-align: left;
    white-space: normal;
  }
  .left-out {
    display: inline;
    margin-left: 0.25em;
  }
  .cell-note.error,
  .invalid-note {
    color: var(--cf-error-color, #b00020);
  }
  .reason {
    color: inherit;
  }
  td.review button.confirm {
    display: block;
    margin: 0.25em 0 0 auto;
    white-space: nowrap;
  }
  details.override {
    text-align: left;
    margin-top: 0.25em;
  }
  details.override summary {
    cursor: pointer;
    color: var(--cf-accent, #1a5fb4);
  }
  .override-field {
    display: block;
    margin-top: 0.25em;
    font-size: 0.85em;
  }
  .override-field input,
  .override-field textarea {
    display: block;
    width: 100%;
    box-sizing: border-box;
    font: inherit;
  }
  @media print {
    .cell-note,
    .reason,
    .invalid-note {
      display: block !important;
      color: #000;
    }
    .left-out {
      display: inline !important;
      color: #000;
    }
    details.override {
      display: none !important;
    }
    /* A wrong value is marked on paper with its message; blanks and warnings are not. */
    .messages:has(.wrong-value) {
      display: block !important;
    }
    .messages .msg:not(.wrong-value) {
      display: none;
    }
  }
`;
