/** The criteria table: indicator, scoring text, points, and one column per score column of the manifest. */
import { ownValue, type CriteriaBlock, type CriterionDef, type ScoreColumnDef } from "@cluster-form/schema";
import type { CriterionResult } from "@cluster-form/rules";
import { html, nothing } from "lit";
import { live } from "lit/directives/live.js";
import { ownForm } from "../controls/own-form.js";
import { blockTitle } from "./block-title.js";
import { cellLabel } from "./cell-label.js";
import { renderExplanation } from "./explanation.js";
import { formatScore } from "./format.js";
import { leftOutNote, totalText } from "./left-out.js";
import { reviewCell } from "./review-cell.js";
import { reviewMessagesFor } from "../locales/review.js";
import { widgetIs, type Widget, type WidgetContext } from "./types.js";
import { blankColumn, unanswered } from "./unanswered.js";

export const scoreInputId = (ctx: WidgetContext, criterion: string, column: string): string =>
  `score-${ctx.part.ref.id}-${criterion}-${column}`.replace(/[^\w-]/g, "_");

function scoreCell(ctx: WidgetContext, def: CriterionDef, result: CriterionResult | undefined, column: ScoreColumnDef) {
  const cell = ownValue(result?.scores, column.id);
  const name = `${def.label} ${column.label}`;
  if (!result || !cell) return html`<td class="score num">${cellLabel(column.label)}—</td>`;
  if (cell.status === "notApplicable") return html`<td class="score na">${cellLabel(column.label)}${ctx.msg.notApplicable}</td>`;
  const range = result.range;
  if (range && result.computed === null) {
    const id = scoreInputId(ctx, def.id, column.id);
    const hintId = `${id}-range`;
    const invalid = cell.status === "invalid";
    const editable = ctx.canScore(def.id, column.id);
    const findings = ctx.result?.findings.filter((f) => f.criterion === def.id && f.pointer.endsWith(`/${column.id}`)) ?? [];
    const msgId = `${id}-msg`;
    return html`<td class="score ${invalid ? "invalid" : ""}" part="cell score">
      ${cellLabel(column.label)} ${ownForm(html`<span class="control numeric ${editable ? "" : "ro"}">
        <input
          id=${id}
          class="num"
          inputmode="decimal"
          .value=${live(ctx.scoreText(def.id, column.id))}
          ?readonly=${!editable}
          aria-readonly=${editable ? nothing : "true"}
          aria-label=${name}
          aria-describedby=${`${hintId} ${msgId}`}
          aria-invalid=${invalid ? "true" : nothing}
          @input=${(e: Event) => ctx.setScore(def.id, column.id, (e.target as HTMLInputElement).value)}
        /><span class="print-value" aria-hidden="true">${ctx.scoreText(def.id, column.id)}</span>
      </span>`)}
      ${invalid ? html`<div class="cell-note error">${reviewMessagesFor(ctx.lang).notCounted}</div>` : nothing}
      <div class="range" id=${hintId}>${ctx.msg.range(range.min, range.max)}</div>
      <div class="messages" id=${msgId} role="status">${findings.map((f) => html`<div class="msg ${f.severity}">${ctx.localize(f.message)}</div>`)}</div>
    </td>`;
  }
  if (column.review === true && result.computed !== null) return reviewCell(ctx, def, result, column, cell, unanswered(result, ctx));
  return html`<td class="score num computed ${unanswered(result, ctx) ? "unanswered" : ""}" part="cell score computed">
    ${cellLabel(column.label)}<output aria-label=${name} title=${ctx.msg.computedScore}>${formatScore(cell.value)}</output>
  </td>`;
}

