/** Results of running a form's rule test cases. */
import type { RuleTestCase } from "@cluster-form/schema";

/** Test cases and the file they come from (relative to the form folder), when they come from one. */
export interface RuleTestSource {
  readonly file?: string;
  readonly cases: readonly RuleTestCase[];
}

/** One expected value that the evaluation did not give. */
export interface Mismatch {
  /** Where in `expect` (`criteria.t3.plan.self`, `findings[0]`). */
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
  /** Why, when it is not a plain inequality. */
  readonly reason?: "notFound" | "unknownCriterion" | "unknownPart" | "unknownColumn";
}

export interface RuleTestCaseResult {
  readonly file?: string;
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
}
