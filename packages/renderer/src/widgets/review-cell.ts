/**
 * A rule-computed score in a `review` column (the expert's): the catalog's pending word while its status is pending
 * (the evaluator keeps the rule's number as a proposal), then the score; an override shows the
 * new score, the rule's, and the written reason, on screen and on paper. The scorer confirms with one button, or, where the criterion allows an override,
 * enters another score and a reason.
 */
import type { CriterionDef, ScoreColumnDef } from "@cluster-form/schema";
import type { CriterionResult, ScoreCell } from "@cluster-form/rules";
import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { ownForm } from "../controls/own-form.js";
import { reviewMessagesFor } from "../locales/review.js";
import { formatScore } from "./format.js";
import type { WidgetContext } from "./types.js";

const safeId = (text: string): string => text.replace(/[^\w-]/g, "_");

function overrideEditor(ctx: WidgetContext, def: CriterionDef, column: ScoreColumnDef, cell: ScoreCell, id: string): TemplateResult {
  const rm = reviewMessagesFor(ctx.lang);
  // Open on an override, and on a typed score that is not one yet (no reason, out of range): its error shows.
  const open = cell.status === "overridden" || (cell.status === "pending" && cell.entered !== undefined);
  return html`<details class="override screen-only" ?open=${open}>
    <summary>${rm.override}</summary>
    ${ownForm(html`<label class="override-field"
        >${rm.overrideScoreShort}
        <input
          id=${`${id}-override`}
          class="num"
          inputmode="decimal"
          aria-label=${rm.overrideScore(def.label, column.label)}
          .value=${live(ctx.scoreText(def.id, column.id))}
          @input=${(e: Event) => ctx.setScore(def.id, column.id, (e.target as HTMLInputElement).value)}
      /></label>
      <label class="override-field"
        >${rm.overrideReasonShort}
        <textarea
          id=${`${id}-reason`}
          rows="3"
          aria-label=${rm.overrideReason(def.label, column.label)}
          .value=${live(ctx.reasonText(def.id, column.id))}
          @input=${(e: Event) => ctx.setReason(def.id, column.id, (e.target as HTMLTextAreaElement).value)}
        ></textarea
      ></label>`)}
  </details>`;
}

/** `blank`: nothing the criterion reads is filled in, so the paper copy leaves the cell empty (see unanswered.ts). */
export function reviewCell(ctx: WidgetContext, def: CriterionDef, result: CriterionResult, column: ScoreColumnDef, cell: ScoreCell, blank: boolean): TemplateResult {
  const rm = reviewMessagesFor(ctx.lang);
  const id = safeId(`review-${def.id}-${column.id}`);
  const name = `${def.label} ${column.label}`;
  const editable = ctx.canScore(def.id, column.id);
  const computed = formatScore(result.computed);
  const findings = ctx.result?.findings.filter((f) => f.criterion === def.id && f.pointer.endsWith(`/${column.id}`)) ?? [];
  const shown = cell.status === "pending" ? rm.pending : formatScore(cell.value);
  return html`<td class="score num review ${cell.status} ${blank ? "unanswered" : ""}" part="cell score review">
    <output id=${id} aria-label=${name}>${shown}</output>
    ${cell.status === "confirmed" ? html`<div class="cell-note">${rm.confirmed}</div>` : nothing}
    ${cell.status === "overridden"
      ? html`<div class="cell-note">${rm.overridden} · ${rm.computedWas(computed)}</div>
          <div class="reason">${rm.reasonShown(cell.reason ?? "")}</div>`
      : nothing}
    <div class="messages" role="status">${findings.map((f) => html`<div class="msg ${f.severity}">${ctx.localize(f.message)}</div>`)}</div>
    ${editable && cell.status === "pending"
      ? html`<button type="button" class="confirm" aria-label=${rm.confirmLabel(def.label, column.label, computed)} @click=${() => ctx.setScore(def.id, column.id, computed)}>
          ${rm.confirm(computed)}
        </button>`
      : nothing}
    ${editable && def.override === true ? overrideEditor(ctx, def, column, cell, id) : nothing}
  </td>`;
}
