/** `runRuleTests`: scores each test case's submission with the form's evaluator and checks the expected outcome. */
import type { FormPackage, RuleTestCase } from "@cluster-form/schema";
import { createEvaluator, type Evaluator } from "../evaluate/index.js";
import { compareExpectation } from "./compare.js";
import { CoverageRecorder } from "./coverage.js";
import { expectationSubject } from "./subject.js";
import type { RuleTestCaseResult, RuleTestReport, RuleTestSource } from "./types.js";

export type RuleTestInput = RuleTestSource | readonly RuleTestSource[] | readonly RuleTestCase[];

export interface RunRuleTestsOptions {
  /** Run only the cases whose name contains this text. */
  readonly filter?: string;
  /** Reuse an evaluator (e.g. one per form across several runs). */
  readonly evaluator?: Evaluator;
}

const isSource = (value: unknown): value is RuleTestSource =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Array.isArray((value as { cases?: unknown }).cases);

function sourcesOf(input: RuleTestInput): readonly RuleTestSource[] {
  if (isSource(input)) return [input];
  const list = input as readonly unknown[];
  if (list.every(isSource)) return list as readonly RuleTestSource[];
  return [{ cases: list as readonly RuleTestCase[] }];
}

/** A partial submission made whole: the form's id and version filled in, data defaulted to empty. */
export function completeSubmission(pkg: FormPackage, submission: RuleTestCase["submission"] | undefined): Record<string, unknown> {
  const given: Record<string, unknown> = typeof submission === "object" && submission !== null ? { ...submission } : {};
  return {
    ...given,
    form: given.form ?? { id: pkg.manifest.id, version: pkg.manifest.version },
    data: given.data ?? {},
  };
}

/** `index`: the case's place in its file, so that `test --update` can edit it; `recorder` collects coverage. */
export function runRuleCase(
  pkg: FormPackage,
  evaluator: Evaluator,
  testCase: RuleTestCase,
  file?: string,
  where: { readonly index?: number; readonly recorder?: CoverageRecorder } = {},
): RuleTestCaseResult {
  const name = typeof testCase.name === "string" ? testCase.name : "";
  const index = where.index;
  try {
    const result = evaluator.evaluate(completeSubmission(pkg, testCase.submission));
    where.recorder?.record(testCase, result);
    const mismatches = compareExpectation(testCase.expect ?? {}, result).map((mismatch) => {
      const subject = expectationSubject(pkg, result, mismatch.path);
      return subject === undefined ? mismatch : { ...mismatch, subject };
    });
    return { file, ...(index === undefined ? {} : { index }), name, passed: mismatches.length === 0, mismatches };
  } catch (error) {
    return { file, ...(index === undefined ? {} : { index }), name, passed: false, mismatches: [], error: error instanceof Error ? error.message : String(error) };
  }
}

export function runRuleTests(pkg: FormPackage, input: RuleTestInput, options: RunRuleTestsOptions = {}): RuleTestReport {
  const evaluator = options.evaluator ?? createEvaluator(pkg);
  const cases: RuleTestCaseResult[] = [];
  // With a filter only some cases run, and what they leave uncovered says nothing about the form's tests.
  const recorder = options.filter ? undefined : new CoverageRecorder();
  for (const source of sourcesOf(input)) {
    source.cases.forEach((testCase, index) => {
      if (options.filter && !String(testCase.name).includes(options.filter)) return;
      cases.push(runRuleCase(pkg, evaluator, testCase, source.file, { index, recorder }));
    });
  }
  const passed = cases.filter((c) => c.passed).length;
  const report = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, cases, passed, failed: cases.length - passed };
  return recorder ? { ...report, coverage: recorder.coverage(pkg) } : report;
}
