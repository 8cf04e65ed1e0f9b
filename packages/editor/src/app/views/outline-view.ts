/** The outline beside the form: the parts in the handbook's order, each with its points and the problems found in it, and the points' sum against the form's total. */
import { html, nothing, type TemplateResult } from "lit";
import type { EditorMessages } from "../../locales/index.js";
import type { FindingPlaces } from "../finding-places.js";
import type { LoadedForm } from "../form-state.js";

export function outlineView(text: EditorMessages, form: LoadedForm, places: FindingPlaces, partId: string | undefined, choose: (partId: string) => void): TemplateResult {
  const t = text.outline;
  const perPart = new Map<string, number>();
  for (const [key, list] of places.at) {
    const part = places.partOf.get(key);
    if (part !== undefined) perPart.set(part, (perPart.get(part) ?? 0) + list.length);
  }
  const sum = form.outline.parts.reduce((total, p) => total + p.criteria.reduce((s, c) => s + c.points, 0), 0);
  return html`<nav class="outline" aria-labelledby="outline-h">
    <h2 id="outline-h">${t.heading}</h2>
    <p class=${sum === form.outline.totalPoints ? "ok" : "bad"}>${t.total(sum, form.outline.totalPoints)}</p>
    <ul>${form.outline.parts.map((part) => {
      const count = perPart.get(part.id) ?? 0;
      return html`<li><button type="button" class="part-link" aria-current=${partId === part.id ? "true" : "false"} @click=${() => choose(part.id)}>
        ${part.title}${part.points !== undefined ? html` <span class="points">${t.points(part.points)}</span>` : nothing}${count > 0 ? html` <span class="count">${t.findings(count)}</span>` : nothing}</button></li>`;
    })}</ul>
  </nav>`;
}
