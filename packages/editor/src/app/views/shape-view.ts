/**
 * The structured editors of the common rule shapes: a value compared with a threshold, a yes/no or
 * choice answer, all/any/not of conditions, a count of listed items, points per item with its caps.
 * What a shape reads is said in words (the field's label); the numbers and choices are boxes. Every
 * rule can also be opened as JSON-Logic, and rules of no known shape only so.
 */
import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { Comparison, RuleShape, Site } from "../../edits/types.js";
import type { EditorContext } from "../context.js";
import { siteId } from "../form-state.js";
import { writeShape } from "../rule-edit.js";
import { findingsHere } from "./findings-here.js";

type Replace = (next: RuleShape) => void;

const COMPARISONS = [">", ">=", "<", "<=", "==", "!="] as const;

export function describe(context: EditorContext, shape: RuleShape): string {
  const t = context.text.shape;
  const label = (path: string): string => context.labels.get(path) ?? path;
  switch (shape.kind) {
    case "value":
      return label(shape.path);
    case "listCount":
      return t.count(label(shape.list)) + (shape.where?.kind === "validIn" ? `（${t.validIn}）` : shape.where ? ` (${describe(context, shape.where)})` : "");
    case "listNone":
      return `${t.count(label(shape.list))} = 0`;
    case "columnSum":
      return t.columnSum(label(shape.list), label(shape.column));
    case "sum":
      return `${t.sum}: ${shape.of.map((s) => describe(context, s)).join(" + ")}`;
    case "growth":
      return t.growth(label(shape.from), label(shape.to));
    case "length":
      return `${describe(context, shape.subject)} ${t.length}`;
    case "filled":
      return `${describe(context, shape.subject)} ${t.filled}`;
    case "validIn":
      return t.validIn;
    case "dateInYear":
      return `${label(shape.path)} ${t.dateInYear}`;
    case "compare":
      return `${describe(context, shape.subject)} ${t.ops[shape.op] ?? shape.op} ${typeof shape.value === "number" ? shape.value : describe(context, shape.value)}`;
    case "answer":
      return `${describe(context, shape.subject)} ${t.ops[shape.op] ?? shape.op} ${typeof shape.value === "boolean" ? (shape.value ? t.yes : t.no) : shape.value}`;
    case "answerIn":
      return `${describe(context, shape.subject)}: ${t.answerIn} ${shape.values.join("、")}`;
    case "all":
    case "any":
      return `${shape.kind === "all" ? t.all : t.any}: ${shape.of.map((s) => describe(context, s)).join("; ")}`;
    case "not":
      return `${t.not}: ${describe(context, shape.of)}`;
    case "perItem":
      return `${t.perItem}: ${describe(context, shape.subject)} × ${shape.points}`;
  }
}

function opSelect(context: EditorContext, id: string, op: string, ops: readonly string[], onChange: (op: string) => void): TemplateResult {
  const shown = op === "===" ? "==" : op === "!==" ? "!=" : op;
  return html`<div class="box"><label for=${id}>${context.text.shape.comparison}</label>
    <select id=${id} @change=${(e: Event) => onChange((e.target as HTMLSelectElement).value)}>
      ${ops.map((o) => html`<option value=${o} ?selected=${o === shown}>${context.text.shape.ops[o] ?? o}</option>`)}
    </select></div>`;
}

function numberField(label: string, id: string, value: number, onChange: (value: number) => void): TemplateResult {
  const changed = (e: Event): void => {
    const next = (e.target as HTMLInputElement).valueAsNumber;
    if (Number.isFinite(next)) onChange(next);
  };
  return html`<div class="box number"><label for=${id}>${label}</label><input id=${id} type="number" step="any" .value=${live(String(value))} @change=${changed} /></div>`;
}

/** The op as written, kept strict (`===`) when it was and only `=`/`≠` was picked again. */
const keepStrict = (before: Comparison, picked: string): Comparison => {
  if (before === "===" && picked === "==") return "===";
  if (before === "!==" && picked === "!=") return "!==";
  return COMPARISONS.find((op) => op === picked) ?? before;
};

