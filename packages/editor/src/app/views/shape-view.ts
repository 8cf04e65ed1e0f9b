/**
 * The structured editors of the common rule shapes: a value compared with a threshold (number with
 * its unit), a yes/no or choice answer, all/any/not of conditions, a count of listed items within
 * their validity period, a sum, a column's total, a growth rate, a text's length, a date in the
 * year, points per item with floor and cap, texts picked by conditions. What a shape reads is named
 * by its label and chosen by label; every rule can also be opened as JSON-Logic, and rules of no
 * known shape only so.
 */
import { html, nothing, type TemplateResult } from "lit";
import { formNames, shapeModel, withoutPath, writeShape, type FormNames, type Outline, type ShapeModel } from "../../edits/index.js";
import type { Comparison, RuleShape, Site } from "../../edits/types.js";
import type { EditorContext } from "../context.js";
import { siteId } from "../form-state.js";
import { casesEditor } from "./cases-view.js";
import { countEditor } from "./count-view.js";
import { findingsHere } from "./findings-here.js";
import { columnSumEditor, dateEditor, growthEditor, lengthEditor, sumEditor } from "./quantity-view.js";
import { fieldSelect, numberField, opSelect } from "./shape-controls.js";
import type { Replace, ShapeEditing } from "./shape-editing.js";

const COMPARISONS = [">", ">=", "<", "<=", "==", "!="] as const;

const namesByOutline = new WeakMap<Outline, FormNames>();
function namesOf(context: EditorContext): FormNames {
  let names = namesByOutline.get(context.outline);
  if (!names) namesByOutline.set(context.outline, (names = formNames(context.outline)));
  return names;
}

/** The shape in words, every path by its label. */
export function describe(context: EditorContext, model: ShapeModel): string {
  const t = context.text.shape;
  const said = (m: ShapeModel): string => describe(context, m);
  switch (model.kind) {
    case "value":
      return model.value.kind === "unknown" ? t.notAField : model.value.label;
    case "listCount":
      return model.where ? context.text.aside(t.count(model.list.label), model.where.kind === "validIn" ? t.validIn : said(model.where)) : t.count(model.list.label);
    case "listNone":
      return `${context.text.aside(t.count(model.list.label), said(model.where))}= 0`;
    case "columnSum":
      return t.columnSum(model.list.label, model.column.label);
    case "sum":
      return `${t.sum}: ${model.of.map(said).join(" + ")}`;
    case "growth":
      return t.growth(model.from.label, model.to.label);
    case "length":
      return `${said(model.subject)} ${t.length}`;
    case "filled":
      return `${said(model.subject)} ${t.filled}`;
    case "validIn":
      return context.text.aside(t.validIn, t.periodOption(model.from.label, model.until.label));
    case "dateInYear":
      return `${model.date.label} ${t.dateInYear}`;
    case "compare":
      return `${said(model.subject)} ${t.ops[model.op] ?? model.op} ${typeof model.value === "number" ? `${model.value}${model.unit ?? ""}` : said(model.value)}`;
    case "answer":
      return `${said(model.subject)} ${t.ops[model.op] ?? model.op} ${typeof model.value === "boolean" ? (model.value ? t.yes : t.no) : answerLabel(context, model.subject, model.value)}`;
    case "answerIn":
      return `${said(model.subject)}: ${t.answerIn} ${context.text.list(...model.values.map((v) => answerLabel(context, model.subject, v)))}`;
    case "all":
    case "any":
      return `${model.kind === "all" ? t.all : t.any}: ${model.of.map(said).join("; ")}`;
    case "not":
      return `${t.not}: ${said(model.of)}`;
    case "perItem":
      return `${t.perItem}: ${said(model.subject)} × ${model.points}`;
    case "cases":
      return `${t.cases}: ${model.cases.map((c) => `${said(c.when)} → ${c.then}`).join("; ")}; ${t.otherwise} ${model.otherwise}`;
  }
}

/** A choice's label (the answer as the paper words it), else the value itself. */
function answerLabel(context: EditorContext, subject: ShapeModel, value: string | number | boolean): string {
  const choices = choicesOf(context, subject);
  return choices?.find((c) => c.value === value)?.label ?? String(value);
}

