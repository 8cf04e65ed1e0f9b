// Invalid values earn nothing, and in a `review` score column a rule-computed score is the rule's
// number with status pending until the scorer confirms it or overrides it with a reason (criteria
// with `override`); totals count pending scores and say how many.
import type { FormPackage } from "@cluster-form/schema";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFixture } from "../fixtures/load.js";
import { completeSubmission } from "../fixtures/mini-submissions.js";
import { copy, criterion, findingsWith } from "./helpers.js";

const plain = loadFixture("mini-form");

/** The mini form with its expert column under review and `a.digital` open to an override. */
const reviewed: FormPackage = {
  ...plain,
  manifest: { ...plain.manifest, scoreColumns: plain.manifest.scoreColumns.map((c) => (c.id === "expert" ? { ...c, review: true } : c)) },
  parts: plain.parts.map((part) =>
    part.rules?.criteria
      ? { ...part, rules: { ...part.rules, criteria: part.rules.criteria.map((c) => (c.id === "a.digital" ? { ...c, override: true } : c)) } }
      : part,
  ),
};

describe("a value that fails its schema", () => {
  const submission = copy(completeSubmission);
  submission.data.tA.rdToolsRate = 150;
  const result = createEvaluator(plain).evaluate(submission);

  it("earns nothing: read as blank by the rules, the other branches still count", () => {
    // 45% earned 1 of a.digital's 3; 150% (maximum 100) earns nothing, cncRate's 2 stay.
    expect(criterion(result, "a.digital").computed).toBe(2);
    expect(criterion(result, "a.digital").scores.self).toEqual({ value: 2, status: "computed" });
  });

  it("is named by the criterion, in its result and in its explanation's summary", () => {
    expect(criterion(result, "a.digital").invalidInputs).toEqual([{ pointer: "/data/tA/rdToolsRate", label: "数字化研发设计工具普及率" }]);
    expect(criterion(result, "a.digital").explanation.summary.zh).toContain("无效数据不得分：数字化研发设计工具普及率");
    expect(criterion(result, "a.digital").explanation.summary.en).toContain("Invalid values earn nothing");
    expect(criterion(result, "b.organisations").invalidInputs).toBeUndefined();
  });

  it("is reported once, and the totals say how many criteria went without an invalid value", () => {
    expect(findingsWith(result, "data-maximum")).toMatchObject([{ pointer: "/data/tA/rdToolsRate" }]);
    expect(result.parts.find((p) => p.part === "tA")?.columns.self).toMatchObject({ invalidInputs: 1 });
    expect(result.total.self).toMatchObject({ invalidInputs: 1 });
  });

  it("is seen by an incremental evaluator when a blank becomes invalid, though both read as blank", () => {
    const evaluator = createEvaluator(plain, { incremental: true });
    const blank = copy(completeSubmission);
    delete blank.data.tA.rdToolsRate;
    expect(criterion(evaluator.evaluate(blank), "a.digital").invalidInputs).toBeUndefined();
    const invalid = { ...blank, data: { ...blank.data, tA: { ...blank.data.tA, rdToolsRate: 150 } } };
    expect(criterion(evaluator.evaluate(invalid), "a.digital").invalidInputs).toHaveLength(1);
  });
});

describe("a review column", () => {
  const evaluator = createEvaluator(reviewed);

  it("keeps the rule's score, pending, until the scorer acts, and its total counts it and says how many", () => {
    const result = evaluator.evaluate(completeSubmission);
    expect(criterion(result, "a.digital").scores).toEqual({ self: { value: 3, status: "computed" }, expert: { value: 3, status: "pending" } });
    const tA = result.parts.find((p) => p.part === "tA")?.columns.expert;
    // a.platform's typed 1.5 and a.digital's proposed 3: a total, but not a reviewed one.
    expect(tA).toMatchObject({ value: 4.5, pending: 1, missing: 0 });
    expect(result.total.expert?.pending).toBeGreaterThanOrEqual(1);
    expect(findingsWith(result, "score.ignored")).toEqual([]);
  });

  it("counts a confirmed score (the computed one entered)", () => {
    const submission = copy(completeSubmission);
    submission.scores["a.digital"] = { expert: 3 };
    expect(criterion(evaluator.evaluate(submission), "a.digital").scores.expert).toEqual({ value: 3, status: "confirmed", entered: 3 });
  });

  it("counts an override with its written reason, in the cell", () => {
    const submission = { ...copy(completeSubmission), reasons: { "a.digital": { expert: " 宽带数据未经核实 " } } };
    submission.scores["a.digital"] = { expert: 1 };
    const result = evaluator.evaluate(submission);
    expect(criterion(result, "a.digital").scores.expert).toEqual({ value: 1, status: "overridden", entered: 1, reason: "宽带数据未经核实" });
    expect(result.findings).toEqual([]);
  });

  it("refuses an override without a reason, beyond the points, or where the criterion allows none: still pending, with an error", () => {
    const noReason = copy(completeSubmission);
    noReason.scores["a.digital"] = { expert: 1 };
    expect(criterion(evaluator.evaluate(noReason), "a.digital").scores.expert).toEqual({ value: 3, status: "pending", entered: 1 });
    expect(findingsWith(evaluator.evaluate(noReason), "score.overrideNoReason")).toMatchObject([{ pointer: "/scores/a.digital/expert" }]);
    // Its total counts the rule's score and says it is not reviewed.
    expect(evaluator.evaluate(noReason).parts.find((p) => p.part === "tA")?.columns.expert).toMatchObject({ value: 4.5, invalid: 0, pending: 1 });

    const tooHigh = { ...copy(completeSubmission), reasons: { "a.digital": { expert: "理由" } } };
    tooHigh.scores["a.digital"] = { expert: 6 };
    expect(findingsWith(evaluator.evaluate(tooHigh), "score.overrideOutOfRange")).toHaveLength(1);
    expect(criterion(evaluator.evaluate(tooHigh), "a.digital").scores.expert).toMatchObject({ value: 3, status: "pending" });

    const notAllowed = { ...copy(completeSubmission), reasons: { "b.organisations": { expert: "理由" } } };
    notAllowed.scores["b.organisations"] = { expert: 1 };
    const result = evaluator.evaluate(notAllowed);
    expect(criterion(result, "b.organisations").scores.expert).toMatchObject({ status: "pending", entered: 1 });
    expect(criterion(result, "b.organisations").scores.expert?.value).toBe(criterion(result, "b.organisations").computed);
    expect(findingsWith(result, "score.reviewMismatch")).toHaveLength(1);
  });

  it("leaves a column without review as it was: the rule's score counts at once", () => {
    const result = createEvaluator(plain).evaluate(completeSubmission);
    expect(criterion(result, "a.digital").scores.expert).toEqual({ value: 3, status: "computed" });
    expect(result.total.expert).toMatchObject({ pending: 0 });
  });
});
