/** Compares the `expect` part of a rule test case with an evaluation result: only what the case names is checked. */
import type { RuleTestCase } from "@cluster-form/schema";
import type { EvaluationResult } from "../types.js";
import type { Mismatch } from "./types.js";

type Expect = RuleTestCase["expect"];

/** Overall completeness, beside part ids (`$form` is reserved, never a part id). */
export const WHOLE_FORM = "$form";

const EPSILON = 1e-9;

export function sameValue(expected: unknown, actual: unknown): boolean {
  if (typeof expected === "number" && typeof actual === "number") return Math.abs(expected - actual) < EPSILON;
  if (Array.isArray(expected)) {
    return Array.isArray(actual) && expected.length === actual.length && expected.every((e, i) => sameValue(e, actual[i]));
  }
  if (typeof expected === "object" && expected !== null) {
    if (typeof actual !== "object" || actual === null || Array.isArray(actual)) return false;
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    const keys = new Set([...Object.keys(e), ...Object.keys(a)]);
    return [...keys].every((k) => sameValue(e[k], a[k]));
  }
  return Object.is(expected, actual) || expected === actual;
}

/** The entries of `record` named by the keys of `keys` (an expectation object), for comparing just those. */
const pick = (record: Readonly<Record<string, unknown>>, keys: unknown): Record<string, unknown> =>
  typeof keys === "object" && keys !== null ? Object.fromEntries(Object.keys(keys).map((key) => [key, record[key]])) : {};

/** Statuses of a rule's score in a `review` column: `"status": "computed"` names them all (the rule scored it). */
const RULE_SCORED: ReadonlySet<string> = new Set(["computed", "pending", "confirmed", "overridden"]);
const statusMatches = (expected: string, actual: string): boolean => expected === actual || (expected === "computed" && RULE_SCORED.has(actual));

const entries = <T>(record: Readonly<Record<string, T>> | undefined): [string, T][] => (record ? Object.entries(record) : []);

function compareCriteria(expect: NonNullable<Expect["criteria"]>, result: EvaluationResult, out: Mismatch[]): void {
  for (const [id, expected] of entries(expect)) {
    const criterion = result.criteria.find((c) => c.id === id);
    if (!criterion) {
      out.push({ path: `criteria.${id}`, expected, actual: undefined, reason: "unknownCriterion" });
      continue;
    }
    for (const [key, value] of Object.entries(expected)) {
      const path = `criteria.${id}.${key}`;
      if (key === "computed") {
        if (!sameValue(value, criterion.computed)) out.push({ path, expected: value, actual: criterion.computed, proposal: { keys: ["criteria", id, key], value: criterion.computed } });
      } else if (key === "status") {
        const statuses = Object.fromEntries(Object.entries(criterion.scores).map(([column, cell]) => [column, cell.status]));
        const matches = typeof value === "string" ? Object.values(statuses).every((s) => statusMatches(value, s)) : sameValue(value, pick(statuses, value));
        if (!matches) out.push({ path, expected: value, actual: statuses });
      } else if (key === "reason") {
        const reasons = Object.fromEntries(Object.entries(criterion.scores).map(([column, cell]) => [column, cell.reason]));
        if (!sameValue(value, pick(reasons, value))) out.push({ path, expected: value, actual: reasons });
      } else if (key === "invalidInputs") {
        const pointers = (criterion.invalidInputs ?? []).map((input) => input.pointer);
        if (!sameValue(value, pointers)) out.push({ path, expected: value, actual: pointers });
      } else {
        const cell = Object.hasOwn(criterion.scores, key) ? criterion.scores[key] : undefined;
        if (!cell) out.push({ path, expected: value, actual: undefined, reason: "unknownColumn" });
        else if (!sameValue(value, cell.value)) out.push({ path, expected: value, actual: cell.value, proposal: { keys: ["criteria", id, key], value: cell.value } });
      }
    }
  }
}

function compareColumns(
  keys: readonly string[],
  expected: Readonly<Record<string, number | null>>,
  columns: Readonly<Record<string, { readonly value: number | null }>>,
  out: Mismatch[],
): void {
  const path = keys.join(".");
  for (const [column, value] of Object.entries(expected)) {
    const total = Object.hasOwn(columns, column) ? columns[column] : undefined;
    if (!total) out.push({ path: `${path}.${column}`, expected: value, actual: undefined, reason: "unknownColumn" });
    else if (!sameValue(value, total.value)) out.push({ path: `${path}.${column}`, expected: value, actual: total.value, proposal: { keys: [...keys, column], value: total.value } });
  }
}

export function compareExpectation(expect: Expect, result: EvaluationResult): Mismatch[] {
  const out: Mismatch[] = [];
  if (expect.criteria) compareCriteria(expect.criteria, result, out);
  for (const [partId, expected] of entries(expect.parts)) {
    const part = result.parts.find((p) => p.part === partId);
    if (!part) out.push({ path: `parts.${partId}`, expected, actual: undefined, reason: "unknownPart" });
    else compareColumns(["parts", partId], expected, part.columns, out);
  }
  if (expect.total) compareColumns(["total"], expect.total, result.total, out);
  if (expect.vetoed !== undefined && expect.vetoed !== result.veto.vetoed) {
    out.push({ path: "vetoed", expected: expect.vetoed, actual: result.veto.vetoed, proposal: { keys: ["vetoed"], value: result.veto.vetoed } });
  }
  for (const [id, expected] of entries(expect.computed)) {
    const actual = Object.hasOwn(result.computed, id) ? result.computed[id]?.value : undefined;
    if (!Object.hasOwn(result.computed, id)) out.push({ path: `computed.${id}`, expected, actual: undefined, reason: "notFound" });
    else if (!sameValue(expected, actual)) out.push({ path: `computed.${id}`, expected, actual, proposal: { keys: ["computed", id], value: actual } });
  }
  for (const pointer of expect.notApplicable ?? []) {
    if (!result.notApplicable.includes(pointer)) out.push({ path: "notApplicable", expected: pointer, actual: result.notApplicable, reason: "notFound" });
  }
  (expect.findings ?? []).forEach((expected, i) => {
    const found = result.findings.some((finding) =>
      Object.entries(expected).every(([key, value]) => (finding as unknown as Record<string, unknown>)[key] === value),
    );
    if (!found) {
      out.push({
        path: `findings[${i}]`,
        expected,
        actual: result.findings.map((f) => ({ code: f.code, pointer: f.pointer, severity: f.severity, ...(f.criterion ? { criterion: f.criterion } : {}) })),
        reason: "notFound",
      });
    }
  });
  if (expect.noFindings === true && result.findings.length > 0) {
    out.push({ path: "noFindings", expected: [], actual: result.findings.map((f) => ({ code: f.code, pointer: f.pointer, severity: f.severity, message: f.message })) });
  }
  for (const [partId, expected] of entries(expect.completeness)) {
    if (partId === WHOLE_FORM) {
      const percent = result.completeness.percent;
      if (!sameValue(expected, percent)) out.push({ path: `completeness.${partId}`, expected, actual: percent, proposal: { keys: ["completeness", partId], value: percent } });
      continue;
    }
    const part = result.completeness.parts.find((p) => p.part === partId);
    if (!part) out.push({ path: `completeness.${partId}`, expected, actual: undefined, reason: "unknownPart" });
    else if (!sameValue(expected, part.percent)) {
      out.push({
        path: `completeness.${partId}`,
        expected,
        actual: { percent: part.percent, blanks: part.blanks.map((b) => b.pointer) },
        proposal: { keys: ["completeness", partId], value: part.percent },
      });
    }
  }
  return out;
}
