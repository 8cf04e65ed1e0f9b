/**
 * On a phone the status bar (totals, completeness, buttons) scrolls away with the page top, and
 * only this strip sticks: the totals and the completeness, one short line. It repeats what the
 * status bar says, so screen readers skip it.
 */
import type { ScoreColumnDef } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import { html, type TemplateResult } from "lit";
import type { Messages } from "../../locales/index.js";
import { formatScore } from "../../widgets/format.js";

export function renderTotalsStrip(msg: Messages, columns: readonly ScoreColumnDef[], result: EvaluationResult | undefined, percent: number): TemplateResult {
  return html`<div class="totals-strip" aria-hidden="true" part="totals">
    ${columns.map((c) => html`<span>${c.label} <b>${formatScore(result?.total[c.id]?.value)}</b>/${result?.maxTotal ?? ""}</span>`)}
    <span>${msg.completeness} <b>${percent}%</b></span>
  </div>`;
}
