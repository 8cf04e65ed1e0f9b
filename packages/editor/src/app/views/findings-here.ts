/** The findings that concern one item, shown next to it (and linked to the list by their text). */
import { html, nothing, type TemplateResult } from "lit";
import type { EditorContext } from "../context.js";
import { findingsOf } from "../form-state.js";
import type { Site } from "../../edits/types.js";

export function findingsHere(context: EditorContext, site: Site, exact = false): TemplateResult | typeof nothing {
  const here = findingsOf(site, context.findings).filter((f) => !exact || f.location.pointer === site.pointer);
  if (here.length === 0) return nothing;
  return html`<ul class="findings-here">
    ${here.map((f) => html`<li class="severity-${f.severity}"><span class="badge">${context.text.panels.severities[f.severity]}</span> ${f.message[context.lang]}</li>`)}
  </ul>`;
}