/** The op as written, kept strict (`===`) when it was and only `=`/`≠` was picked again. */
const keepStrict = (before: Comparison, picked: string): Comparison => {
  if (before === "===" && picked === "==") return "===";
  if (before === "!==" && picked === "!=") return "!==";
  return COMPARISONS.find((op) => op === picked) ?? before;
};

function choicesOf(context: EditorContext, subject: ShapeModel): readonly { value: unknown; label: string }[] | undefined {
  if (subject.kind !== "value") return undefined;
  for (const part of context.outline.parts) {
    const stack = [...part.fields];
    while (stack.length > 0) {
      const field = stack.pop();
      if (!field) break;
      if (field.path === subject.value.path) return field.choices;
      stack.push(...(field.fields ?? []), ...(field.columns ?? []));
    }
  }
  return undefined;
}

function shapeEditor(context: EditorContext, names: FormNames, shape: RuleShape, id: string, replace: Replace, list?: string): TemplateResult {
  const t = context.text.shape;
  const editing: ShapeEditing = { context, names, id, ...(list !== undefined ? { list } : {}), inner: (inner, innerId, innerReplace, innerList) => shapeEditor(context, names, inner, innerId, innerReplace, innerList ?? list) };
  const said = (s: RuleShape): string => describe(context, shapeModel(names, s, list));
  switch (shape.kind) {
    case "compare": {
      const model = shapeModel(names, shape, list);
      const subject = shape.subject;
      return html`<div class="shape compare">
        ${subject.kind === "value" && list === undefined
          ? fieldSelect(context, t.subject, `${id}-subject`, names.name(subject.path), names.numbers, (path) => replace({ ...shape, subject: { kind: "value", path } }))
          : html`<p class="subject"><span class="caption">${t.subject}</span> ${said(subject)}</p>`}
        ${opSelect(context, `${id}-op`, shape.op, COMPARISONS, (op) => replace({ ...shape, op: keepStrict(shape.op, op) }))}
        ${typeof shape.value === "number"
          ? numberField(context, t.threshold, `${id}-value`, shape.value, (value) => replace({ ...shape, value }), model.kind === "compare" ? model.unit : undefined)
          : shape.value.kind === "value" && list === undefined && names.name(shape.value.path).kind !== "unknown"
            ? fieldSelect(context, t.comparedWith, `${id}-other`, names.name(shape.value.path), names.like(names.name(shape.value.path)), (path) => replace({ ...shape, value: { kind: "value", path } }))
            : html`<p>${said(shape.value)}</p>`}
      </div>`;
    }
    case "answer": {
      const choices = choicesOf(context, shapeModel(names, shape.subject, list));
      const options: { value: string | boolean; label: string }[] =
        typeof shape.value === "boolean"
          ? [
              { value: true, label: t.yes },
              { value: false, label: t.no },
            ]
          : (choices ?? [{ value: shape.value, label: shape.value }]).map((c) => ({ value: String(c.value), label: c.label }));
      return html`<div class="shape answer">
        <p class="subject"><span class="caption">${t.subject}</span> ${said(shape.subject)}</p>
        ${opSelect(context, `${id}-op`, shape.op, ["==", "!="], (op) => replace({ ...shape, op: keepStrict(shape.op, op) }))}
        <div class="box"><label for=${`${id}-answer`}>${t.answer}</label>
          <select id=${`${id}-answer`} @change=${(e: Event) => {
            const picked = options[(e.target as HTMLSelectElement).selectedIndex];
            if (picked) replace({ ...shape, value: picked.value });
          }}>
            ${options.map((o) => html`<option ?selected=${o.value === shape.value}>${o.label}</option>`)}
          </select></div>
      </div>`;
    }
    case "all":
    case "any":
      return html`<fieldset class="shape group"><legend>${shape.kind === "all" ? t.all : t.any}</legend>
        ${shape.of.map((inner, i) => editing.inner(inner, `${id}-${i}`, (next) => replace({ ...shape, of: shape.of.map((s, j) => (j === i ? next : s)) })))}
      </fieldset>`;
    case "not":
      return html`<fieldset class="shape group"><legend>${t.not}</legend>${editing.inner(shape.of, `${id}-n`, (next) => replace({ ...shape, of: next }))}</fieldset>`;
    case "perItem":
      return html`<div class="shape per-item">
        <p class="subject"><span class="caption">${t.subject}</span> ${said(shape.subject)}</p>
        ${numberField(context, t.perItemPoints, `${id}-points`, shape.points, (points) => replace({ ...shape, points }), t.pointsUnit)}
        ${numberField(context, t.min, `${id}-min`, shape.min, (min) => replace({ ...shape, min }), t.pointsUnit)}
        ${numberField(context, t.cap, `${id}-cap`, shape.cap, (cap) => replace({ ...shape, cap }), t.pointsUnit)}
      </div>`;
    case "value": {
      const named = names.name(shape.path, list);
      // A score or a sheet's parameter: the caption already says so, and nothing of the form can take its place.
      if (named.kind === "unknown") return html``;
      return list !== undefined
        ? html`<p class="shape plain">${said(shape)}</p>`
        : html`<div class="shape value">${fieldSelect(context, t.reads, `${id}-value`, named, names.like(named), (path) => replace({ kind: "value", path }))}</div>`;
    }
    case "filled": {
      const subject = shape.subject;
      const named = subject.kind === "value" ? names.name(subject.path, list) : undefined;
      const choices = list === undefined ? (named ? names.like(named) : []) : (names.lists.find((l) => l.path === list)?.columns ?? []);
      return named && named.kind !== "unknown"
        ? html`<div class="shape filled">${fieldSelect(context, t.filledOf, `${id}-filled`, named, choices, (path) => replace({ kind: "filled", subject: { kind: "value", path } }))}</div>`
        : html`<p class="shape plain">${said(shape)}</p>`;
    }
    case "listCount":
      return countEditor(editing, shape, replace);
    case "sum":
      return sumEditor(editing, shape, replace);
    case "columnSum":
      return columnSumEditor(editing, shape, replace);
    case "growth":
      return growthEditor(editing, shape, replace);
    case "length":
      return lengthEditor(editing, shape, replace);
    case "dateInYear":
      return dateEditor(editing, shape, replace);
    case "cases":
      return casesEditor(editing, shape, replace, said);
    default:
      return html`<p class="shape plain">${said(shape)}</p>`;
  }
}

