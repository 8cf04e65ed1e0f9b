/**
 * The preview panel: the test case chosen as the sample, its scores per criterion, and the preview's
 * `<cluster-form>` (./preview.ts: one element, updated in place).
 */
import { html, nothing, type TemplateResult } from "lit";
import type { EditorMessages } from "../../locales/index.js";
import type { CheckResponse } from "../api.js";

export function previewPanel(text: EditorMessages, check: CheckResponse, element: HTMLElement, choose: (file: string, index: number) => void): TemplateResult {
  const t = text.panels;
  if (!check.loaded) return html`<p>${t.formBroken}</p>`;
  const sample = check.sample;
  const pick = (e: Event): void => {
    const chosen = check.samples[(e.target as HTMLSelectElement).selectedIndex];
    if (chosen) choose(chosen.file, chosen.index);
  };
  return html`
    ${check.samples.length > 0
      ? html`<div class="box"><label for="sample-case">${t.sample}</label>
          <select id="sample-case" @change=${pick}>
            ${check.samples.map((s) => html`<option ?selected=${sample?.file === s.file && sample.index === s.index}>${s.name} (${s.file})</option>`)}
          </select></div>`
      : html`<p>${t.noSample}</p>`}
    ${sample
      ? html`<section aria-labelledby="sample-scores-h" class="sample-scores">
          <h4 id="sample-scores-h">${t.sampleScores}</h4>
          <p>${t.sampleTotal(sample.total === null ? "—" : String(sample.total), sample.maxTotal)}</p>
          <ul>${sample.criteria.map((c) => html`<li>${t.criterionScore(c.label, c.computed === null ? "—" : String(c.computed), c.points)}</li>`)}</ul>
        </section>`
      : nothing}
    ${element}`;
}