function choicesOf(context: EditorContext, subject: RuleShape): readonly { value: unknown; label: string }[] | undefined {
  if (subject.kind !== "value") return undefined;
  for (const part of context.outline.parts) {
    const stack = [...part.fields];
    while (stack.length > 0) {
      const field = stack.pop();
      if (!field) break;
      if (field.path === subject.path) return field.choices;
      stack.push(...(field.fields ?? []));
    }
  }
  return undefined;
}

function shapeEditor(context: EditorContext, shape: RuleShape, id: string, replace: Replace): TemplateResult {
  const t = context.text.shape;
  switch (shape.kind) {
    case "compare":
      return html`<div class="shape compare">
        <p class="subject"><span class="caption">${t.subject}</span> ${describe(context, shape.subject)}</p>
        ${opSelect(context, `${id}-op`, shape.op, COMPARISONS, (op) => replace({ ...shape, op: keepStrict(shape.op, op) }))}
        ${typeof shape.value === "number"
          ? numberField(t.threshold, `${id}-value`, shape.value, (value) => replace({ ...shape, value }))
          : html`<p>${describe(context, shape.value)}</p>`}
      </div>`;
    case "answer": {
      const choices = choicesOf(context, shape.subject);
      const options: { value: string | boolean; label: string }[] =
        typeof shape.value === "boolean"
          ? [
              { value: true, label: t.yes },
              { value: false, label: t.no },
            ]
          : (choices ?? [{ value: shape.value, label: shape.value }]).map((c) => ({ value: String(c.value), label: c.label }));
      return html`<div class="shape answer">
        <p class="subject"><span class="caption">${t.subject}</span> ${describe(context, shape.subject)}</p>
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
        ${shape.of.map((inner, i) => shapeEditor(context, inner, `${id}-${i}`, (next) => replace({ ...shape, of: shape.of.map((s, j) => (j === i ? next : s)) })))}
      </fieldset>`;
    case "not":
      return html`<fieldset class="shape group"><legend>${t.not}</legend>${shapeEditor(context, shape.of, `${id}-n`, (next) => replace({ ...shape, of: next }))}</fieldset>`;
    case "perItem":
      return html`<div class="shape per-item">
        <p class="subject"><span class="caption">${t.subject}</span> ${describe(context, shape.subject)}</p>
        ${numberField(t.perItemPoints, `${id}-points`, shape.points, (points) => replace({ ...shape, points }))}
        ${numberField(t.min, `${id}-min`, shape.min, (min) => replace({ ...shape, min }))}
        ${numberField(t.cap, `${id}-cap`, shape.cap, (cap) => replace({ ...shape, cap }))}
      </div>`;
    default:
      return html`<p class="shape plain">${describe(context, shape)}</p>`;
  }
}

/**
 * The editor of the rule at `ruleSite` (a branch's `when`, a computed value's `logic`): structured
 * when its shape is known, with the JSON-Logic behind a disclosure; the JSON-Logic only otherwise.
 */
export function ruleEditor(context: EditorContext, caption: string, shape: RuleShape | null | undefined, ruleSite: Site): TemplateResult {
  const id = siteId(ruleSite);
  const write = (next: RuleShape): void => {
    void context.edit((texts, pkg) => {
      const { result, proposals } = writeShape(texts, pkg, ruleSite, next);
      context.propose(proposals);
      return result;
    });
  };
  const raw = html`<cf-logic-editor .site=${ruleSite} .context=${context}></cf-logic-editor>`;
  if (shape === undefined) return html`<p class="rule"><span class="caption">${caption}</span> ${context.text.criterion.always}</p>`;
  return html`<section class="rule" aria-label=${caption}>
    <h5>${caption}${shape ? html`: <span class="said">${describe(context, shape)}</span>` : nothing}</h5>
    ${shape ? html`${shapeEditor(context, shape, id, write)}<details><summary>${context.text.shape.editRaw}</summary>${raw}</details>` : raw}
    ${findingsHere(context, ruleSite)}
  </section>`;
}
