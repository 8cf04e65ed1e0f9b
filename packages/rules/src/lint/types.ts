/** The shapes shared by the static rule checks (one module per check, gathered in ./index.ts). */
import type { DefinitionFinding, FormPackage, LocalizedMessage, RuleSite, Severity } from "@cluster-form/schema";
import type { RuleAnalyzer } from "./analyzer.js";
import type { LintMessageKey } from "./messages.js";

/** Where in the form a rule sits: the form model's rule sites. */
export type { RuleSite, RuleSiteKind } from "@cluster-form/schema";

/** A finding before it is located in its file. */
export interface LintReport {
  readonly code: LintMessageKey;
  readonly severity: Severity;
  /** File path relative to the form folder. */
  readonly file: string;
  /** JSON pointer inside that file. */
  readonly pointer: string;
  readonly message: LocalizedMessage;
}

/** What every check receives: the package, its rule sites, a shared analyzer, and a way to report. */
export interface LintContext {
  readonly pkg: FormPackage;
  readonly sites: readonly RuleSite[];
  readonly analyzer: RuleAnalyzer;
  /** The form this one was made from (last year's), when known: findings then name what changed. */
  readonly base?: FormPackage;
  report(finding: LintReport): void;
}

/** One static check: a code family and the function that runs it. */
export interface LintCheckDefinition {
  /** Short name shown in docs (`var-paths`). */
  readonly name: string;
  /** The finding codes it can emit. */
  readonly codes: readonly LintMessageKey[];
  run(context: LintContext): void;
}

export type { DefinitionFinding };
