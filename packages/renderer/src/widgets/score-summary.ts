/**
 * The summary table: per-part subtotals of each score column, and the totals. A subtotal of a part
 * where nothing is scored yet, and a total of nothing but such, print blank (./unanswered.ts).
 */
import { ownValue, type ScoreSummaryBlock } from "@cluster-form/schema";
import { html } from "lit";
import { blockTitle } from "./block-title.js";
import { cellLabel } from "./cell-label.js";
import { leftOutNote, totalText } from "./left-out.js";
import { widgetIs, type Widget, type WidgetContext } from "./types.js";
import { blankColumn } from "./unanswered.js";

/** For each row (score column): whether each column's part is blank, in the block's order, and whether the whole form is. */
function blankCells(block: ScoreSummaryBlock, ctx: WidgetContext): { parts: boolean[]; total: boolean }[] {
  const criteriaOf = (part: string) => ctx.pkg.parts.find((p) => p.ref.id === part)?.rules?.criteria ?? [];
  const all = ctx.pkg.parts.flatMap((p) => p.rules?.criteria ?? []);
  return block.rows.map((row) => ({ parts: block.columns.map((c) => blankColumn(ctx, criteriaOf(c.part), row.scoreColumn)), total: blankColumn(ctx, all, row.scoreColumn) }));
}

export const scoreSummaryWidget: Widget<ScoreSummaryBlock> = {
  name: "scoreSummary",
  tester: widgetIs("scoreSummary"),
  dependsOn: (block, ctx) => [ctx.result?.parts, ctx.result?.total, blankCells(block, ctx)],
  render(block, ctx) {
    const result = ctx.result;
    const blank = blankCells(block, ctx);
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
              (row, r) => html`<tr>
                <th scope="row">${row.label}</th>
                ${block.columns.map((c, i) => {
                  const total = ownValue(result?.parts.find((p) => p.part === c.part)?.columns, row.scoreColumn);
                  return html`<td class="num ${blank[r]?.parts[i] ? "unanswered" : ""}">${cellLabel(c.label)}<output aria-label=${`${row.label} ${c.label}`}>${totalText(total, ctx.lang)}</output>${leftOutNote(total, ctx.lang)}</td>`;
                })}
                <td class="num total ${blank[r]?.total ? "unanswered" : ""}">
                  ${cellLabel(block.totalLabel)}<output aria-label=${`${row.label} ${block.totalLabel}`}>${totalText(ownValue(result?.total, row.scoreColumn), ctx.lang)}</output>${leftOutNote(ownValue(result?.total, row.scoreColumn), ctx.lang)}
                </td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </div>`;
  },
};
