/** Node-only entry point of @cluster-form/rules: reading rule tests from disk and copying a form for a new year (with the summary of what moved). */
export * from "./index.js";
export { loadRuleTests, checkRuleTestFile } from "./testing/load.js";
export { newYear, nextId, nextVersion, NewYearError, type NewYearChange, type NewYearErrorCode, type NewYearResult } from "./newyear/index.js";
export type { YearMention } from "./newyear/review.js";
export { caseNames, summariseNewYear, type MovedCase, type NewYearSummary } from "./newyear/summary.js";
