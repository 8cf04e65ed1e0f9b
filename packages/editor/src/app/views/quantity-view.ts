/**
 * The structured editors of values that rules compute: a sum (each term chosen by label, terms
 * added and removed), a column's total over a list, a growth rate from one year's value to the
 * next's, a text's length, a date in the form's year. Every choice is a field by its label.
 */
import { html, type TemplateResult } from "lit";
import { addTerm, numberColumns, removeTerm, setTerm, summableLists, termChoices, termPath, type RuleShape } from "../../edits/index.js";
import type { Replace, ShapeEditing } from "./shape-editing.js";
import { fieldSelect } from "./shape-controls.js";

type Of<K extends RuleShape["kind"]> = Extract<RuleShape, { kind: K }>;

export function sumEditor(editing: ShapeEditing, shape: Of<"sum">, replace: Replace<Of<"sum">>): TemplateResult {
  const { context, names, id } = editing;
  const t = context.text.shape;
  return html`<fieldset class="shape group sum"><legend>${t.sum}</legend>
    <ol class="terms">
      ${shape.of.map((term, i) => {
        const path = termPath(term);
        const named = path === undefined ? undefined : names.name(path);
        return html`<li>
          ${named
            ? fieldSelect(context, t.term(i + 1), `${id}-t${i}`, named, termChoices(names, term), (next) => replace(setTerm(shape, i, next)))
            : editing.inner(term, `${id}-t${i}`, (next) => replace({ kind: "sum", of: shape.of.map((s, j) => (j === i ? next : s)) }))}
          ${shape.of.length > 1 ? html`<button type="button" class="link" @click=${() => replace(removeTerm(shape, i))}>${t.removeTerm(named?.label ?? t.term(i + 1))}</button>` : ""}
        </li>`;
      })}
    </ol>
    <button type="button" ?disabled=${addTerm(names, shape) === shape} @click=${() => replace(addTerm(names, shape))}>${t.addTerm}</button>
  </fieldset>`;
}

export function columnSumEditor(editing: ShapeEditing, shape: Of<"columnSum">, replace: Replace<Of<"columnSum">>): TemplateResult {
  const { context, names, id } = editing;
  const t = context.text.shape;
  const lists = summableLists(names);
  const pickList = (path: string): void => {
    const column = numberColumns(lists.find((l) => l.path === path))[0];
    if (column) replace({ kind: "columnSum", list: path, column: column.path });
  };
  return html`<div class="shape column-sum">
    ${fieldSelect(context, t.list, `${id}-list`, names.name(shape.list), lists, pickList)}
    ${fieldSelect(context, t.column, `${id}-column`, names.name(shape.column, shape.list), numberColumns(lists.find((l) => l.path === shape.list)), (column) => replace({ ...shape, column }))}
  </div>`;
}

export function growthEditor(editing: ShapeEditing, shape: Of<"growth">, replace: Replace<Of<"growth">>): TemplateResult {
  const { context, names, id } = editing;
  const t = context.text.shape;
  return html`<div class="shape growth">
    ${fieldSelect(context, t.growthFrom, `${id}-from`, names.name(shape.from), names.numbers, (from) => replace({ ...shape, from }))}
    ${fieldSelect(context, t.growthTo, `${id}-to`, names.name(shape.to), names.numbers, (to) => replace({ ...shape, to }))}
  </div>`;
}

export function lengthEditor(editing: ShapeEditing, shape: Of<"length">, replace: Replace<Of<"length">>): TemplateResult {
  const { context, names, id } = editing;
  if (shape.subject.kind !== "value") return editing.inner(shape.subject, `${id}-s`, (subject) => replace({ ...shape, subject }));
  return html`<div class="shape length">${fieldSelect(context, context.text.shape.text, `${id}-text`, names.name(shape.subject.path, editing.list), names.texts, (path) => replace({ kind: "length", subject: { kind: "value", path } }))}</div>`;
}

export function dateEditor(editing: ShapeEditing, shape: Of<"dateInYear">, replace: Replace<Of<"dateInYear">>): TemplateResult {
  const { context, names, id } = editing;
  return html`<div class="shape date">${fieldSelect(context, context.text.shape.date, `${id}-date`, names.name(shape.path, editing.list), names.dates, (path) => replace({ kind: "dateInYear", path }))}</div>`;
}
