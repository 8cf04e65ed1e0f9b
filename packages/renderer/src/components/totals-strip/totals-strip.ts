/**
 * On a phone the status bar (totals, completeness, buttons) scrolls away with the page top, and
 * only this strip sticks: the totals and the completeness, one short line. It repeats what the
 * status bar says (a total under review is the "pending" word and what it leaves out, not the
 * rules' proposal), so screen readers skip it.
 */
import { ownValue, type ScoreColumnDef } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import { html, type TemplateResult } from "lit";
import type { Messages } from "../../locales/index.js";
import { isPending, leftOutNote, totalText } from "../../widgets/left-out.js";

export function renderTotalsStrip(msg: Messages, lang: string, columns: readonly ScoreColumnDef[], result: EvaluationResult | undefined, percent: number): TemplateResult {
  return html`<div class="totals-strip" aria-hidden="true" part="totals">
    ${columns.map((c) => {
      const total = ownValue(result?.total, c.id);
      return html`<span>${c.label} <b>${totalText(total, lang)}</b>${isPending(total) ? "" : `/${result?.maxTotal ?? ""}`}${leftOutNote(total, lang)}</span>`;
    })}
    <span>${msg.completeness} <b>${percent}%</b></span>
  </div>`;
}