/** The form's names, without the computed value whose rule is at `ruleSite` (it cannot read itself). */
function ownValueLeftOut(context: EditorContext, ruleSite: Site): FormNames {
  const names = namesOf(context);
  const own = context.outline.parts.flatMap((p) => p.computed).find((c) => c.site.file === ruleSite.file && `${c.site.pointer}/logic` === ruleSite.pointer);
  return own ? withoutPath(names, `$computed.${own.id}`) : names;
}

/**
 * The editor of the rule at `ruleSite` (a branch's `when`, a computed value's `logic`): structured
 * when its shape is known, with the JSON-Logic behind a disclosure; the JSON-Logic only otherwise.
 */
export function ruleEditor(context: EditorContext, caption: string, shape: RuleShape | null | undefined, ruleSite: Site): TemplateResult {
  const id = siteId(ruleSite);
  const write = (next: RuleShape): void => {
    void context.edit((texts) => {
      const change = writeShape(texts, ruleSite, next);
      context.propose(change.textProposals);
      return change;
    });
  };
  const raw = html`<cf-logic-editor .site=${ruleSite} .context=${context}></cf-logic-editor>`;
  if (shape === undefined) return html`<p class="rule"><span class="caption">${caption}</span> ${context.text.criterion.always}</p>`;
  return html`<section class="rule" aria-label=${caption}>
    <h5>${caption}${shape ? html`: <span class="said">${describe(context, shapeModel(namesOf(context), shape))}</span>` : nothing}</h5>
    ${shape ? html`${shapeEditor(context, ownValueLeftOut(context, ruleSite), shape, id, write)}<details><summary>${context.text.shape.editRaw}</summary>${raw}</details>` : raw}
    ${findingsHere(context, ruleSite)}
  </section>`;
}
