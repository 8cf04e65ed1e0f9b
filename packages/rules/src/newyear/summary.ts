/**
 * The new-year report split in two: the form's own files, listed change by change and mention by mention,
 * and its rule test cases, summarised (their data is written in the old year on purpose) except for the
 * cases whose dates moved and the case names that still mention the old year.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { parseStrict } from "./edit-json.js";
import type { NewYearChange, NewYearResult } from "./index.js";
import type { YearMention } from "./review.js";

export interface MovedCase {
  readonly file: string;
  /** The case's place in its file's `cases`. */
  readonly index: number;
}

export interface NewYearSummary {
  readonly formChanges: readonly NewYearChange[];
  readonly formReview: readonly YearMention[];
  readonly tests: {
    readonly folder: string;
    readonly files: number;
    /** Cases whose submission now names the new form. */
    readonly envelopes: number;
    /** Cases whose dates moved with the year (at the edge of a validity period): to check. */
    readonly datesMoved: readonly MovedCase[];
    /** Mentions of the old years in test data, counted only. */
    readonly mentions: number;
    /** Case names that still mention an old year. */
    readonly names: readonly YearMention[];
  };
}

const CASE_NAME = /^\/cases\/\d+\/name$/;

const caseOf = (key: string): number | undefined => {
  const match = /^cases\.(\d+)\./.exec(key);
  return match ? Number(match[1]) : undefined;
};

export function summariseNewYear(result: NewYearResult): NewYearSummary {
  const folder = result.testsFolder;
  const inTests = (file: string): boolean => file.startsWith(`${folder}/`);
  const testChanges = result.changes.filter((c) => inTests(c.file));
  const isEnvelope = (c: NewYearChange): boolean => /(^|\.)form\.(id|version)$/.test(c.key);
  const cases = (changes: readonly NewYearChange[]): MovedCase[] => {
    const seen = new Map<string, MovedCase>();
    for (const change of changes) {
      const index = caseOf(change.key);
      if (index !== undefined) seen.set(`${change.file}#${index}`, { file: change.file, index });
    }
    return [...seen.values()];
  };
  const testReview = result.review.filter((m) => inTests(m.file));
  return {
    formChanges: result.changes.filter((c) => !inTests(c.file)),
    formReview: result.review.filter((m) => !inTests(m.file)),
    tests: {
      folder,
      files: result.files.filter(inTests).length,
      envelopes: cases(testChanges.filter(isEnvelope)).length,
      datesMoved: cases(testChanges.filter((c) => !isEnvelope(c))),
      mentions: testReview.length,
      names: testReview.filter((m) => CASE_NAME.test(m.pointer)),
    },
  };
}

/** The names of moved cases, read from the new folder (empty where a file or case has none). */
export async function caseNames(root: string, moved: readonly MovedCase[]): Promise<string[]> {
  const documents = new Map<string, unknown>();
  const names: string[] = [];
  for (const { file, index } of moved) {
    if (!documents.has(file)) documents.set(file, parseStrict(await readFile(join(root, file), "utf8")));
    const document = documents.get(file);
    const cases = typeof document === "object" && document !== null && "cases" in document && Array.isArray(document.cases) ? (document.cases as unknown[]) : [];
    const testCase = cases[index];
    const name = typeof testCase === "object" && testCase !== null && "name" in testCase ? testCase.name : undefined;
    names.push(typeof name === "string" ? name : "");
  }
  return names;
}
