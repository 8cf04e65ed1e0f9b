/**
 * @cluster-form/rules: the headless evaluator of cluster-form rules. Browser-safe: no Node
 * built-ins here (those are in ./node.ts).
 */
export * from "./types.js";
export {
  allowedOperationNames,
  analyseRule,
  applyPrepared,
  applyRule,
  checkRule,
  DEFAULT_LIMITS,
  isAllowedOperation,
  prepareRule,
  REFUSED_OPERATIONS,
  RuleError,
  SCOPING_OPERATIONS,
  STANDARD_OPERATIONS,
  toPlainJson,
  toSafeData,
  truthy,
  type PreparedRule,
  type RuleAnalysis,
  type RuleErrorCode,
  type RuleProblem,
  type RuleProblemCode,
} from "./logic/index.js";
export {
  operationDefinition,
  operationDefinitions,
  operations,
  type ArgumentKinds,
  type ArgumentSignature,
  type OperationDef,
  type OperationDocs,
  type OperationExample,
  type ResultType,
  type Scoping,
  type ValueType,
} from "./ops/index.js";
export { createEvaluator, createEvaluatorWith, evaluateSubmission, type Evaluator, type EvaluatorOptions } from "./evaluate/index.js";
export { lintForm, lintChecks, amountScale, numbersInText, sameQuantity, type TextNumber, type QuantityKind, type LintCheckDefinition, type LintContext, type LintMessageKey, type LintReport, type RuleSite } from "./lint/index.js";
export { scoringTextWords } from "./locales/scoring-text.zh.js";
export { describeChange, diffForms, formatDiff, type FormChange, type FormChangeKind, type FormDiff, type FormIdentity, type RuleOwner } from "./diff/index.js";
export * from "./testing/index.js";
