/** The rule test runner (browser-safe part; loading test files from disk is in ./load.ts, exported from ../node.ts). */
export { runRuleTests, runRuleCase, completeSubmission, type RuleTestInput, type RunRuleTestsOptions } from "./runner.js";
export { compareExpectation, sameValue, WHOLE_FORM } from "./compare.js";
export { formatTestReport, show as showTestValue, summaryLine } from "./format.js";
export { ruleTestsText, type RuleTestsCatalog } from "./messages.js";
export type { Mismatch, RuleTestCaseResult, RuleTestReport, RuleTestSource } from "./types.js";
export { planUpdates, applyUpdates, type ExpectationChange, type ExpectationUpdate, type UpdatePlan } from "./update.js";
export type { RuleCoverage, UncoveredBranch, UncoveredCriterion, CriterionName } from "./coverage.js";
