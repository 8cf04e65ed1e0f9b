/**
 * Rule test cases at the edge of a validity period (valid until the end of the old year, starting
 * in the new one) hold the year in their dates: in the new year's copy they fail although the rules
 * are right. Each case that fails in the copy is tried with its submission's ISO dates moved by the
 * years between the forms; only when that makes it pass are the dates written. Cases that pass as
 * they are, and cases that fail for another reason, are left exactly as written.
 */
import { loadFormFolder } from "@cluster-form/schema/node";
import type { RuleTestCase } from "@cluster-form/schema";
import { createEvaluator } from "../evaluate/index.js";
import { loadRuleTests } from "../testing/load.js";
import { runRuleCase } from "../testing/runner.js";
import type { JsonEdit } from "./edit-json.js";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_DEPTH = 32;

export interface DateEdit extends JsonEdit {
  readonly file: string;
  readonly from: string;
  readonly to: string;
}

const isLeap = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** The date `years` later; 29 February becomes 28 February in a year without it. */
export function moveDate(text: string, years: number): string | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const year = Number(match[1]) + years;
  if (year < 1000 || year > 9999) return undefined;
  const day = match[2] === "02" && match[3] === "29" && !isLeap(year) ? "28" : match[3];
  return `${year}-${match[2]}-${day}`;
}

/** A copy of `value` with every ISO date moved, and the edits that make the same change in the file. */
function moveDates(value: unknown, years: number, path: readonly (string | number)[], edits: { path: (string | number)[]; from: string; to: string }[]): unknown {
  if (typeof value === "string") {
    const moved = moveDate(value, years);
    if (moved === undefined) return value;
    edits.push({ path: [...path], from: value, to: moved });
    return moved;
  }
  if (typeof value !== "object" || value === null || path.length > MAX_DEPTH) return value;
  if (Array.isArray(value)) return value.map((item, index) => moveDates(item, years, [...path, index], edits));
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    Object.defineProperty(copy, key, { value: moveDates((value as Record<string, unknown>)[key], years, [...path, key], edits), enumerable: true, writable: true });
  }
  return copy;
}

/** The date edits, per test file, that make the copy's year-bound cases pass. Empty when the copy cannot be loaded. */
export async function yearBoundTestDates(formDir: string, years: number): Promise<DateEdit[]> {
  let pkg;
  let sources;
  try {
    pkg = await loadFormFolder(formDir);
    sources = await loadRuleTests(formDir);
  } catch {
    // A form or test file that does not load is reported by `lint` / `test`; nothing to move here.
    return [];
  }
  const evaluator = createEvaluator(pkg);
  const found: DateEdit[] = [];
  for (const source of sources) {
    if (source.file === undefined) continue;
    const file = source.file;
    source.cases.forEach((testCase: RuleTestCase, index) => {
      if (runRuleCase(pkg, evaluator, testCase, file).passed) return;
      const edits: { path: (string | number)[]; from: string; to: string }[] = [];
      const submission = moveDates(testCase.submission, years, ["cases", index, "submission"], edits);
      if (edits.length === 0) return;
      const moved = { ...testCase, submission } as RuleTestCase;
      if (!runRuleCase(pkg, evaluator, moved, file).passed) return;
      for (const edit of edits) found.push({ file, path: edit.path, value: edit.to, from: edit.from, to: edit.to });
    });
  }
  return found;
}
