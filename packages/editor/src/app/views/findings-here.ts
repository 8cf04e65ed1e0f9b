/**
 * The findings shown beside one place of the outline (./finding-places.ts gives each finding one
 * place), in a list the problems panel's "go to" scrolls to.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { EditorContext } from "../context.js";
import { keyId, siteKey } from "../form-state.js";
import type { Site } from "../../edits/types.js";

export const findingsListId = (key: string): string => `${keyId(key)}-findings`;

/** The findings shown at a place; `where` adds their file, line and column (for places that are not an item on screen: the form as a whole). */
export function findingsAtKey(context: EditorContext, key: string, where = false): TemplateResult | typeof nothing {
  const here = context.places.at.get(key) ?? [];
  if (here.length === 0) return nothing;
  const t = context.text.panels;
  return html`<ul class="findings-here" id=${findingsListId(key)} tabindex="-1">
    ${here.map(
      (f) => html`<li class="severity-${f.severity}"><span class="badge">${t.severities[f.severity]}</span> ${f.message[context.lang]}${where
        ? html` <span class="where">${t.findingAt(f.location.file, f.location.line, f.location.column)}</span>`
        : nothing}</li>`,
    )}
  </ul>`;
}

export const findingsHere = (context: EditorContext, site: Site): TemplateResult | typeof nothing => findingsAtKey(context, siteKey(site));

/** Whether any finding is shown at a place inside `site` (a closed disclosure holding one opens). */
export function findingsInside(context: EditorContext, site: Site): boolean {
  const prefix = siteKey(site);
  for (const [key, list] of context.places.at) if (list.length > 0 && (key === prefix || key.startsWith(`${prefix}/`))) return true;
  return false;
}
