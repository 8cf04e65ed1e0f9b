/** The headless evaluator. */
export { createEvaluatorWith, type Evaluator, type EvaluatorOptions } from "./evaluator.js";
export { createEvaluator, evaluateSubmission } from "./create.js";
