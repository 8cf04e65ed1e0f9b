/**
 * The form controls of the structured rule editors: a choice of field by its label (grouped by the
 * part it belongs to), a comparison, a number with its unit, a yes/no box. Native controls with a
 * visible label each, so the keyboard and screen readers work as everywhere else on the page.
 */
import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Named } from "../../edits/index.js";
import type { EditorContext } from "../context.js";
import { liveUnlessTyping } from "./live-unless-typing.js";

/** A select of fields by label; the current one is kept as an option even when it is not among the choices. */
export function fieldSelect(context: EditorContext, label: string, id: string, current: Named, choices: readonly Named[], onChange: (path: string) => void): TemplateResult {
  const options = choices.some((c) => c.path === current.path) ? choices : [current, ...choices];
  const parts = [...new Set(options.map((o) => o.part ?? ""))];
  const option = (o: Named): TemplateResult => html`<option value=${o.path} ?selected=${o.path === current.path}>${o.unit ? context.text.aside(o.label, o.unit) : o.label}</option>`;
  return html`<div class="box"><label for=${id}>${label}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${parts.length > 1 ? parts.map((p) => html`<optgroup label=${p}>${options.filter((o) => (o.part ?? "") === p).map(option)}</optgroup>`) : options.map(option)}
    </select></div>`;
}

export function opSelect(context: EditorContext, id: string, op: string, ops: readonly string[], onChange: (op: string) => void): TemplateResult {
  const shown = op === "===" ? "==" : op === "!==" ? "!=" : op;
  return html`<div class="box"><label for=${id}>${context.text.shape.comparison}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${ops.map((o) => html`<option value=${o} ?selected=${o === shown}>${context.text.shape.ops[o] ?? o}</option>`)}
    </select></div>`;
}

/** A number box, with its unit after it (and in its accessible description). */
export function numberField(context: EditorContext, label: string, id: string, value: number, onChange: (value: number) => void, unit?: string): TemplateResult {
  const changed = (e: Event): void => {
    const next = (e.target as HTMLInputElement).valueAsNumber;
    if (Number.isFinite(next)) onChange(next);
  };
  return html`<div class="box number"><label for=${id}>${label}</label>
    <span class="with-unit"><input id=${id} type="number" step="any" .value=${liveUnlessTyping(String(value), id)} @change=${changed} aria-describedby=${unit ? `${id}-unit` : nothing} />${unit
      ? html`<span id=${`${id}-unit`} class="unit" title=${context.text.shape.unit(unit)}>${unit}</span>`
      : nothing}</span></div>`;
}

export function checkBox(label: string, id: string, checked: boolean, onChange: (checked: boolean) => void, disabled = false): TemplateResult {
  return html`<div class="box check"><input id=${id} type="checkbox" .checked=${live(checked)} ?disabled=${disabled} @change=${(e: Event) => onChange((e.target as HTMLInputElement).checked)} /><label for=${id}>${label}</label></div>`;
}

/** A text box written when the officer leaves it or presses Enter (a text inside a rule). */
export function ruleTextField(label: string, id: string, value: string, onChange: (value: string) => void): TemplateResult {
  const commit = (e: Event): void => {
    const next = (e.target as HTMLInputElement).value;
    if (next !== value) onChange(next);
  };
  return html`<div class="box"><label for=${id}>${label}</label><input id=${id} type="text" .value=${liveUnlessTyping(value, id)} @change=${commit} /></div>`;
}
