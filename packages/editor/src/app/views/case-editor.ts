/**
 * A test case's submitted data as a form: every field of each part the case fills, under its label
 * (lists with their items, each item's columns), whether the case gives it a value yet or not, so
 * that a passing case or an empty stub can be filled too. Each value is written into the test file
 * as it is typed and the form's tests run again, the case's outcome shown above its boxes. A part
 * the case does not fill yet is added by choosing it. Bounded by the form: a list shows at most
 * MAX_ITEMS items (the rest are edited in the file).
 */
import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { formatPointer, isRecord, type JsonLogic } from "@cluster-form/schema";
import { caseDataBase, setCaseValue, type CaseDataPath } from "../../edits/index.js";
import type { OutlineField, OutlinePart } from "../../edits/types.js";
import type { TestsOutcome } from "../../protocol.js";
import type { EditorContext } from "../context.js";
import { currentValue, keyId } from "../form-state.js";
import { liveUnlessTyping } from "./live-unless-typing.js";

const MAX_ITEMS = 20;

export interface ChosenCase {
  readonly file: string;
  readonly index: number;
}

export const CASE_HEADING_ID = "case-data-h";

interface CaseScope {
  readonly context: EditorContext;
  readonly file: string;
  readonly index: number;
}

const boxId = (scope: CaseScope, path: CaseDataPath): string => keyId(`${scope.file}#${formatPointer([...caseDataBase(scope.index), ...path])}`);

const valueAt = (scope: CaseScope, path: CaseDataPath): unknown =>
  currentValue(scope.context.texts, { file: scope.file, pointer: formatPointer([...caseDataBase(scope.index), ...path]) });

function write(scope: CaseScope, path: CaseDataPath, value: JsonLogic | undefined, key?: string): void {
  void scope.context.edit((texts) => setCaseValue(texts, scope.file, scope.index, path, value), key);
}

/** The data path of a field inside its part (`/brands/other/items` → ["brands", "other", "items"]). */
const segmentsOf = (field: OutlineField): string[] => field.pointer.split("/").slice(1).map((s) => s.replace(/~1/g, "/").replace(/~0/g, "~"));

function valueBox(scope: CaseScope, field: OutlineField, path: CaseDataPath): TemplateResult {
  const t = scope.context.text.cases;
  const id = boxId(scope, path);
  const value = valueAt(scope, path);
  const label = html`<label for=${id}>${field.unit ? scope.context.text.aside(field.label, field.unit) : field.label}</label>`;
  const key = `case:${id}`;
  const seal = (): void => scope.context.seal();
  switch (field.kind) {
    case "number":
    case "integer": {
      const change = (e: Event): void => {
        const input = e.target as HTMLInputElement;
        if (input.value === "") write(scope, path, undefined);
        else if (Number.isFinite(input.valueAsNumber)) write(scope, path, input.valueAsNumber);
      };
      return html`<div class="box number">${label}<input id=${id} type="number" step=${field.kind === "integer" ? "1" : "any"} .value=${liveUnlessTyping(typeof value === "number" ? String(value) : "", id)} @change=${change} /></div>`;
    }
    case "yesNo":
    case "choice": {
      const choices = field.choices ?? [];
      const chosen = choices.findIndex((c) => c.value === value);
      const change = (e: Event): void => {
        const picked = choices[(e.target as HTMLSelectElement).selectedIndex - 1];
        write(scope, path, picked ? picked.value : undefined);
      };
      return html`<div class="box">${label}<select id=${id} @change=${change}>
        <option ?selected=${chosen < 0}>${t.notFilled}</option>
        ${choices.map((c, i) => html`<option ?selected=${i === chosen}>${c.label}</option>`)}
      </select></div>`;
    }
    case "text":
    case "date": {
      const input = (e: Event): void => write(scope, path, (e.target as HTMLInputElement).value, key);
      return html`<div class="box">${label}<input id=${id} type=${field.kind === "date" ? "date" : "text"} .value=${live(typeof value === "string" ? value : "")} @input=${input} @blur=${seal} /></div>`;
    }
    default:
      return html`<p class="muted">${t.inFile(field.label)}</p>`;
  }
}