function criterionRows(ctx: WidgetContext, defs: readonly CriterionDef[], columns: readonly ScoreColumnDef[]) {
  let group: string | undefined;
  const span = 3 + columns.length;
  return defs.map((def) => {
    const result = ctx.result?.criteria.find((c) => c.id === def.id);
    const groupRow = def.group && def.group !== group ? html`<tr class="group"><th scope="rowgroup" colspan=${span}>${def.group}</th></tr>` : nothing;
    group = def.group;
    const na = columns.every((c) => ownValue(result?.scores, c.id)?.status === "notApplicable");
    return html`${groupRow}<tr class=${na ? "na" : nothing} id=${`criterion-${def.id}`.replace(/[^\w-]/g, "_")}>
        <th scope="row" class="criterion">${def.label}</th>
        <td class="rule-text">
          <div class="pre">${def.text}</div>
          ${result?.invalidInputs
            ? html`<div class="invalid-note msg error">${reviewMessagesFor(ctx.lang).invalidInputs(result.invalidInputs.map((input) => input.label).join(ctx.msg.listSeparator))}</div>`
            : nothing}
          ${result ? renderExplanation(result, ctx) : nothing}
        </td>
        <td class="num points">${cellLabel(ctx.msg.pointsHeader)}${def.points}</td>
        ${columns.map((column) => scoreCell(ctx, def, result, column))}
      </tr>`;
  });
}

export const criteriaWidget: Widget<CriteriaBlock> = {
  name: "criteria",
  tester: widgetIs("criteria"),
  // The subtotal row; the criteria themselves are the part's own results.
  dependsOn: (_block, ctx) => ctx.result?.parts.find((p) => p.part === ctx.part.ref.id),
  render(block, ctx) {
    const all = ctx.part.rules?.criteria ?? [];
    const defs = block.criteria ? block.criteria.map((id) => all.find((c) => c.id === id)).filter((c): c is CriterionDef => c !== undefined) : all;
    const columns = ctx.pkg.manifest.scoreColumns;
    const partResult = ctx.result?.parts.find((p) => p.part === ctx.part.ref.id);
    const headers = block.headers;
    return html`<div class="block criteria" part="block criteria">
      ${blockTitle(block)}
      <div class="table-scroll">
        <table class="paper criteria-table">
          <thead>
            ${headers?.score && columns.length > 0
              ? html`<tr>
                    <th scope="col" rowspan="2" class="criterion">${headers.criterion}</th>
                    <th scope="col" rowspan="2">${headers.text}</th>
                    <th scope="col" rowspan="2" class="points">${ctx.msg.pointsHeader}</th>
                    <th scope="colgroup" colspan=${columns.length}>${headers.score}</th>
                  </tr>
                  <tr>
                    ${columns.map((c) => html`<th scope="col" class="score">${c.label}</th>`)}
                  </tr>`
              : html`<tr>
                  <th scope="col" class="criterion">${headers?.criterion ?? ctx.msg.criterionHeader}</th>
                  <th scope="col">${headers?.text ?? ctx.msg.textHeader}</th>
                  <th scope="col" class="points">${ctx.msg.pointsHeader}</th>
                  ${columns.map((c) => html`<th scope="col" class="score">${c.label}</th>`)}
                </tr>`}
          </thead>
          <tbody>
            ${criterionRows(ctx, defs, columns)}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" colspan="2">${headers?.total ?? ctx.msg.subtotal}</th>
              <td class="num points">${cellLabel(ctx.msg.pointsHeader)}${ctx.part.ref.points ?? ""}</td>
              ${columns.map(
                (c) =>
                  html`<td class="num subtotal ${blankColumn(ctx, defs, c.id) ? "unanswered" : ""}">
                    ${cellLabel(c.label)}<output aria-label=${`${ctx.msg.subtotal} ${c.label}`}>${totalText(ownValue(partResult?.columns, c.id), ctx.lang)}</output>${leftOutNote(ownValue(partResult?.columns, c.id), ctx.lang)}
                  </td>`,
              )}
            </tr>
          </tfoot>
        </table>
      </div>
    </div>`;
  },
};
