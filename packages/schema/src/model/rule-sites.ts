/**
 * Where a form's rules sit and which fields they read: every JSON-Logic rule with its file and
 * pointer, and the submission pointers of the part data its `var`s name.
 */
import type { FormPackage, JsonLogic } from "../types.js";
import { formatPointer, joinPointer } from "./pointer.js";
import { isRecord, ownValue } from "./record.js";

export type RuleSiteKind = "computed" | "applicability" | "check" | "criterion" | "veto" | "summary";

/** One JSON-Logic rule of the form, with where it sits. */
export interface RuleSite {
  readonly kind: RuleSiteKind;
  /** File path relative to the form folder. */
  readonly file: string;
  /** JSON pointer of the rule inside that file. */
  readonly pointer: string;
  readonly logic: JsonLogic;
  /** Part whose rules file holds the rule; undefined for the summary sheet. */
  readonly part?: string | undefined;
  /** Id of the computed value, check, criterion or veto the rule belongs to. */
  readonly owner?: string | undefined;
  /** The owner's label in the form, when it has one. */
  readonly label?: string | undefined;
}

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);
const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

/** Every rule of a form, in file order; rules files are read defensively, as they are data. */
export function ruleSites(form: FormPackage): RuleSite[] {
  const sites: RuleSite[] = [];
  for (const part of form.parts) {
    const file = part.ref.rules;
    const rules: unknown = part.rules;
    if (file === undefined || !isRecord(rules)) continue;
    const partId = part.ref.id;
    const add = (kind: RuleSiteKind, pointer: string, logic: unknown, owner?: string, label?: string): void => {
      if (logic !== undefined) sites.push({ kind, file, pointer, logic, part: partId, owner, label });
    };
    listOf(ownValue(rules, "computed")).forEach((def, i) => {
      if (isRecord(def)) add("computed", formatPointer(["computed", i, "logic"]), ownValue(def, "logic"), text(def.id), text(def.label));
    });
    listOf(ownValue(rules, "applicability")).forEach((def, i) => {
      if (isRecord(def)) add("applicability", formatPointer(["applicability", i, "when"]), ownValue(def, "when"), text(def.field));
    });
    listOf(ownValue(rules, "checks")).forEach((def, i) => {
      if (isRecord(def)) add("check", formatPointer(["checks", i, "assert"]), ownValue(def, "assert"), text(def.id));
    });
    listOf(ownValue(rules, "criteria")).forEach((def, i) => {
      if (!isRecord(def)) return;
      listOf(ownValue(def, "branches")).forEach((branch, j) => {
        if (!isRecord(branch)) return;
        add("criterion", formatPointer(["criteria", i, "branches", j, "when"]), ownValue(branch, "when"), text(def.id), text(def.label));
        add("criterion", formatPointer(["criteria", i, "branches", j, "logic"]), ownValue(branch, "logic"), text(def.id), text(def.label));
      });
    });
    listOf(ownValue(rules, "veto")).forEach((def, i) => {
      if (!isRecord(def)) return;
      add("veto", formatPointer(["veto", i, "when"]), ownValue(def, "when"), text(def.id));
      add("veto", formatPointer(["veto", i, "decided"]), ownValue(def, "decided"), text(def.id));
    });
  }
  const sheetFile = form.manifest.summarySheet;
  const sheet: unknown = form.summarySheet;
  if (sheetFile !== undefined && isRecord(sheet)) {
    listOf(ownValue(sheet, "columns")).forEach((column, i) => {
      if (!isRecord(column)) return;
      const logic = ownValue(column, "value");
      if (logic !== undefined) sites.push({ kind: "summary", file: sheetFile, pointer: formatPointer(["columns", i, "value"]), logic, owner: text(column.id), label: text(column.label) });
    });
  }
  return sites;
}

/** Rules are walked this deep and this wide at most: form rules are small, hostile ones need not be. */
const MAX_DEPTH = 64;
const MAX_NODES = 100_000;

/**
 * The submission pointers (`/data/<part>/…`) of the part data a rule reads: every `var` whose
 * dotted path starts with a part's id, in the order first read. A `var` of a row inside `map`,
 * `filter` or `reduce` names no part, so it is not counted; the list it walks is.
 */
export function fieldsRead(form: FormPackage, logic: JsonLogic): string[] {
  const parts = new Set(form.parts.map((part) => part.ref.id));
  const read = new Set<string>();
  let nodes = 0;
  const walk = (node: unknown, depth: number): void => {
    if (++nodes > MAX_NODES || depth > MAX_DEPTH) return;
    if (Array.isArray(node)) {
      for (const item of node) walk(item, depth + 1);
      return;
    }
    if (!isRecord(node)) return;
    for (const [op, args] of Object.entries(node)) {
      if (op === "var") {
        const path = Array.isArray(args) ? args[0] : args;
        if (typeof path === "string") {
          const [head, ...rest] = path.split(".");
          if (head !== undefined && parts.has(head)) read.add(joinPointer(formatPointer(["data", head]), ...rest));
        }
      }
      walk(args, depth + 1);
    }
  };
  walk(logic, 0);
  return [...read];
}
