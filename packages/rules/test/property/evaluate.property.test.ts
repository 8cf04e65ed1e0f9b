// Property tests: arbitrary submissions and generated rule trees never crash the evaluator,
// every score stays finite and within its criterion's range, and nothing global changes.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyRule, createEvaluator, RuleError, type EvaluationResult } from "../../src/index.js";
import { loadFixture, withRules } from "../fixtures/load.js";
import { completeSubmission } from "../fixtures/mini-submissions.js";
import { anySubmission, ruleTree } from "./arbitraries.js";

const pkg = loadFixture("mini-form");

const snapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
  number: Object.getOwnPropertyNames(Number.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
  globals: Object.getOwnPropertyNames(globalThis).sort(),
});

/** Every score finite and within its criterion's points and range; totals within their caps. */
function expectScoresInRange(result: EvaluationResult): void {
  for (const criterion of result.criteria) {
    expect(criterion.computed === null || (Number.isFinite(criterion.computed) && criterion.computed >= 0 && criterion.computed <= criterion.points)).toBe(true);
    for (const cell of Object.values(criterion.scores)) {
      if (cell.value === null) continue;
      expect(Number.isFinite(cell.value)).toBe(true);
      expect(cell.value).toBeGreaterThanOrEqual(criterion.range?.min ?? 0);
      expect(cell.value).toBeLessThanOrEqual(criterion.range?.max ?? criterion.points);
    }
  }
  for (const part of result.parts) {
    for (const column of Object.values(part.columns)) {
      if (column.value !== null) expect(column.value >= 0 && column.value <= part.points).toBe(true);
    }
  }
  for (const column of Object.values(result.total)) {
    if (column.value !== null) expect(column.value >= 0 && column.value <= result.maxTotal).toBe(true);
  }
  expect(Number.isInteger(result.completeness.percent) && result.completeness.percent >= 0 && result.completeness.percent <= 100).toBe(true);
  expect(JSON.parse(JSON.stringify(result))).toEqual(result);
}

describe("properties", () => {
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => (before = snapshot()));
  afterAll(() => expect(snapshot()).toEqual(before));

  it("evaluates arbitrary JSON as a submission without crashing, scores in range", () => {
    const evaluator = createEvaluator(pkg);
    fc.assert(
      fc.property(anySubmission, (submission) => {
        for (const mode of ["draft", "final"] as const) expectScoresInRange(evaluator.evaluate(submission, { mode }));
      }),
      { numRuns: 300 },
    );
  });

  it("applies generated rule trees with a value or a RuleError, never another exception", () => {
    fc.assert(
      fc.property(ruleTree, fc.jsonValue(), (rule, data) => {
        try {
          applyRule(rule, data);
        } catch (error) {
          expect(error).toBeInstanceOf(RuleError);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it("evaluates forms whose rules are generated trees without crashing, scores in range", () => {
    const noValidation = { validator: { validate: () => [] } };
    fc.assert(
      fc.property(ruleTree, ruleTree, ruleTree, anySubmission, (when, logic, computed, submission) => {
        const generated = withRules(pkg, "tA", (rules) => ({
          ...rules,
          computed: [...(rules.computed ?? []), { id: "tA.generated", label: "g", logic: computed }],
          checks: [{ id: "g", field: "/cncRate", severity: "warning", assert: when, message: { zh: "z", en: "e" } }],
          criteria: (rules.criteria ?? []).map((c) =>
            c.id === "a.digital" ? { ...c, branches: [{ when, logic, text: "g" }, { when: logic, judgement: { min: 1, max: 4 }, text: "j" }, ...c.branches] } : c,
          ),
        }));
        const evaluator = createEvaluator(generated, noValidation);
        expectScoresInRange(evaluator.evaluate(submission));
        expectScoresInRange(evaluator.evaluate(completeSubmission));
      }),
      { numRuns: 300 },
    );
  });
});
