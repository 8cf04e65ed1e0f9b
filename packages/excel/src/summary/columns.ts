/**
 * The declared columns of the summary sheet, each a JSON-Logic rule prepared once and applied
 * to `{ ...parts, $form, $computed, $result, $parameters }` of every submission.
 */
import type { FormPackage, LocalizedMessage, SummarySheetColumn } from "@cluster-form/schema";
import { applyPrepared, prepareRule, RuleError, toSafeData, type EvaluationResult, type PreparedRule } from "@cluster-form/rules";
import { isRecord } from "../data-access.js";
import type { SheetWords } from "../messages.js";
import { problemMessage } from "../messages.js";
import type { SummaryCell } from "./types.js";

export interface PreparedColumn {
  readonly def: SummarySheetColumn;
  readonly rule: PreparedRule;
}

export function prepareColumns(columns: readonly SummarySheetColumn[]): PreparedColumn[] {
  return columns.map((def) => ({ def, rule: prepareRule(def.value) }));
}

/**
 * What the columns read, as `root` → second-level keys (`$result` → `total`, `veto`), so that
 * each submission copies only that: the evaluation result with its explanations is large.
 * `null` means the columns read paths only known when they run: copy everything.
 */
export type ReadRoots = Map<string, Set<string> | "all"> | null;

function varPaths(rule: unknown, out: unknown[]): void {
  if (Array.isArray(rule)) {
    for (const item of rule) varPaths(item, out);
    return;
  }
  if (typeof rule !== "object" || rule === null) return;
  for (const [op, args] of Object.entries(rule)) {
    if (op === "var") out.push(Array.isArray(args) ? args[0] : args);
    varPaths(args, out);
  }
}

export function readRoots(columns: readonly PreparedColumn[]): ReadRoots {
  const paths: unknown[] = [];
  for (const column of columns) varPaths(column.def.value, paths);
  const roots = new Map<string, Set<string> | "all">();
  for (const path of paths) {
    if (typeof path !== "string") return null;
    const [root = "", second] = path.split(".");
    if (root === "") return null;
    const seen = roots.get(root);
    if (second === undefined) roots.set(root, "all");
    else if (seen !== "all") roots.set(root, (seen ?? new Set<string>()).add(second));
  }
  return roots;
}

/** `$computed` as rules read it: ids split on dots (null-prototype objects: ids cannot reach a prototype). */
function computedTree(result: EvaluationResult): Record<string, unknown> {
  const tree = Object.create(null) as Record<string, unknown>;
  for (const [id, computed] of Object.entries(result.computed)) {
    const segments = id.split(".");
    const last = segments.pop() ?? id;
    let node: Record<string, unknown> | undefined = tree;
    for (const segment of segments) {
      const next: unknown = node[segment] ?? (node[segment] = Object.create(null) as Record<string, unknown>);
      // An id that is also the prefix of another: the lint reports it; the first stored wins.
      node = isRecord(next) ? next : undefined;
      if (!node) break;
    }
    if (node && !(last in node)) node[last] = computed.value;
  }
  return tree;
}

function pick(value: Record<string, unknown>, keys: Set<string> | "all" | undefined): unknown {
  if (keys === undefined) return undefined;
  if (keys === "all") return value;
  const out = Object.create(null) as Record<string, unknown>;
  for (const key of keys) if (Object.hasOwn(value, key)) out[key] = value[key];
  return out;
}

/** The values given when summarizing, as rules read them under `$parameters` (declared ids only). */
export type SummaryParameters = Readonly<Record<string, string>>;

function context(pkg: FormPackage, data: unknown, result: EvaluationResult, roots: ReadRoots, parameters: SummaryParameters): Record<string, unknown> {
  const wants = (root: string): boolean => roots === null || roots.has(root);
  const out = Object.create(null) as Record<string, unknown>;
  const parts = isRecord(data) ? data : {};
  for (const part of pkg.parts) {
    if (wants(part.ref.id) && Object.hasOwn(parts, part.ref.id)) out[part.ref.id] = parts[part.ref.id];
  }
  if (wants("$form")) out["$form"] = { id: pkg.manifest.id, version: pkg.manifest.version, year: pkg.manifest.year };
  if (wants("$computed")) out["$computed"] = computedTree(result);
  if (wants("$parameters")) out["$parameters"] = Object.assign(Object.create(null) as Record<string, string>, parameters);
  if (wants("$result")) out["$result"] = roots === null ? result : pick(result as unknown as Record<string, unknown>, roots.get("$result"));
  return out;
}

type CellOutcome = { ok: true; cell: SummaryCell } | { ok: false; message: LocalizedMessage };

function describe(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

function typed(def: SummarySheetColumn, value: unknown, words: SheetWords): CellOutcome {
  if (value === null || value === undefined || value === "") return { ok: true, cell: null };
  const wrong = (expected: string): CellOutcome => ({ ok: false, message: problemMessage("excel.wrongType", { column: def.label, expected, value: describe(value) }) });
  switch (def.type) {
    case "number":
      if (typeof value === "number" && Number.isFinite(value)) return { ok: true, cell: value };
      if (typeof value === "string" && value.trim() !== "" && Number.isFinite(Number(value))) return { ok: true, cell: Number(value) };
      return wrong("number");
    case "boolean":
      return typeof value === "boolean" ? { ok: true, cell: value } : wrong("boolean");
    default:
      if (typeof value === "string" || typeof value === "number") return { ok: true, cell: String(value) };
      if (typeof value === "boolean") return { ok: true, cell: value ? words.yes : words.no };
      return wrong("string");
  }
}

/** The row of one submission, or the messages of the columns that could not be computed. */
export function summaryCells(
  pkg: FormPackage,
  columns: readonly PreparedColumn[],
  data: unknown,
  result: EvaluationResult,
  words: SheetWords,
  roots: ReadRoots = null,
  parameters: SummaryParameters = {},
): { cells: SummaryCell[]; problems: { column: SummarySheetColumn; message: LocalizedMessage }[] } {
  const safe = toSafeData(context(pkg, data, result, roots, parameters));
  const cells: SummaryCell[] = [];
  const problems: { column: SummarySheetColumn; message: LocalizedMessage }[] = [];
  for (const column of columns) {
    let outcome: CellOutcome;
    try {
      outcome = typed(column.def, applyPrepared(column.rule, safe.data, safe.rows), words);
    } catch (error) {
      const detail = error instanceof RuleError ? error.localized : { zh: String(error), en: String(error) };
      outcome = {
        ok: false,
        message: {
          zh: problemMessage("excel.ruleFailed", { column: column.def.label, detail: detail.zh }).zh,
          en: problemMessage("excel.ruleFailed", { column: column.def.label, detail: detail.en }).en,
        },
      };
    }
    if (outcome.ok) cells.push(outcome.cell);
    else {
      cells.push(null);
      problems.push({ column: column.def, message: outcome.message });
    }
  }
  return { cells, problems };
}
