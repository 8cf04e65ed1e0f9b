/**
 * The dialogs of the common changes, each one operation of the editing library that writes every file
 * involved and a test-case stub: a criterion fed by a new list, a field, a column of a list, points
 * moved between criteria. The server runs it (it makes the new ids from the labels). Native
 * <dialog>: focus stays inside, Escape closes.
 */
import { html, LitElement, nothing, type TemplateResult } from "lit";
import type { NewColumnArgs, OutlineField } from "../../edits/types.js";
import type { ScaffoldRequest } from "../../protocol.js";
import type { EditorContext } from "../context.js";

export type ScaffoldKind = "listCriterion" | "field" | "column" | "movePoints";
/** The scaffolds in the order the menu offers them, and the catalog key of each one's title. */
export const SCAFFOLDS: readonly ScaffoldKind[] = ["listCriterion", "field", "column", "movePoints"];
export const SCAFFOLD_TITLES = { listCriterion: "addListCriterion", field: "addField", column: "addColumn", movePoints: "movePoints" } as const satisfies Record<ScaffoldKind, string>;

const KINDS: readonly NewColumnArgs["kind"][] = ["text", "number", "integer", "date", "yesNo"];

/** Only numbers carry a unit in a form's schema (the editing library writes none for other kinds). */
const numeric = (kind: NewColumnArgs["kind"]): boolean => kind === "number" || kind === "integer";

function listsOf(fields: readonly OutlineField[], out: OutlineField[] = []): OutlineField[] {
  for (const field of fields) {
    if (field.kind === "list") out.push(field);
    if (field.fields) listsOf(field.fields, out);
  }
  return out;
}

export class ScaffoldDialog extends LitElement {
  static override properties = { context: { attribute: false }, kind: { state: true }, error: { state: true }, answerKind: { state: true } };
  declare context: EditorContext | undefined;
  declare kind: ScaffoldKind | undefined;
  declare error: string | undefined;
  /** The kind of answer chosen for a new field or column: a number or integer has a unit box. */
  declare answerKind: NewColumnArgs["kind"];

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  open(kind: ScaffoldKind): void {
    this.kind = kind;
    this.error = undefined;
    this.answerKind = "text";
    void this.updateComplete.then(() => {
      this.querySelector("dialog")?.showModal();
      this.querySelector<HTMLElement>("dialog input, dialog select")?.focus();
    });
  }

