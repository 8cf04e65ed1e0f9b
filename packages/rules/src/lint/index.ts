/**
 * `lintForm`: everything that can be found wrong in a form before anyone fills it. The definition
 * checks of @cluster-form/schema come first, then the rule checks of ./checks, so that `lint` is the
 * one command policy staff run.
 */
import { checkDefinition, locate, ruleSites, type DefinitionFinding, type FormPackage } from "@cluster-form/schema";
import { createAnalyzer } from "./analyzer.js";
import { lintChecks } from "./checks/index.js";
import type { LintCheckDefinition, LintReport } from "./types.js";

export interface LintOptions {
  /** Run only these checks (by name); default all. */
  readonly checks?: readonly LintCheckDefinition[];
  /** Leave out the schema package's definition checks (when the caller has run them). */
  readonly skipDefinition?: boolean;
  /** The form this one was made from (last year's): a points sum that no longer adds up is reported at what changed since. */
  readonly base?: FormPackage;
}

export function lintForm(pkg: FormPackage, options: LintOptions = {}): DefinitionFinding[] {
  const definition = options.skipDefinition ? [] : checkDefinition(pkg);
  const sites = ruleSites(pkg);
  const analyzer = createAnalyzer(pkg, sites);
  const reports: LintReport[] = [];
  const seen = new Set<string>();
  const context = {
    pkg,
    sites,
    analyzer,
    base: options.base,
    report(finding: LintReport): void {
      const key = `${finding.code}\n${finding.file}\n${finding.pointer}`;
      if (seen.has(key)) return;
      seen.add(key);
      reports.push(finding);
    },
  };
  for (const check of options.checks ?? lintChecks) check.run(context);
  const located: DefinitionFinding[] = reports.map((r) => ({
    code: r.code,
    severity: r.severity,
    location: locate(pkg, r.file, r.pointer),
    message: r.message,
  }));
  located.sort(
    (a, b) =>
      a.location.file.localeCompare(b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column,
  );
  return [...definition, ...located];
}

export { lintChecks } from "./checks/index.js";
export { amountScale, numbersInText, sameQuantity, type TextNumber, type QuantityKind } from "./numbers-in-text.js";
export type { LintCheckDefinition, LintContext, LintReport, RuleSite } from "./types.js";
export type { LintMessageKey } from "./messages.js";
