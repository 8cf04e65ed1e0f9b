/**
 * The raw JSON-Logic editor, for rules of no common shape: the rule as JSON in a text box, checked as
 * the officer types (JSON syntax, the operations the evaluator allows, names of values that do not
 * exist), a name box that completes the form's value names and inserts one, and Apply.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { checkRule } from "@cluster-form/rules";
import { setValue } from "../../edits/index.js";
import type { Site } from "../../edits/types.js";
import type { EditorContext } from "../context.js";
import { siteId } from "../form-state.js";
import { ruleAt } from "../rule-edit.js";

/** `var` names in a rule; inside list operations names are item-relative and not checked. */
function varNames(rule: unknown, out: string[] = [], inList = false): string[] {
  if (Array.isArray(rule)) {
    for (const item of rule) varNames(item, out, inList);
  } else if (typeof rule === "object" && rule !== null) {
    for (const [op, args] of Object.entries(rule)) {
      const name = Array.isArray(args) ? args[0] : args;
      if (op === "var" && typeof name === "string" && !inList) out.push(name);
      else varNames(args, out, inList || ["filter", "map", "reduce", "all", "some", "none", "count", "sumOf"].includes(op));
    }
  }
  return out;
}

export class LogicEditor extends LitElement {
  static override properties = { site: { attribute: false }, context: { attribute: false }, draft: { state: true } };
  declare site: Site;
  declare context: EditorContext;
  declare draft: string | undefined;
  #sourceText = "";

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has("context") && !changed.has("site")) return;
    // A new text on disk or an undo replaces the draft; the officer's own typing does not come back here.
    let current = "";
    try {
      current = JSON.stringify(ruleAt(this.context.texts, this.site), null, 2) ?? "";
    } catch {
      current = "";
    }
    if (current !== this.#sourceText) {
      this.#sourceText = current;
      this.draft = current;
    }
  }

  #problems(): { errors: string[]; value?: unknown } {
    const t = this.context.text.shape;
    let value: unknown;
    try {
      value = JSON.parse(this.draft ?? "");
    } catch (error) {
      return { errors: [t.rawInvalid(error instanceof Error ? error.message : String(error))] };
    }
    const errors = checkRule(value).map((p) => p.message[this.context.lang]);
    const known = new Set(this.context.paths);
    for (const name of varNames(value)) if (!known.has(name) && !name.startsWith("$")) errors.push(t.rawUnknownPath(name));
    return { errors, value };
  }

  #insert(name: string): void {
    const box = this.querySelector("textarea");
    if (!box || !name) return;
    const at = box.selectionStart;
    const insertion = JSON.stringify({ var: name });
    this.draft = box.value.slice(0, at) + insertion + box.value.slice(box.selectionEnd);
  }

  protected override render(): TemplateResult {
    const t = this.context.text.shape;
    const id = `${siteId(this.site)}-raw`;
    const { errors, value } = this.#problems();
    const apply = (): void => {
      if (errors.length > 0 || value === undefined) return;
      void this.context.edit((texts) => setValue(texts, this.site, value));
    };
    return html`<div class="logic-editor">
      <p class="help">${t.rawHelp}</p>
      <label for=${id}>${t.raw}</label>
      <textarea id=${id} class="code" rows="6" spellcheck="false" .value=${this.draft ?? ""} @input=${(e: Event) => (this.draft = (e.target as HTMLTextAreaElement).value)} aria-describedby=${`${id}-problems`}></textarea>
      <div class="box"><label for=${`${id}-name`}>${this.context.text.field.path("")}</label>
        <input id=${`${id}-name`} list=${`${id}-names`} @change=${(e: Event) => this.#insert((e.target as HTMLInputElement).value)} />
        <datalist id=${`${id}-names`}>${this.context.paths.map((p) => html`<option value=${p}>${this.context.labels.get(p) ?? ""}</option>`)}</datalist>
      </div>
      <ul id=${`${id}-problems`} class="findings-here" aria-live="polite">${errors.length > 0 ? errors.map((e) => html`<li class="severity-error">${e}</li>`) : nothing}</ul>
      <button type="button" ?disabled=${errors.length > 0} @click=${apply}>${t.rawApply}</button>
    </div>`;
  }
}
