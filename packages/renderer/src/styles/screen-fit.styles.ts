/**
 * The element on screens of any width: fields and headings kept clear of the sticky bar, tables
 * that scroll inside their own box with a cue, and the phone layout (`.form.narrow`, set below the
 * form's `display.narrowBelow`, see ../controllers/screen-layout.controller.ts): label/value tables stacked,
 * repeating rows and grid rows as cards, each criterion a card with its scores, and a sticky strip
 * with only the totals. Print is untouched: all of it is screen only.
 */
import { css } from "lit";

export const screenFitStyles = css`
  .cell-label,
  .totals-strip {
    display: none;
  }
  @media screen {
    /* A field, heading or notice scrolled into view (focus, a contents link) stops below the sticky bar. */
    h2,
    h3,
    input,
    select,
    textarea,
    fieldset,
    .notice,
    .table-scroll {
      scroll-margin-top: calc(var(--cf-sticky-height, 0px) + 12px);
    }
    /* A table wider than its box scrolls in it: a named, focusable region (keyboard scrolling) with a cue above it. */
    .table-scroll.overflows {
      border-right: 3px solid var(--cf-line-color);
    }
    .table-scroll.overflows::before {
      content: attr(data-cue);
      position: sticky;
      left: 0;
      display: block;
      font-size: 0.85em;
      color: var(--cf-muted-color);
      margin-bottom: 2px;
    }
    .table-scroll.overflows:focus-visible {
      outline-offset: 2px;
    }
    .problems ul.problem-parts {
      list-style: none;
      margin: 4px 0 0;
      padding: 0;
    }
    .problems .problem-part {
      font-weight: bold;
    }
    .problems ol {
      margin: 2px 0 6px;
      padding-left: 1.6em;
    }
    .problems {
      flex-direction: column;
      align-items: flex-start;
    }
    .notice.ok {
      border-color: var(--cf-ok-color);
      background: #e9f5ec;
    }
    .nav-none {
      display: block;
      font-size: 0.8em;
      color: var(--cf-muted-color);
    }

    /* ---------------------------------------------------------------- the phone layout */
    .form.narrow {
      font-size: 14px;
    }
    .form.narrow header.head h1 {
      font-size: 1.3em;
    }
    .form.narrow .layout {
      grid-template-columns: minmax(0, 1fr);
      gap: 8px;
    }
    .form.narrow nav.contents {
      position: static;
      max-height: none;
    }
    .form.narrow nav.contents ol {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(9em, 1fr));
      gap: 4px 12px;
    }
    .form.narrow .status {
      position: static;
    }
    .form.narrow .totals-strip {
      position: sticky;
      top: 0;
      z-index: 2;
      display: flex;
      flex-wrap: wrap;
      gap: 2px 14px;
      padding: 4px 10px;
      background: var(--cf-surface);
      border-bottom: 1px solid var(--cf-line-color);
      font-size: 0.9em;
      font-variant-numeric: tabular-nums;
    }
    .form.narrow .field-list {
      grid-template-columns: minmax(0, 1fr);
    }
    .form.narrow .field > .label {
      border-bottom-style: dotted;
    }
    /* Cards: the header row is left to screen readers, each cell says its column's name. */
    .form.narrow table.paper,
    .form.narrow table.paper > tbody,
    .form.narrow table.paper > tfoot,
    .form.narrow table.paper tr,
    .form.narrow .repeat table.paper > tbody > tr {
      display: block;
      min-width: 0;
      width: auto;
      border: none;
    }
    .form.narrow table.paper > thead {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
    .form.narrow table.paper > tbody > tr,
    .form.narrow table.paper > tfoot > tr {
      border: 1px solid var(--cf-border-color);
      border-radius: 4px;
      margin: 0 0 10px;
      padding: 4px 8px;
    }
    .form.narrow table.paper > tbody > tr.group {
      border: none;
      padding: 0;
    }
    .form.narrow table.paper > tbody > tr.rows-gap {
      border: none;
      margin: 0;
      padding: 0;
    }
    .form.narrow table.paper th,
    .form.narrow table.paper td,
    .form.narrow .repeat table.paper th,
    .form.narrow .repeat table.paper td {
      display: block;
      border: none;
      padding: 3px 0;
      width: auto;
      text-align: left;
      background: none;
    }
    .form.narrow table.paper td:has(> .cell-label) {
      display: grid;
      grid-template-columns: minmax(5em, 38%) minmax(0, 1fr);
      gap: 0 8px;
      align-items: start;
    }
    .form.narrow table.paper td:has(> .cell-label) > :not(.cell-label) {
      grid-column: 2;
    }
    .form.narrow .cell-label {
      display: block;
      grid-column: 1;
      font-size: 0.9em;
      color: var(--cf-muted-color);
    }
    .form.narrow table.paper tbody th[scope="row"],
    .form.narrow table.paper tfoot th {
      font-weight: bold;
      border-bottom: 1px dotted var(--cf-line-color);
    }
    .form.narrow table.paper .serial {
      font-weight: bold;
    }
    .form.narrow table.paper .actions {
      display: flex;
      gap: 8px;
      justify-content: flex-end;
    }
    .form.narrow table.paper .num,
    .form.narrow table.paper td.num {
      text-align: left;
    }
    .form.narrow .criteria-table .points,
    .form.narrow .criteria-table .score {
      width: auto;
    }
  }
`;
