/** Results of running a form's rule test cases. */
import type { LocalizedMessage, RuleTestCase } from "@cluster-form/schema";
import type { RuleCoverage } from "./coverage.js";

/** Test cases and the file they come from (relative to the form folder), when they come from one. */
export interface RuleTestSource {
  readonly file?: string;
  readonly cases: readonly RuleTestCase[];
}

/** One expected value that the evaluation did not give. */
export interface Mismatch {
  /** Where in `expect` (`criteria.t3.plan.self`, `findings[0]`). */
  readonly path: string;
  /** What the path is about in the form's words (part › criterion · score column), when the form has them. */
  readonly subject?: LocalizedMessage;
  readonly expected: unknown;
  readonly actual: unknown;
  /** Why, when it is not a plain inequality. */
  readonly reason?: "notFound" | "unknownCriterion" | "unknownPart" | "unknownColumn";
  /** The expectation that would pass: keys inside the case's `expect` and the value the evaluation gave. */
  readonly proposal?: { readonly keys: readonly string[]; readonly value: unknown };
}

export interface RuleTestCaseResult {
  readonly file?: string;
  /** The case's place in its file's `cases`. */
  readonly index?: number;
  readonly name: string;
  readonly passed: boolean;
  readonly mismatches: readonly Mismatch[];
  /** The evaluation threw: a bug in the evaluator, reported as a failed case. */
  readonly error?: string;
}

export interface RuleTestReport {
  readonly form: { readonly id: string; readonly version: string };
  readonly cases: readonly RuleTestCaseResult[];
  readonly passed: number;
  readonly failed: number;
  /** Criteria and branches no case covers; left out when only some cases ran (`filter`). */
  readonly coverage?: RuleCoverage;
}
