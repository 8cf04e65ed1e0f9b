/** The safe JSON-Logic layer. */
export { applyPrepared, applyRule, prepareRule, RuleError, type PreparedRule } from "./apply-rule.js";
export { analyseRule, checkRule } from "./check-rule.js";
export { allowedOperationNames, isAllowedOperation, REFUSED_OPERATIONS, SCOPING_OPERATIONS, STANDARD_OPERATIONS } from "./allow-list.js";
export { truthy } from "./truthy.js";
export { DEFAULT_LIMITS, resolveLimits } from "./limits.js";
export { MAX_VALUE_NODES, snapshotValue, toPlainJson, toSafeData, type KeptCopies, type SafeData } from "./safe-data.js";
export { dottedPathSegments, forgetWrittenSizes, isRootPath, readPath, readSegments } from "./safe-var.js";
export type { Compiled, RuleAnalysis, RuleErrorCode, RuleProblem, RuleProblemCode } from "./types.js";
