/**
 * The paper copy: what the printed workbook shows, nothing of the screen. Added to the print rules
 * of ../components/cluster-form/cluster-form.styles.ts.
 */
import { css } from "lit";

export const paperStyles = css`
  @media print {
    /* The form's id, version and the role are the screen's; a cover that carries the title prints it once. */
    header.head .meta,
    header.head.title-on-cover {
      display: none;
    }
    /* A grid's columns share the width as on screen: a blank remarks column keeps its room; so do
       the blank cells of the score summary (the total column is not squeezed to one character). */
    table.paper.fixed-columns,
    .score-summary table.paper {
      table-layout: fixed;
    }
    table.paper.fixed-columns .corner,
    .score-summary table.paper .corner {
      width: 9em;
    }
    /* Every score prints alike: right-aligned and bold, typed or computed. */
    .criteria-table td.score .print-value {
      font-weight: bold;
    }
    /* A criterion whose data is blank prints no score: the blank copy is filled by hand. */
    .criteria-table td.unanswered output,
    .criteria-table td.unanswered .left-out,
    .criteria-table td.unanswered .cell-note,
    .score-summary td.unanswered output,
    .score-summary td.unanswered .left-out {
      visibility: hidden;
    }
    /* Backgrounds printed ("background graphics" on) paint no grey blocks. */
    table.paper tfoot th,
    table.paper tfoot td,
    table.paper tr.group th,
    .explain-body,
    .status {
      background: none;
    }
  }
`;
