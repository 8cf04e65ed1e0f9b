/** Running what the officer runs after a scaffold: lint, the rule tests, diff against the original. */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { applyEdits } from "jsonc-parser";
import { expect } from "vitest";
import { diffForms, lintForm, runRuleTests, type FormDiff, type RuleTestReport } from "@cluster-form/rules";
import type { DefinitionFinding, FormPackage } from "@cluster-form/schema";
import { loadForm } from "../../src/edits/form.js";
import { testSources } from "../../src/edits/scaffolds/tests.js";
import type { EditResult, FormTexts } from "../../src/edits/types.js";
import { readFormTexts, writeChanges } from "../../src/edits-node.js";

export interface Checked {
  readonly pkg: FormPackage;
  readonly texts: FormTexts;
  readonly lint: readonly DefinitionFinding[];
  readonly tests: RuleTestReport;
  readonly diff: FormDiff;
}

/** Write the change to the copy on disk, read the folder back, and run lint, test and diff on it. */
export async function writeAndCheck(folder: string, original: FormPackage, result: EditResult): Promise<Checked> {
  for (const change of result.changes) {
    // The edits are what the operation did, and their inverse undoes it.
    expect(applyEdits(change.before ?? "", [...change.edits])).toBe(change.after);
    if (change.before !== undefined) expect(applyEdits(change.after, [...change.inverse])).toBe(change.before);
    // Every $comment of the file is still there, word for word.
    for (const line of (change.before ?? "").split("\n").filter((l) => l.includes('"$comment"'))) expect(change.after).toContain(line.trim());
  }
  await writeChanges(folder, result);
  const texts = await readFormTexts(folder);
  const pkg = await loadForm(texts, folder);
  return { pkg, texts, lint: lintForm(pkg), tests: runRuleTests(pkg, testSources(texts, pkg)), diff: diffForms(original, pkg) };
}

export const failures = (report: RuleTestReport): string[] => report.cases.filter((c) => !c.passed).map((c) => `${c.file} ${c.name}: ${JSON.stringify(c.mismatches)}`);
export const problems = (findings: readonly DefinitionFinding[]): string[] =>
  findings.filter((f) => f.severity !== "info").map((f) => `${f.location.file}${f.location.pointer} ${f.code} ${f.message.en}`);

/** The stub case filled in as the officer would: a name for every listed item. */
export async function fillStub(folder: string, file: string, name: string, fill: (item: Record<string, unknown>, i: number) => void): Promise<void> {
  const path = join(folder, file);
  const tests = JSON.parse(await readFile(path, "utf8")) as { cases: { name: string; submission: { data: Record<string, unknown> } }[] };
  const stub = tests.cases.find((c) => c.name === name);
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach((item, i) => (typeof item === "object" && item !== null ? fill(item as Record<string, unknown>, i) : undefined));
    else if (typeof node === "object" && node !== null) Object.values(node).forEach(walk);
  };
  walk(stub?.submission.data);
  await writeFile(path, `${JSON.stringify(tests, null, 2)}\n`);
}


interface TestFile {
  cases: { name: string; submission: unknown; expect: { criteria?: Record<string, { computed?: unknown }> } }[];
}

/** The stub filled with the submission of an existing case in which `criterion` scores `points`. */
export async function fillStubFromCase(folder: string, texts: Readonly<Record<string, string>>, stubFile: string, stubName: string, criterion: string, points: number): Promise<void> {
  const source = Object.entries(texts)
    .filter(([file]) => file.startsWith("tests/"))
    .flatMap(([, text]) => (JSON.parse(text) as TestFile).cases)
    .find((c) => c.expect.criteria?.[criterion]?.computed === points);
  const path = join(folder, stubFile);
  const tests = JSON.parse(await readFile(path, "utf8")) as TestFile;
  const stub = tests.cases.find((c) => c.name === stubName);
  if (!stub || !source) throw new Error(`no stub ${stubName} or no case scoring ${criterion} ${points}`);
  stub.submission = source.submission;
  await writeFile(path, `${JSON.stringify(tests, null, 2)}\n`);
}

/** Files, edits and characters of an operation, for the report's figures. */
export function editSizes(result: EditResult): { files: number; edits: number; inserted: number; removed: number } {
  const edits = result.changes.flatMap((c) => c.edits);
  return { files: result.changes.length, edits: edits.length, inserted: edits.reduce((n, e) => n + e.content.length, 0), removed: edits.reduce((n, e) => n + e.length, 0) };
}
