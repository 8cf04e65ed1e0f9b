/**
 * A sample submission turned into what a person does in the browser to enter it: which control,
 * found by its accessible name, gets which value, and when a repeating table needs another row.
 *
 * Names come from the form files by the element's naming conventions (schema `title`, layout
 * `label`, "<row> <column>" in grids, "<column> <row N>" in repeating tables, "<criterion>
 * <score column>" for scores) and from its locale catalog for generic words; nothing here reads the
 * element's code, so a control the element names differently is not found and the test says so.
 *
 * A control is looked for inside its part (a region named by the part's title) and, where the page
 * groups it, inside a named table or group. A name that two controls share within that scope is
 * ambiguous: `ambiguities()` lists those so the test fails with a clear message instead of guessing.
 */
import { fieldChoices, fieldEditors, formatPointer, isRecord, parsePointer, schemaAt, setValueAt, valueAt, type DataSchema, type CriterionDef, type FieldRef, type FormPackage, type LayoutBlock, type LoadedPart, type ScoreColumnDef } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import type { Messages } from "../../src/locales/index.js";
import { reviewMessagesFor } from "../../src/locales/review.js";

/** A named table or group inside a part, or the n-th repeating table of the part. */
export type Container =
  | { readonly kind: "group" | "table"; readonly name: string }
  | { readonly kind: "repeat"; readonly index: number; readonly title?: string };

/** Where a person looks for a control. */
export interface Scope {
  readonly part: string;
  /** The part's title: the accessible name of its region. */
  readonly region: string;
  readonly within?: Container;
}

/** `confirm`: the button confirming a rule-computed score in a review column (no input). */
export type ControlKind = "text" | "select" | "radio" | "file" | "score" | "confirm";

export interface Choice {
  readonly value: unknown;
  readonly label: string;
}

/** One control the page draws. */
export interface Control {
  readonly scope: Scope;
  readonly kind: ControlKind;
  /** The accessible name of the input (of the group, for radio buttons). */
  readonly name: string;
  /** The submission pointer it writes: `/data/<part>/…` or `/scores/<criterion>/<column>`. */
  readonly pointer: string;
  /** Whether the role the plan is for may edit it. */
  readonly editable: boolean;
  readonly choices: readonly Choice[];
}

export type Step =
  | { readonly action: "addRow"; readonly scope: Scope; readonly pointer: string; readonly row: number; /** The name of the new row's first cell. */ readonly firstCell: string }
  | { readonly action: "fill"; readonly control: Control; readonly text: string }
  | { readonly action: "select" | "check"; readonly control: Control; readonly option: string }
  | { readonly action: "confirm"; readonly control: Control };

export interface FillPlan {
  readonly role: string;
  readonly steps: readonly Step[];
  /** Every control drawn for the sample, whoever may edit it: what a lookup by name can hit. */
  readonly controls: readonly Control[];
}