  #close(): void {
    this.querySelector("dialog")?.close();
    this.kind = undefined;
  }

  #request(form: FormData): ScaffoldRequest | undefined {
    const text = (name: string): string => String(form.get(name) ?? "").trim();
    const number = (name: string): number => Number(form.get(name));
    const testName = text("testName");
    const unitOf = (kind: NewColumnArgs["kind"]): { unit?: string } => (numeric(kind) && text("unit") ? { unit: text("unit") } : {});
    switch (this.kind) {
      case "listCriterion": {
        const from = text("takeFrom");
        const op = text("op");
        return {
          kind: "listCriterion",
          args: {
            list: { part: text("part"), label: text("listLabel") },
            criterion: {
              label: text("criterionLabel"),
              points: number("points"),
              text: text("criterionText"),
              otherwiseText: text("otherwiseText"),
              op: op === ">" ? ">" : op === "==" ? "==" : ">=",
              threshold: number("threshold"),
              withinValidity: form.get("withinValidity") === "on",
              ...(text("unit") ? { unit: text("unit") } : {}),
            },
            ...(from ? { takeFrom: [{ criterion: from, points: number("takePoints") }] } : {}),
            testName,
          },
        };
      }
      case "field": {
        const kind = KINDS.find((k) => k === text("kind")) ?? "text";
        return { kind: "field", args: { part: text("part"), field: { label: text("label"), kind, ...unitOf(kind) }, required: form.get("required") === "on", testName } };
      }
      case "column": {
        const [part = "", list = ""] = text("list").split("\n");
        const kind = KINDS.find((k) => k === text("kind")) ?? "text";
        return { kind: "column", args: { part, list, column: { label: text("label"), kind, ...unitOf(kind) }, required: form.get("required") === "on", testName } };
      }
      case "movePoints":
        return { kind: "movePoints", args: { from: text("from"), to: text("to"), points: number("points"), testName } };
      default:
        return undefined;
    }
  }

  async #submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const context = this.context;
    const request = this.#request(new FormData(event.target as HTMLFormElement));
    if (!context || !request) return;
    const outcome = await context.scaffold(request);
    if (outcome.ok) {
      this.#close();
      this.dispatchEvent(new CustomEvent("scaffold-done", { detail: outcome.files, bubbles: true }));
    } else {
      this.error = context.text.scaffold.failed(outcome.message);
    }
  }

  #fields(context: EditorContext): TemplateResult {
    const t = context.text.scaffold;
    const parts = context.outline.parts;
    const partSelect = html`<div class="box"><label for="sc-part">${t.part}</label><select id="sc-part" name="part" required>${parts.map((p) => html`<option value=${p.id}>${p.title}</option>`)}</select></div>`;
    const criteria = parts.flatMap((p) => p.criteria.map((c) => ({ id: c.id, label: context.text.aside(c.label, context.text.outline.points(c.points)) })));
    const criterionSelect = (id: string, name: string, label: string, none?: string): TemplateResult =>
      html`<div class="box"><label for=${id}>${label}</label><select id=${id} name=${name}>${none ? html`<option value="">${none}</option>` : nothing}${criteria.map((c) => html`<option value=${c.id}>${c.label}</option>`)}</select></div>`;
    const box = (id: string, name: string, label: string, type = "text", value = "", required = true): TemplateResult =>
      html`<div class="box"><label for=${id}>${label}</label><input id=${id} name=${name} type=${type} step="any" .value=${value} ?required=${required} /></div>`;
    const kindSelect = html`<div class="box"><label for="sc-kind">${t.fieldKind}</label><select id="sc-kind" name="kind" @change=${(e: Event) => (this.answerKind = KINDS.find((k) => k === (e.target as HTMLSelectElement).value) ?? "text")}>${KINDS.map((k) => html`<option value=${k} ?selected=${k === this.answerKind}>${context.text.field.kinds[k] ?? k}</option>`)}</select></div>
      ${numeric(this.answerKind) ? box("sc-unit", "unit", t.unit, "text", "", false) : nothing}`;
    const check = (id: string, name: string, label: string): TemplateResult => html`<div class="box check"><input id=${id} name=${name} type="checkbox" /><label for=${id}>${label}</label></div>`;
    switch (this.kind) {
      case "listCriterion":
        return html`${partSelect}${box("sc-list", "listLabel", t.listLabel)}${box("sc-label", "criterionLabel", t.criterionLabel)}
          ${box("sc-points", "points", t.criterionPoints, "number", "1")}
          <div class="box"><label for="sc-text">${t.criterionText}</label><textarea id="sc-text" name="criterionText" rows="2" required></textarea></div>
          <div class="box"><label for="sc-op">${t.comparison}</label><select id="sc-op" name="op">${([">=", ">", "=="] as const).map((o) => html`<option value=${o}>${context.text.shape.ops[o]}</option>`)}</select></div>
          ${box("sc-threshold", "threshold", t.threshold, "number", "1")}${box("sc-unit", "unit", t.unit, "text", "", false)}
          ${check("sc-valid", "withinValidity", t.withinValidity)}
          ${box("sc-otherwise", "otherwiseText", t.otherwiseText, "text", t.otherwiseDefault)}
          ${criterionSelect("sc-take", "takeFrom", t.takeFrom, t.takeNone)}${box("sc-take-points", "takePoints", t.takePoints, "number", "1", false)}
          ${box("sc-test", "testName", t.testName)}`;
      case "field":
        return html`${partSelect}${box("sc-label", "label", t.fieldLabel)}${kindSelect}${check("sc-required", "required", t.required)}${box("sc-test", "testName", t.testName)}`;
      case "column": {
        const lists = parts.flatMap((p) => listsOf(p.fields).map((l) => ({ value: `${p.id}\n${l.pointer}`, label: `${p.title} · ${l.label}` })));
        return html`<div class="box"><label for="sc-listsel">${t.list}</label><select id="sc-listsel" name="list">${lists.map((l) => html`<option value=${l.value}>${l.label}</option>`)}</select></div>
          ${box("sc-label", "label", t.columnLabel)}${kindSelect}${check("sc-required", "required", t.required)}${box("sc-test", "testName", t.testName)}`;
      }
      case "movePoints":
        return html`${criterionSelect("sc-from", "from", t.from)}${criterionSelect("sc-to", "to", t.to)}${box("sc-points", "points", t.points, "number", "1")}${box("sc-test", "testName", t.testName)}`;
      default:
        return html``;
    }
  }

  protected override render(): TemplateResult {
    const context = this.context;
    if (!context || !this.kind) return html`<dialog></dialog>`;
    const t = context.text.scaffold;
    return html`<dialog aria-labelledby="scaffold-title" @close=${() => (this.kind = undefined)}>
      <form @submit=${(e: SubmitEvent) => void this.#submit(e)}>
        <h2 id="scaffold-title">${t[SCAFFOLD_TITLES[this.kind]]}</h2>
        ${this.#fields(context)}
        ${this.error ? html`<p role="alert" class="severity-error">${this.error}</p>` : nothing}
        <div class="actions"><button type="submit">${t.create}</button><button type="button" @click=${() => this.#close()}>${t.cancel}</button></div>
      </form>
    </dialog>`;
  }
}
