/**
 * The form's rule test cases as the editor sees them (from the texts, not the disk), the stub case a
 * scaffold writes, and the expectations a points move changes, written with `test --update`'s own
 * planning so that no expectation is edited by hand.
 */
import { planUpdates, runRuleTests, type RuleTestSource } from "@cluster-form/rules";
import { parseJson, parsePointer, type FormPackage, type RuleTestCase } from "@cluster-form/schema";
import { jsonFileText } from "../compact-json.js";
import type { ChangeBuilder } from "../text-edits.js";
import type { FormTexts } from "../types.js";

const TESTS_SCHEMA = "https://cluster-form.dev/schema/v1/rule-tests.json";

export const testsFolder = (pkg: FormPackage): string => (pkg.manifest.tests ?? "tests").replace(/\/+$/, "");

/** Every test file of the form's tests folder that parses, with its cases. */
export function testSources(texts: FormTexts, pkg: FormPackage): RuleTestSource[] {
  const prefix = `${testsFolder(pkg)}/`;
  return Object.keys(texts)
    .filter((file) => file.startsWith(prefix) && file.endsWith(".json"))
    .sort()
    .flatMap((file) => {
      const value = parseJson(file, texts[file] ?? "").value;
      const cases = typeof value === "object" && value !== null && Array.isArray((value as { cases?: unknown }).cases) ? (value as { cases: RuleTestCase[] }).cases : undefined;
      return cases ? [{ file, cases }] : [];
    });
}

/** Add a case to the part's test file (`tests/<part>.json`), creating the file when the part has none. */
export function addTestCase(builder: ChangeBuilder, pkg: FormPackage, partId: string, testCase: RuleTestCase): string {
  const file = `${testsFolder(pkg)}/${partId}.json`;
  let exists = true;
  try {
    builder.text(file);
  } catch {
    exists = false;
  }
  if (exists) builder.insert(file, ["cases"], -1, testCase);
  else builder.create(file, jsonFileText({ $schema: TESTS_SCHEMA, cases: [testCase] }));
  return file;
}

/** Submission data with `value` at the data pointer `pointer` of part `partId` (`/brands/x/items` → nested objects). */
export function dataAt(partId: string, pointer: string, value: unknown): Record<string, unknown> {
  const keys = parsePointer(pointer);
  let nested: unknown = value;
  for (const key of keys.reverse()) nested = { [key]: nested };
  return { [partId]: nested };
}

/**
 * Write into the test files the new expectations of the cases that the changed points make fail,
 * limited to what the change concerns: the named criteria, part subtotals and totals.
 */
export function updateExpectations(builder: ChangeBuilder, texts: FormTexts, pkg: FormPackage, criteria: readonly string[]): void {
  const report = runRuleTests(pkg, testSources(texts, pkg));
  const concerned = (keys: readonly string[]): boolean =>
    (keys[0] === "criteria" && criteria.includes(keys[1] ?? "")) || keys[0] === "parts" || keys[0] === "total";
  for (const update of planUpdates(report).updates) {
    for (const change of update.changes) {
      if (concerned(change.keys)) builder.set(update.file, ["cases", update.index, "expect", ...change.keys], change.to);
    }
  }
}

/**
 * The submission of a case expected to score `points` on `criterion`, copied (from the part's own
 * test file first: its cases hold that part's data only, not a whole sample), or an empty one when
 * no case does.
 */
export function submissionScoring(texts: FormTexts, pkg: FormPackage, partId: string, criterion: string, points: number): RuleTestCase["submission"] {
  const own = `${testsFolder(pkg)}/${partId}.json`;
  const found = testSources(texts, pkg)
    .sort((a, b) => Number(b.file === own) - Number(a.file === own))
    .flatMap((source) => source.cases)
    .find((c) => c.expect.criteria?.[criterion]?.computed === points);
  return found ? structuredClone(found.submission) : { data: {} };
}