/** A submission as the samples hold it. */
export interface SampleSubmission {
  readonly data: Readonly<Record<string, unknown>>;
  readonly scores?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Choices as the form model reads them, or yes/no for a boolean. */
export function choicesOf(schema: DataSchema | undefined, msg: Messages): readonly Choice[] {
  const choices = fieldChoices(schema);
  if (choices.length > 0) return choices;
  if (schema?.type === "boolean") return [{ value: true, label: msg.yes }, { value: false, label: msg.no }];
  return [];
}

const isFileSchema = (schema: DataSchema | undefined): boolean => {
  const props = schema?.properties;
  return schema?.type === "object" && isRecord(props) && isRecord(props.name) && isRecord(props.dataUrl);
};

/** A field list draws up to this many choices as radio buttons; more, or any in a table cell, as a select. */
const RADIO_UP_TO = 4;

function kindOf(schema: DataSchema | undefined, choices: readonly Choice[], inTable: boolean): ControlKind {
  if (isFileSchema(schema)) return "file";
  if (choices.length === 0) return "text";
  return inTable || choices.length > RADIO_UP_TO ? "select" : "radio";
}

/** What one part's walk needs: the part, the role, the sample, and where it collects controls and steps. */
interface Walk {
  readonly pkg: FormPackage;
  readonly part: LoadedPart;
  readonly role: string;
  readonly msg: Messages;
  readonly sample: SampleSubmission;
  readonly result: EvaluationResult;
  readonly controls: Control[];
  readonly steps: Step[];
  readonly region: Scope;
}

const schemaOf = (walk: Walk, pointer: string): DataSchema | undefined => schemaAt(walk.part.schema, parsePointer(pointer));

function labelOf(walk: Walk, pointer: string, override?: string): string {
  if (override) return override;
  const title = schemaOf(walk, pointer)?.title;
  return typeof title === "string" ? title : pointer.slice(pointer.lastIndexOf("/") + 1);
}

const canEdit = (walk: Walk, block: LayoutBlock, field?: FieldRef): boolean => fieldEditors(walk.part.ref, block, field).includes(walk.role);

const dataPointer = (walk: Walk, pointer: string): string => formatPointer(["data", walk.part.ref.id]) + pointer;

/** Records the control for a field and, when the role may edit it and the sample has a value, the step that enters it. */
function field(walk: Walk, scope: Scope, pointer: string, name: string, editable: boolean, inTable: boolean): void {
  const schema = schemaOf(walk, pointer);
  const choices = choicesOf(schema, walk.msg);
  const control: Control = { scope, kind: kindOf(schema, choices, inTable), name, pointer: dataPointer(walk, pointer), editable, choices };
  walk.controls.push(control);
  const value = valueAt(walk.sample.data[walk.part.ref.id], pointer);
  if (!editable || value === undefined || value === null || value === "") return;
  walk.steps.push(stepFor(control, value));
}

function stepFor(control: Control, value: unknown): Step {
  switch (control.kind) {
    case "file":
      throw new Error(`${control.pointer}: the sample holds an attached file; a plan cannot pick one (attach it in the test)`);
    case "select":
    case "radio": {
      const choice = control.choices.find((c) => JSON.stringify(c.value) === JSON.stringify(value));
      if (!choice) throw new Error(`${control.pointer}: ${JSON.stringify(value)} is none of the choices of "${control.name}"`);
      return { action: control.kind === "select" ? "select" : "check", control, option: choice.label };
    }
    default:
      if (typeof value !== "string" && typeof value !== "number") throw new Error(`${control.pointer}: cannot type ${JSON.stringify(value)} into "${control.name}"`);
      return { action: "fill", control, text: String(value) };
  }
}

function walkBlock(walk: Walk, block: LayoutBlock, repeatIndex: number): void {
  const { region } = walk;
  switch (block.widget) {
    case "fields": {
      // A titled field list is a group named by its title (two lists may ask for the same fields).
      const scope: Scope = block.title ? { ...region, within: { kind: "group", name: block.title } } : region;
      for (const ref of block.fields) field(walk, scope, ref.field, labelOf(walk, ref.field, ref.label), canEdit(walk, block, ref), false);
      return;
    }
    case "narrative":
      field(walk, region, block.field, labelOf(walk, block.field, block.label), canEdit(walk, block), false);
      return;
    case "signoff": {
      const scope: Scope = { ...region, within: { kind: "group", name: block.title ?? labelOf(walk, block.field, block.label) } };
      for (const key of Object.keys(schemaOf(walk, block.field)?.properties ?? {})) {
        const pointer = `${block.field}/${key}`;
        field(walk, scope, pointer, labelOf(walk, pointer), canEdit(walk, block), false);
      }
      return;
    }
    case "grid": {
      const scope: Scope = block.id && block.title ? { ...region, within: { kind: "table", name: block.title } } : region;
      const first = block.rows[0];
      for (const row of block.rows) {
        const rowLabel = labelOf(walk, row.field, row.label);
        for (const column of block.columns) {
          if (column.computed) continue;
          const columnLabel = column.label ?? (first ? labelOf(walk, `${first.field}/${column.key}`) : column.key);
          field(walk, scope, `${row.field}/${column.key}`, `${rowLabel} ${columnLabel}`, canEdit(walk, block), true);
        }
      }
      return;
    }
    case "repeat": {
      const scope: Scope = { ...region, within: { kind: "repeat", index: repeatIndex, ...(block.title ? { title: block.title } : {}) } };
      const rows = valueAt(walk.sample.data[walk.part.ref.id], block.field);
      const editable = canEdit(walk, block);
      const labels = block.columns.map((c) => c.label ?? labelOf(walk, `${block.field}/0/${c.key}`));
      (Array.isArray(rows) ? rows : []).forEach((_row, i) => {
        const firstCell = `${labels[0] ?? block.columns[0]?.key ?? ""} ${walk.msg.rowLabel(i + 1)}`;
        if (editable) walk.steps.push({ action: "addRow", scope, pointer: dataPointer(walk, block.field), row: i + 1, firstCell });
        block.columns.forEach((column, c) => field(walk, scope, `${block.field}/${i}/${column.key}`, `${labels[c] ?? column.key} ${walk.msg.rowLabel(i + 1)}`, editable, true));
      });
      return;
    }
    case "criteria":
      scores(walk, block.criteria);
      return;
    default:
      return;
  }
}

/** A score input is drawn where the scorer judges (a range, no computed score) and the criterion applies. */
function scores(walk: Walk, ids: readonly string[] | undefined): void {
  const defs = walk.part.rules?.criteria ?? [];
  const chosen = ids ? defs.filter((d) => ids.includes(d.id)) : defs;
  for (const def of chosen) {
    const result = walk.result.criteria.find((c) => c.id === def.id);
    for (const column of walk.pkg.manifest.scoreColumns) {
      const pointer = formatPointer(["scores", def.id, column.id]);
      const value = walk.sample.scores?.[def.id]?.[column.id];
      const judged = result !== undefined && result.range !== null && result.computed === null && result.scores[column.id]?.status !== "notApplicable";
      if (!judged && column.review === true && result?.computed !== null && result?.computed !== undefined && result.scores[column.id]?.status !== "notApplicable") {
        reviewControls(walk, def, column, result.computed, pointer, value);
        continue;
      }
      if (!judged) {
        if (value !== undefined && value !== null) throw new Error(`${pointer}: the sample scores "${def.label}" but the form draws no input for it (the rules compute it or it does not apply)`);
        continue;
      }
      const control: Control = { scope: walk.region, kind: "score", name: `${def.label} ${column.label}`, pointer, editable: mayScore(column, walk.role), choices: [] };
      walk.controls.push(control);
      if (control.editable && value !== undefined && value !== null) walk.steps.push(stepFor(control, value));
    }
  }
}

const mayScore = (column: ScoreColumnDef, role: string): boolean => column.editableBy.includes(role);

/**
 * A rule-computed score in a review column: its scorer sees a confirm button and, where the
 * criterion allows an override, a score and a reason input; others see the score only. The
 * sample's score is entered by confirming it (the same as the rule's) or by an override.
 */
function reviewControls(walk: Walk, def: CriterionDef, column: ScoreColumnDef, computed: number, pointer: string, value: unknown): void {
  if (!mayScore(column, walk.role)) return;
  const words = reviewMessagesFor("zh-CN");
  const confirm: Control = { scope: walk.region, kind: "confirm", name: words.confirmLabel(def.label, column.label, String(computed)), pointer, editable: true, choices: [] };
  walk.controls.push(confirm);
  if (def.override === true) {
    walk.controls.push({ scope: walk.region, kind: "score", name: words.overrideScore(def.label, column.label), pointer, editable: true, choices: [] });
    walk.controls.push({ scope: walk.region, kind: "text", name: words.overrideReason(def.label, column.label), pointer: formatPointer(["reasons", def.id, column.id]), editable: true, choices: [] });
  }
  if (value === computed) walk.steps.push({ action: "confirm", control: confirm });
  else if (value !== undefined && value !== null) throw new Error(`${pointer}: the sample overrides "${def.label}" (${JSON.stringify(value)}, the rule gives ${computed}); a plan enters only confirmations`);
}

/**
 * The steps by which `role` enters its share of `sample`, part by part in paper order. `result`
 * is the evaluation of the whole sample: it says which criteria take a typed score.
 */
export function planFill(pkg: FormPackage, sample: SampleSubmission, result: EvaluationResult, role: string, msg: Messages): FillPlan {
  const controls: Control[] = [];
  const steps: Step[] = [];
  for (const part of pkg.parts) {
    const walk: Walk = { pkg, part, role, msg, sample, result, controls, steps, region: { part: part.ref.id, region: part.ref.title } };
    let repeats = 0;
    for (const block of part.layout.blocks) walkBlock(walk, block, block.widget === "repeat" ? repeats++ : -1);
  }
  return { role, steps, controls };
}

const containerKey = (scope: Scope): string => JSON.stringify([scope.part, scope.within ?? null]);

/**
 * Names a lookup cannot tell apart: a control looked for in its part alone collides with any other
 * control of the part by that name; one looked for in a table or group, with those in it.
 */
export function ambiguities(plan: FillPlan): string[] {
  const found: string[] = [];
  for (const step of plan.steps) {
    if (step.action === "addRow") continue;
    const { control } = step;
    const rivals = plan.controls.filter(
      (c) => c !== control && c.name === control.name && c.scope.part === control.scope.part && (!control.scope.within || containerKey(c.scope) === containerKey(control.scope)),
    );
    if (rivals.length > 0) found.push(`"${control.name}" in ${describeScope(control.scope)} names ${[control, ...rivals].map((c) => c.pointer).join(", ")}`);
  }
  return [...new Set(found)];
}

/** Values of the sample that no control of any role's plan enters (every value must be enterable). */
export function unreachable(sample: SampleSubmission, plans: readonly FillPlan[]): string[] {
  const entered = new Set(plans.flatMap((p) => p.steps.flatMap((s) => (s.action === "addRow" ? [] : [s.control.pointer]))));
  return leaves(sample.data, "/data").concat(leaves(sample.scores ?? {}, "/scores")).filter((pointer) => !entered.has(pointer));
}

function leaves(value: unknown, pointer: string): string[] {
  if (Array.isArray(value)) return value.flatMap((v, i) => leaves(v, `${pointer}/${i}`));
  if (isRecord(value)) return Object.entries(value).flatMap(([k, v]) => leaves(v, `${pointer}${formatPointer([k])}`));
  return value === undefined || value === null || value === "" ? [] : [pointer];
}

/**
 * The data as a person can enter it: blank text and empty lists are what an untouched field
 * holds, so they and the objects left empty by them are dropped.
 */
export function enterable(value: unknown): unknown {
  if (Array.isArray(value)) return value.length === 0 ? undefined : value.map((v) => enterable(v) ?? {});
  if (isRecord(value)) {
    const kept = Object.entries(value)
      .map(([k, v]) => [k, enterable(v)] as const)
      .filter(([, v]) => v !== undefined);
    return kept.length === 0 ? undefined : Object.fromEntries(kept);
  }
  return value === "" ? undefined : value;
}

/**
 * The data that `steps` enter: the sample's values at their pointers (or what `typed` says a step
 * stores instead), and the rows they add.
 */
export function enteredBy(plan: Pick<FillPlan, "steps">, sample: SampleSubmission, typed?: (step: Step) => unknown): Record<string, unknown> {
  let data: Record<string, unknown> = {};
  for (const step of plan.steps) {
    if (step.action === "addRow") {
      const rows = valueAt({ data }, step.pointer);
      const list = Array.isArray(rows) ? rows.slice() : [];
      list.push({});
      data = setValueAt(data, parsePointer(step.pointer).slice(1), list) as Record<string, unknown>;
      continue;
    }
    if (!step.control.pointer.startsWith("/data/")) continue;
    const value = typed ? typed(step) : valueAt(sample, step.control.pointer);
    data = setValueAt(data, parsePointer(step.control.pointer).slice(1), value) as Record<string, unknown>;
  }
  return data;
}

/** The scores that `plan` types, by criterion and column. */
export function scoresBy(plan: Pick<FillPlan, "steps">, sample: SampleSubmission): Record<string, Record<string, unknown>> {
  const out: Record<string, Record<string, unknown>> = {};
  for (const step of plan.steps) {
    if (step.action === "addRow" || (step.control.kind !== "score" && step.control.kind !== "confirm")) continue;
    const [, criterion, column] = parsePointer(step.control.pointer);
    if (criterion === undefined || column === undefined) continue;
    (out[criterion] ??= {})[column] = sample.scores?.[criterion]?.[column];
  }
  return out;
}

export function describeScope(scope: Scope): string {
  const within = scope.within;
  const inner = !within ? "" : within.kind === "repeat" ? ` › repeating table ${within.title ? `"${within.title}"` : `#${within.index + 1}`}` : ` › ${within.kind} "${within.name}"`;
  return `part "${scope.region}"${inner}`;
}

export function describeStep(step: Step): string {
  switch (step.action) {
    case "addRow":
      return `add row ${step.row} to ${step.pointer} (${describeScope(step.scope)})`;
    case "fill":
      return `fill "${step.control.name}" (${step.control.pointer}, ${describeScope(step.control.scope)}) with ${JSON.stringify(step.text)}`;
    case "confirm":
      return `press "${step.control.name}" (${step.control.pointer}, ${describeScope(step.control.scope)})`;
    default:
      return `${step.action} "${step.option}" for "${step.control.name}" (${step.control.pointer}, ${describeScope(step.control.scope)})`;
  }
}
