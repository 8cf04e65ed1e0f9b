/** A test report as text: each case with ✓ or ✗, what differed, and the closing `N passed, N failed`. */
import type { Lang } from "@cluster-form/schema";
import { ruleTestsCatalogs } from "./messages.js";
import type { RuleCoverage } from "./coverage.js";
import type { Mismatch, RuleTestReport } from "./types.js";

/** A value of an expectation or a result, as the report shows it. */
export const showTestValue = (value: unknown): string => (value === undefined ? "-" : JSON.stringify(value));

function describeMismatch(mismatch: Mismatch, lang: Lang): string {
  const text = ruleTestsCatalogs[lang];
  const id = mismatch.path.split(".").slice(1).join(".");
  switch (mismatch.reason) {
    case "unknownCriterion":
      return text.unknownCriterion(id);
    case "unknownPart":
      return text.unknownPart(id);
    case "unknownColumn":
      return text.unknownColumn(mismatch.path.split(".").pop() ?? "");
    case "notFound":
      return text.notFound(showTestValue(mismatch.expected), showTestValue(mismatch.actual));
    default:
      return text.expectedGot(showTestValue(mismatch.expected), showTestValue(mismatch.actual));
  }
}

function coverageLines(coverage: RuleCoverage, lang: Lang): string[] {
  const text = ruleTestsCatalogs[lang].coverage;
  const uncoveredBranches = coverage.uncoveredBranches.length + coverage.uncoveredCriteria.reduce((n, c) => n + c.branches, 0);
  const lines = [text.covered(coverage.criteria - coverage.uncoveredCriteria.length, coverage.criteria, coverage.branches - uncoveredBranches, coverage.branches)];
  if (coverage.uncoveredCriteria.length > 0) {
    lines.push(text.uncoveredCriteria, ...coverage.uncoveredCriteria.map((c) => `  ${text.criterion(c.id, c.label)}`));
  }
  if (coverage.uncoveredBranches.length > 0) {
    lines.push(text.uncoveredBranches, ...coverage.uncoveredBranches.map((b) => `  ${text.branch(b.id, b.label, b.branch, b.text)}`));
  }
  return lines;
}

/** The closing line, the same in every language so scripts can read it. */
export const summaryLine = (report: Pick<RuleTestReport, "passed" | "failed">): string => `${report.passed} passed, ${report.failed} failed`;

export function formatTestReport(report: RuleTestReport, lang: Lang = "zh"): string {
  const text = ruleTestsCatalogs[lang];
  const lines: string[] = [];
  let file: string | undefined;
  for (const result of report.cases) {
    if (result.file !== file) {
      file = result.file;
      if (file !== undefined) lines.push(file);
    }
    lines.push(`  ${result.passed ? text.pass : text.fail} ${result.name}`);
    if (result.error !== undefined) lines.push(`      ${text.crashed(result.error)}`);
    for (const mismatch of result.mismatches) lines.push(`      ${mismatch.path}: ${describeMismatch(mismatch, lang)}`);
  }
  if (report.coverage && report.coverage.criteria > 0) lines.push(...coverageLines(report.coverage, lang));
  lines.push(summaryLine(report));
  return lines.join("\n") + "\n";
}
