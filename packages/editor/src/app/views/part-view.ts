/** One part (table) of the form as a form: title and points, fields and lists, texts on the page, computed values, criteria. */
import { html, nothing, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import type { OutlineField, OutlinePart, Site } from "../../edits/types.js";
import type { EditorContext } from "../context.js";
import { siteId } from "../form-state.js";
import { itemKey } from "../rule-identity.js";
import { criterionView } from "./criterion-view.js";
import { findingsHere, findingsInside } from "./findings-here.js";
import { numberBox, textBox } from "./inputs.js";
import { ruleAt } from "../rule-edit.js";
import { otherRulesView } from "./other-rules-view.js";
import { ruleEditor } from "./shape-view.js";

const at = (site: Site, key: string): Site => ({ file: site.file, pointer: `${site.pointer}/${key}` });

/** The text written at a site, when there is one: a choice's label is editable only where the schema writes it. */
function writtenText(context: EditorContext, site: Site): string | undefined {
  try {
    const value = ruleAt(context.texts, site);
    return typeof value === "string" ? value : undefined;
  } catch {
    return undefined;
  }
}

function fieldView(context: EditorContext, field: OutlineField): TemplateResult {
  const t = context.text.field;
  const titleSite = at(field.site, "title");
  const inner = field.fields ?? field.columns;
  return html`<li class="field" id=${siteId(field.site)}>
    <div class="field-head">
      ${textBox(context, context.text.aside(t.label, t.kinds[field.kind] ?? field.kind), titleSite, field.label)}
      ${field.unit !== undefined ? textBox(context, t.unit, at(field.site, "unit"), field.unit) : nothing}
    </div>
    ${field.choices && field.choices.length > 0
      ? html`<details class="choices"><summary>${t.choices}</summary>
          ${field.choices.map((choice, i) => {
            const site = at(field.site, `oneOf/${i}/title`);
            return writtenText(context, site) === choice.label ? textBox(context, t.choiceLabel(String(choice.value)), site, choice.label) : html`<p>${choice.label}</p>`;
          })}
        </details>`
      : nothing}
    ${findingsHere(context, field.site)}
    ${inner && inner.length > 0
      ? html`<details class="inner" ?open=${inner.some((f) => findingsInside(context, f.site))}><summary>${field.kind === "list" ? t.columns(field.label) : field.label}</summary><ul class="fields">${inner.map((f) => fieldView(context, f))}</ul></details>`
      : nothing}
  </li>`;
}

export function partView(context: EditorContext, part: OutlinePart): TemplateResult {
  const t = context.text.part;
  return html`<article class="part" id=${siteId(part.site)} aria-labelledby=${`${siteId(part.site)}-h`}>
    <h2 id=${`${siteId(part.site)}-h`}>${part.title}</h2>
    ${findingsHere(context, part.site)}
    ${textBox(context, t.title, at(part.site, "title"), part.title)}
    ${part.points !== undefined ? numberBox(context, t.points, at(part.site, "points"), part.points) : nothing}
    ${part.criteria.length > 0
      ? html`<section aria-labelledby=${`${part.id}-criteria`}><h3 id=${`${part.id}-criteria`}>${t.criteria}</h3>${repeat(part.criteria, (c) => itemKey(context.texts, c.site), (c) => criterionView(context, c))}</section>`
      : html`<p class="muted">${t.noCriteria}</p>`}
    ${part.fields.length > 0
      ? html`<section aria-labelledby=${`${part.id}-fields`}><h3 id=${`${part.id}-fields`}>${t.fields}</h3><ul class="fields">${part.fields.map((f) => fieldView(context, f))}</ul></section>`
      : nothing}
    ${part.texts.length > 0
      ? html`<section aria-labelledby=${`${part.id}-texts`}><h3 id=${`${part.id}-texts`}>${t.texts}</h3>
          ${part.texts.map((text, i) => textBox(context, `${t.texts} ${i + 1}`, text.site, text.text, true))}</section>`
      : nothing}
    ${part.computed.length > 0
      ? html`<section aria-labelledby=${`${part.id}-computed`}><h3 id=${`${part.id}-computed`}>${t.computed}</h3>
          ${repeat(part.computed, (c) => itemKey(context.texts, c.site), (c) => html`<div class="computed" id=${siteId(c.site)}>${textBox(context, t.computed, at(c.site, "label"), c.label)}${ruleEditor(context, c.label, c.shape, at(c.site, "logic"))}${findingsHere(context, c.site)}</div>`)}</section>`
      : nothing}
    ${otherRulesView(context, part)}
  </article>`;
}
