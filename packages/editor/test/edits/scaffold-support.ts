/** Running what the officer runs after a scaffold: lint, the rule tests, diff against the original. */
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
  await writeChanges(folder, result);
  const texts = await readFormTexts(folder);
  const pkg = await loadForm(texts, folder);
  return { pkg, texts, lint: lintForm(pkg), tests: runRuleTests(pkg, testSources(texts, pkg)), diff: diffForms(original, pkg) };
}

export const failures = (report: RuleTestReport): string[] => report.cases.filter((c) => !c.passed).map((c) => `${c.file} ${c.name}: ${JSON.stringify(c.mismatches)}`);
export const problems = (findings: readonly DefinitionFinding[]): string[] =>
  findings.filter((f) => f.severity !== "info").map((f) => `${f.location.file}${f.location.pointer} ${f.code} ${f.message.en}`);
