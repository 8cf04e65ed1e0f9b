/** The summary table: per-part subtotals of each score column, and the totals. */
import type { ScoreSummaryBlock } from "@cluster-form/schema";
import { html } from "lit";
import { blockTitle } from "./block-title.js";
import { cellLabel } from "./cell-label.js";
import { leftOutNote, totalText } from "./left-out.js";
import { widgetIs, type Widget } from "./types.js";

export const scoreSummaryWidget: Widget<ScoreSummaryBlock> = {
  name: "scoreSummary",
  tester: widgetIs("scoreSummary"),
  dependsOn: (_block, ctx) => [ctx.result?.parts, ctx.result?.total],
  render(block, ctx) {
    const result = ctx.result;
    return html`<div class="block score-summary" part="block score-summary">
      ${blockTitle(block)}
      <div class="table-scroll">
        <table class="paper">
          <thead>
            <tr>
              <th scope="col" class="corner">${block.corner}</th>
              ${block.columns.map((c) => html`<th scope="col">${c.label}</th>`)}
              <th scope="col">${block.totalLabel}</th>
            </tr>
          </thead>
          <tbody>
            ${block.rows.map(
              (row) => html`<tr>
                <th scope="row">${row.label}</th>
                ${block.columns.map((c) => {
                  const total = result?.parts.find((p) => p.part === c.part)?.columns[row.scoreColumn];
                  return html`<td class="num">${cellLabel(c.label)}<output aria-label=${`${row.label} ${c.label}`}>${totalText(total, ctx.lang)}</output>${leftOutNote(total, ctx.lang)}</td>`;
                })}
                <td class="num total">
                  ${cellLabel(block.totalLabel)}<output aria-label=${`${row.label} ${block.totalLabel}`}>${totalText(result?.total[row.scoreColumn], ctx.lang)}</output>${leftOutNote(result?.total[row.scoreColumn], ctx.lang)}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  },
};
