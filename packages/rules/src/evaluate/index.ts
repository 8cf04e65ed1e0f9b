/** The headless evaluator. */
export { createEvaluator, evaluateSubmission, type Evaluator, type EvaluatorOptions } from "./evaluator.js";
