/** English strings of the rule test runner. */
import type { RuleTestsCatalog } from "./rule-tests.catalog.js";

export const ruleTestsEn: RuleTestsCatalog = {
  pass: "✓",
  fail: "✗",
  expectedGot: (expected, actual) => `expected ${expected}, got ${actual}`,
  notFound: (expected, actual) => `expected ${expected}, not found among ${actual}`,
  unknownCriterion: (id) => `the form has no criterion "${id}"`,
  unknownPart: (id) => `the form has no part "${id}"`,
  unknownColumn: (id) => `the form has no score column "${id}"`,
  crashed: (detail) => `the evaluation failed: ${detail}`,
  subject: { ruleScore: "score by the rules", total: "total", completeness: "completeness", vetoed: "one-vote veto", notApplicable: "entries that do not apply", findings: "findings" },
  coverage: {
    covered: (c, oc, b, ob) => `Covered by the cases: ${c}/${oc} criteria, ${b}/${ob} branches.`,
    uncoveredCriteria: "Criteria no case covers (no case expects anything of them):",
    uncoveredBranches: "Branches no case covers (they never held in a case that expects something of their criterion):",
    criterion: (id, label) => `${id} "${label}"`,
    branch: (id, label, n, text) => `${id} "${label}" branch ${n}: ${text}`,
  },
  file: {
    notAnObject: "A rule test file must be a JSON object with a \"cases\" list.",
    noCases: "\"cases\" must be a list of test cases.",
    caseNotAnObject: "A test case must be an object with \"name\", \"submission\" and \"expect\".",
    missingKey: (key) => `The test case has no "${key}".`,
    unknownExpectKey: (key, known) => `"${key}" is not something a test case can expect (one of: ${known}). A misspelt key would check nothing.`,
    notText: (key) => `"${key}" must be a text.`,
  },
};