function listBox(scope: CaseScope, list: OutlineField, path: CaseDataPath): TemplateResult {
  const t = scope.context.text.cases;
  const items = valueAt(scope, path);
  const count = Array.isArray(items) ? items.length : 0;
  const shown = Math.min(count, MAX_ITEMS);
  const columns = list.columns ?? [];
  return html`<fieldset class="case-list"><legend>${list.label}</legend>
    ${Array.from({ length: shown }, (_, i) => html`<fieldset class="case-item"><legend>${t.item(i + 1)}</legend>
      ${columns.map((column) => fieldBox(scope, column, [...path, i, ...segmentsOf(column)]))}
      <button type="button" @click=${() => write(scope, [...path, i], undefined)}>${t.removeItem(i + 1)}</button>
    </fieldset>`)}
    ${count > shown ? html`<p class="muted">${t.tooMany(shown, count)}</p>` : nothing}
    ${count < MAX_ITEMS ? html`<button type="button" class="add-item" aria-label=${t.addItem(list.label)} @click=${() => write(scope, [...path, count], {})}>${t.addItemShort}</button>` : nothing}
  </fieldset>`;
}

function fieldBox(scope: CaseScope, field: OutlineField, path: CaseDataPath): TemplateResult {
  if (field.kind === "list" && field.columns) return listBox(scope, field, path);
  if (field.fields) {
    // A group that only wraps a list of the same label (a type row of the paper) shows as the list.
    const only = field.fields.length === 1 ? field.fields[0] : undefined;
    if (only && only.label === field.label) return fieldBox(scope, only, [...path, ...segmentsOf(only).slice(segmentsOf(field).length)]);
    return html`<fieldset class="case-group"><legend>${field.label}</legend>${field.fields.map((inner) => fieldBox(scope, inner, [...path, ...segmentsOf(inner).slice(segmentsOf(field).length)]))}</fieldset>`;
  }
  return valueBox(scope, field, path);
}

/** The parts a case fills: those its data names, else the part its test file is named after (`tests/table8.json`). */
function partsOf(scope: CaseScope): OutlinePart[] {
  const data = valueAt(scope, []);
  const parts = scope.context.outline.parts;
  const named = isRecord(data) ? parts.filter((p) => Object.hasOwn(data, p.id)) : [];
  if (named.length > 0) return named;
  const byFile = parts.find((p) => scope.file === `tests/${p.id}.json`);
  return byFile ? [byFile] : [];
}

/** The boxes of one case's data. */
export function caseEditor(context: EditorContext, file: string, index: number): TemplateResult {
  const t = context.text.cases;
  const scope = { context, file, index };
  const parts = partsOf(scope);
  const others = context.outline.parts.filter((p) => !parts.includes(p));
  const addPart = (e: Event): void => {
    const part = others[(e.target as HTMLSelectElement).selectedIndex - 1];
    if (part) write(scope, [part.id], {});
  };
  return html`<div class="case-editor">
    ${parts.map((part) => html`<fieldset class="case-part"><legend>${part.title}</legend>${part.fields.map((field) => fieldBox(scope, field, [part.id, ...segmentsOf(field)]))}</fieldset>`)}
    ${others.length > 0
      ? html`<div class="box"><label for="case-add-part">${t.addPart}</label><select id="case-add-part" @change=${addPart}>
          <option selected>${t.choosePart}</option>${others.map((p) => html`<option>${p.title}</option>`)}</select></div>`
      : nothing}
  </div>`;
}

/** The tests panel's case section: any case of the form chosen by name, its outcome (live) and its data's boxes. */
export function caseSection(context: EditorContext, tests: TestsOutcome, chosen: ChosenCase | undefined, choose: (chosen: ChosenCase) => void): TemplateResult {
  const t = context.text.cases;
  const current = tests.cases.find((c) => c.file === chosen?.file && c.index === chosen.index);
  const files = [...new Set(tests.cases.map((c) => c.file))];
  // Options in the order the groups show them (selectedIndex counts across groups).
  const ordered = files.flatMap((file) => tests.cases.filter((c) => c.file === file));
  const pick = (e: Event): void => {
    const picked = ordered[(e.target as HTMLSelectElement).selectedIndex - 1];
    if (picked) choose({ file: picked.file, index: picked.index });
  };
  return html`<section class="case-data" aria-labelledby=${CASE_HEADING_ID}>
    <h4 id=${CASE_HEADING_ID} tabindex="-1">${t.heading}</h4>
    <div class="box"><label for="case-pick">${t.pick}</label><select id="case-pick" @change=${pick}>
      <option ?selected=${!current}>${t.choose}</option>
      ${files.map((file) => html`<optgroup label=${file}>${tests.cases.filter((c) => c.file === file).map((c) => html`<option ?selected=${c === current}>${c.passed ? c.name : t.failedName(c.name)}</option>`)}</optgroup>`)}
    </select></div>
    ${current
      ? html`<p class=${current.passed ? "ok" : "bad"}>${current.passed ? t.passes : t.fails}</p>${caseEditor(context, current.file, current.index)}`
      : nothing}
  </section>`;
}
