/** The element's styles: the paper workbook's look on screen, and an A4 print layout. */
import { css } from "lit";
import { paperStyles } from "../../styles/paper.styles.js";
import { reviewStyles } from "../../styles/review.styles.js";
import { screenFitStyles } from "../../styles/screen-fit.styles.js";

export const clusterFormStyles = css`
  :host {
    --cf-font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif;
    --cf-print-font-family: "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "Songti SC", serif;
    --cf-text-color: #1b1b1b;
    --cf-muted-color: #555;
    --cf-background: #fff;
    --cf-surface: #f6f7f9;
    --cf-border-color: #333;
    --cf-line-color: #c9ccd1;
    --cf-accent: #1a5fb4;
    --cf-error-color: #b00020;
    --cf-warning-color: #8a5300;
    --cf-ok-color: #1e6b2e;
    --cf-veto-color: #a00000;
    --cf-max-width: 1200px;
    display: block;
    color: var(--cf-text-color);
    background: var(--cf-background);
    font-family: var(--cf-font-family);
    font-size: 15px;
    line-height: 1.6;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .form {
    max-width: var(--cf-max-width);
    margin: 0 auto;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .print-only,
  .print-value {
    display: none;
  }
  header.head {
    text-align: center;
    padding: 12px 0 4px;
  }
  header.head h1 {
    font-size: 1.6em;
    margin: 0 0 4px;
    letter-spacing: 0.05em;
  }
  .meta {
    color: var(--cf-muted-color);
    font-size: 0.9em;
  }
  .status {
    position: sticky;
    top: 0;
    z-index: 2;
    display: flex;
    flex-wrap: wrap;
    gap: 8px 20px;
    align-items: center;
    padding: 8px 12px;
    background: var(--cf-surface);
    border: 1px solid var(--cf-line-color);
    border-radius: 4px;
    margin: 8px 0;
  }
  .status .figure b {
    font-size: 1.25em;
    font-variant-numeric: tabular-nums;
  }
  .veto {
    color: #fff;
    background: var(--cf-veto-color);
    padding: 2px 10px;
    border-radius: 3px;
    font-weight: bold;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
    margin-left: auto;
  }
  button {
    font: inherit;
    padding: 4px 14px;
    border: 1px solid var(--cf-accent);
    border-radius: 4px;
    background: #fff;
    color: var(--cf-accent);
    cursor: pointer;
  }
  button.primary {
    background: var(--cf-accent);
    color: #fff;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  button.icon {
    padding: 0 7px;
    min-width: 28px;
  }
  button.danger {
    border-color: var(--cf-error-color);
    color: var(--cf-error-color);
  }
  button.link {
    border: none;
    padding: 0;
    background: none;
    color: var(--cf-accent);
    text-decoration: underline;
    text-align: left;
  }
  :focus-visible {
    outline: 3px solid #f5a623;
    outline-offset: 1px;
  }
  .notice {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 16px;
    align-items: center;
    border-left: 4px solid var(--cf-accent);
    background: #eef4fb;
    padding: 8px 12px;
    margin: 8px 0;
  }
  .notice.error {
    border-color: var(--cf-error-color);
    background: #fdecee;
  }
  .notice.warning {
    border-color: var(--cf-warning-color);
    background: #fff6e5;
  }
  .layout {
    display: grid;
    grid-template-columns: 220px minmax(0, 1fr);
    gap: 20px;
    align-items: start;
  }
  nav.contents {
    position: sticky;
    top: 64px;
    font-size: 0.9em;
    max-height: calc(100vh - 80px);
    overflow: auto;
  }
  nav.contents ol {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  nav.contents li {
    margin: 0 0 8px;
  }
  nav.contents a {
    color: var(--cf-text-color);
    text-decoration: none;
    display: block;
  }
  nav.contents a:hover {
    color: var(--cf-accent);
  }
  progress.progress {
    display: block;
    width: 100%;
    height: 6px;
    margin-top: 2px;
    appearance: none;
    border: none;
    background: #e3e5e8;
    border-radius: 3px;
    overflow: hidden;
  }
  progress.progress::-webkit-progress-bar {
    background: #e3e5e8;
  }
  progress.progress::-webkit-progress-value {
    background: var(--cf-ok-color);
  }
  progress.progress::-moz-progress-bar {
    background: var(--cf-ok-color);
  }
  .blanks {
    margin: 8px 0;
  }
  .blanks ul {
    max-height: 240px;
    overflow: auto;
    margin: 4px 0;
    padding-left: 1.2em;
  }
  section.part {
    margin: 0 0 32px;
    /* A part off screen is neither laid out nor painted: with hundreds of rows in one table,
       a keystroke's frame would otherwise repaint the whole form. The last drawn size is kept.
       --cf-content-visibility: visible draws everything (for a full-page screenshot). */
    content-visibility: var(--cf-content-visibility, auto);
    contain-intrinsic-size: auto 1200px;
  }
  /* Each input's own form (controls/own-form.ts) draws no box, even in quirks mode. */
  .own-form {
    display: contents;
  }
  section.part > h2 {
    font-size: 1.3em;
    text-align: center;
    margin: 16px 0 8px;
    letter-spacing: 0.03em;
  }
  .block {
    margin: 10px 0 16px;
  }
  .block-heading {
    font-size: 1.05em;
    margin: 12px 0 6px;
  }
  .text.prompt,
  .text.instruction {
    margin: 6px 0;
  }
  .text.note {
    color: var(--cf-muted-color);
    font-size: 0.9em;
  }
  .field-list {
    display: grid;
    grid-template-columns: minmax(140px, 28%) 1fr;
    border-top: 1px solid var(--cf-border-color);
    border-left: 1px solid var(--cf-border-color);
  }
  .field {
    display: contents;
  }
  .field > .label,
  .field > .value {
    border-right: 1px solid var(--cf-border-color);
    border-bottom: 1px solid var(--cf-border-color);
    padding: 6px 8px;
  }
  .field > .label {
    background: var(--cf-surface);
    font-weight: 500;
  }
  .na,
  .na .label {
    color: var(--cf-muted-color);
  }
  .na-note {
    font-size: 0.85em;
    color: var(--cf-muted-color);
  }
  .help,
  .range,
  .hint {
    font-size: 0.85em;
    color: var(--cf-muted-color);
  }
  .control {
    display: inline-flex;
    align-items: center;
    gap: 4px;
    width: 100%;
  }
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
    padding: 3px 6px;
    border: 1px solid #8a8f98;
    border-radius: 3px;
    background: #fff;
    width: 100%;
    min-width: 4em;
  }
  textarea {
    resize: vertical;
    line-height: 1.6;
  }
  input.num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .ro input,
  .ro textarea,
  input[readonly],
  textarea[readonly] {
    background: var(--cf-surface);
    border-color: #d0d3d8;
  }
  [aria-invalid="true"] {
    border-color: var(--cf-error-color);
    box-shadow: 0 0 0 1px var(--cf-error-color);
  }
  textarea.wrap {
    field-sizing: content;
    resize: none;
    min-height: 0;
  }
  .unit {
    white-space: nowrap;
    color: var(--cf-muted-color);
  }
  fieldset.radios {
    border: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 4px 18px;
  }
  label.radio {
    display: inline-flex;
    gap: 4px;
    align-items: center;
  }
  label.radio input {
    width: auto;
    min-width: 0;
  }
  /* Read only (an expert reviewing), the choice made reads at a glance: the others are muted. */
  .ro label.radio {
    color: var(--cf-muted-color);
  }
  .ro label.radio:has(input:checked) {
    color: inherit;
    font-weight: 600;
  }
  .messages:empty {
    display: none;
  }
  .msg {
    font-size: 0.85em;
    margin-top: 2px;
  }
  .msg.error {
    color: var(--cf-error-color);
  }
  .msg.warning {
    color: var(--cf-warning-color);
  }
  .table-scroll {
    overflow-x: auto;
  }
  table.paper {
    border-collapse: collapse;
    width: 100%;
  }
  /* A grid with inputs (widgets/grid.ts): on screen its columns are of equal width and do not follow
     their content, so a keystroke lays out and repaints the cells that change, not the whole table
     (the 2020 handbook's indicator grid, per key press: layout 3.0–3.3 → 2.0–2.3 ms, paint
     2.9–3.1 → 2.3–2.6 ms). */
  @media screen {
    table.paper.fixed-columns {
      table-layout: fixed;
      min-width: var(--cf-grid-min-width);
    }
  }
  table.paper th,
  table.paper td {
    border: 1px solid var(--cf-border-color);
    padding: 4px 6px;
    vertical-align: top;
  }
  table.paper thead th {
    background: var(--cf-surface);
    text-align: center;
    vertical-align: middle;
  }
  table.paper tbody th {
    text-align: left;
    font-weight: 500;
    background: #fbfbfc;
  }
  table.paper td.num,
  table.paper .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  table.paper .serial {
    width: 3em;
    text-align: center;
  }
  table.paper .actions {
    white-space: nowrap;
    width: 1%;
  }
  table.paper tr.group th {
    background: var(--cf-surface);
    font-weight: bold;
  }
  /* A repeating table can have hundreds of rows. As a CSS table, a keystroke in one cell lays out
     and repaints every row; on screen each row is instead a grid of shared column tracks
     (widgets/repeat-columns.ts), laid out and painted on its own and skipped while off screen.
     Print keeps the real table, whose header repeats on every page. */
  @media screen {
    .repeat table.paper {
      display: block;
      min-width: var(--cf-repeat-min-width);
      border-top: 1px solid var(--cf-border-color);
      border-left: 1px solid var(--cf-border-color);
    }
    .repeat table.paper > thead,
    .repeat table.paper > tbody {
      display: block;
    }
    .repeat table.paper tr {
      display: grid;
      grid-template-columns: var(--cf-repeat-columns);
    }
    .repeat table.paper > tbody > tr {
      contain: layout paint style;
      content-visibility: var(--cf-content-visibility, auto);
      contain-intrinsic-size: auto 3em;
    }
    /* A windowed table draws only rows near the viewport: they are measured, so drawn in full. */
    .repeat table.windowed > tbody > tr {
      content-visibility: visible;
    }
    /* Stands in for rows of a long table that are not drawn (controllers/row-windows.controller.ts); its height is set
       inline. Never a scroll anchor: when its height changes, the browser keeps what is in view in place. */
    .repeat table.paper > tbody > tr.rows-gap {
      display: block;
      content-visibility: visible;
      contain: strict;
      overflow-anchor: none;
    }
    .repeat table.paper tr.print-only {
      display: none;
    }
    .repeat table.paper th,
    .repeat table.paper td {
      border-width: 0 1px 1px 0;
      min-width: 0;
      width: auto;
    }
    .repeat table.paper .control > input {
      min-width: 0;
    }
    .repeat table.paper thead th {
      display: flex;
      align-items: center;
      justify-content: center;
    }
  }
  .criteria-table .criterion {
    width: 14%;
  }
  .criteria-table .points {
    width: 4em;
    text-align: center;
  }
  .criteria-table td.score,
  .criteria-table th.score {
    width: 7.5em;
  }
  .criteria-table tfoot th,
  .criteria-table tfoot td {
    font-weight: bold;
    background: var(--cf-surface);
  }
  .pre {
    white-space: pre-wrap;
  }
  .score.computed output {
    font-weight: bold;
  }
  .explain summary {
    cursor: pointer;
    color: var(--cf-accent);
    font-size: 0.85em;
  }
  .explain-body {
    font-size: 0.88em;
    background: var(--cf-surface);
    padding: 6px 10px;
    margin-top: 4px;
    border-radius: 3px;
  }
  .explain-title {
    font-weight: bold;
    margin-top: 4px;
  }
  .explain-inputs,
  .explain-steps {
    margin: 2px 0;
    padding-left: 1.4em;
  }
  .explain-steps .held .mark {
    color: var(--cf-ok-color);
  }
  .explain-steps .not-held {
    color: var(--cf-muted-color);
  }
  .count {
    font-size: 0.85em;
    color: var(--cf-muted-color);
    text-align: right;
  }
  .count.over {
    color: var(--cf-error-color);
  }
  .narrative-label {
    display: block;
    font-weight: 500;
    margin-bottom: 4px;
  }
  fieldset.signoff {
    border: 1px solid var(--cf-border-color);
    padding: 8px 12px 12px;
  }
  fieldset.signoff legend {
    padding: 0 6px;
    font-weight: bold;
  }
  .row-tools {
    display: flex;
    gap: 12px;
    align-items: center;
    margin-top: 6px;
  }
  @media (max-width: 760px) {
    .layout {
      grid-template-columns: 1fr;
    }
    nav.contents {
      position: static;
      max-height: none;
    }
    .field-list {
      grid-template-columns: 1fr;
    }
  }

  .file-input {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 0.5em;
  }
  .file-input .file-size {
    color: var(--cf-muted-color);
  }
  .file-input [role="alert"] {
    flex-basis: 100%;
    color: var(--cf-error-color);
  }
  .file-input [hidden] {
    display: none;
  }
  @media print {
    :host {
      font-family: var(--cf-print-font-family);
      font-size: 10.5pt;
      color: #000;
    }
    .screen-only,
    .rows-gap,
    .status,
    .toolbar,
    nav.contents,
    .notice,
    .blanks,
    button,
    .explain,
    .row-tools,
    .hint,
    .range,
    .messages,
    .count,
    .na-note {
      display: none !important;
    }
    .layout {
      display: block;
    }
    .print-only {
      display: table-row;
    }
    .print-value {
      display: inline;
      white-space: pre-wrap;
    }
    input,
    select,
    textarea,
    fieldset.radios {
      display: none !important;
    }
    .control {
      display: flex;
    }
    .control.numeric {
      justify-content: flex-end;
    }
    .control.numeric .print-value {
      font-variant-numeric: tabular-nums;
    }
    section.part {
      break-before: page;
      content-visibility: visible;
    }
    section.part.first,
    section.part.no-break {
      break-before: auto;
    }
    header.head {
      break-after: avoid;
    }
    table.paper {
      page-break-inside: auto;
    }
    table.paper thead {
      display: table-header-group;
    }
    table.paper tr {
      break-inside: avoid;
    }
    table.paper th,
    table.paper td,
    .field > .label,
    .field > .value {
      border-color: #000;
    }
    table.paper thead th,
    .field > .label,
    table.paper tbody th {
      background: none;
    }
    h2,
    h3 {
      break-after: avoid;
    }
  }
`;

/** Every stylesheet of `<cluster-form>`: its own, the phone layout, the print layout and the review columns. */
export const elementStyles = [clusterFormStyles, screenFitStyles, paperStyles, reviewStyles];
