/** `createEvaluator`: the evaluator validating with the caller's validator, else compiling the form's schemas with Ajv. */
import type { FormPackage } from "@cluster-form/schema";
import type { EvaluateOptions, EvaluationResult } from "../types.js";
import { createEvaluatorWith, type Evaluator, type EvaluatorOptions } from "./evaluator.js";
import { defaultValidator } from "./validation.js";

export function createEvaluator(pkg: FormPackage, options: EvaluatorOptions = {}): Evaluator {
  return createEvaluatorWith(pkg, options.validator ?? defaultValidator(pkg, options.incremental === true), options);
}

/** One-shot form of `createEvaluator(pkg).evaluate(submission, options)`. */
export function evaluateSubmission(pkg: FormPackage, submission: unknown, options?: EvaluateOptions & EvaluatorOptions): EvaluationResult {
  return createEvaluator(pkg, options).evaluate(submission, options);
}
