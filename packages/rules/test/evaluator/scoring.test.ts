// The evaluator on the mini fixture form: computed values, statuses, totals, explanations.
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFixture } from "../fixtures/load.js";
import { completeSubmission } from "../fixtures/mini-submissions.js";
import { copy, criterion, findingsWith, isPlainJsonTree } from "./helpers.js";

const pkg = loadFixture("mini-form");
const evaluator = createEvaluator(pkg);

describe("a complete submission", () => {
  const result = evaluator.evaluate(completeSubmission);

  it("is valid and names its form", () => {
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.form).toEqual({ id: "fixture-mini", version: "2020.0.1" });
    expect(result.maxTotal).toBe(30);
  });

  it("works out computed values in dependency order, reported in definition order", () => {
    expect(Object.keys(result.computed)).toEqual(["tA.highGrowth", "tA.salesGrowth", "tB.operatingCount"]);
    expect(result.computed["tA.salesGrowth"]).toEqual({ value: 15, label: "主营业务收入增长率", unit: "%" });
    expect(result.computed["tA.highGrowth"]?.value).toBe(true);
    expect(result.computed["tB.operatingCount"]?.value).toBe(2);
  });

  it("scores a mechanical sum criterion in every column", () => {
    const digital = criterion(result, "a.digital");
    expect(digital.computed).toBe(3);
    expect(digital.branch).toBeNull();
    expect(digital.range).toBeNull();
    expect(digital.scores).toEqual({ self: { value: 3, status: "computed" }, expert: { value: 3, status: "computed" } });
  });

  it("takes typed scores of a judgement within its range", () => {
    const platform = criterion(result, "a.platform");
    expect(platform.computed).toBeNull();
    expect(platform.branch).toBe(1);
    expect(platform.range).toEqual({ min: 0, max: 2 });
    expect(platform.scores.self).toEqual({ value: 2, status: "entered", entered: 2 });
    expect(platform.scores.expert).toEqual({ value: 1.5, status: "entered", entered: 1.5 });
  });

  it("computes points from logic and from computed values", () => {
    expect(criterion(result, "b.organisations").computed).toBe(6);
    expect(criterion(result, "b.operating").computed).toBe(4);
  });

  it("adds part subtotals and totals per column", () => {
    expect(result.parts).toEqual([
      { part: "tA", title: "表A 智慧集群", points: 10, columns: { self: { value: 5, missing: 0, pending: 0, invalid: 0, invalidInputs: 0, capped: false }, expert: { value: 4.5, missing: 0, pending: 0, invalid: 0, invalidInputs: 0, capped: false } } },
      { part: "tB", title: "表B 公共服务平台", points: 20, columns: { self: { value: 13, missing: 0, pending: 0, invalid: 0, invalidInputs: 0, capped: false }, expert: { value: 12, missing: 0, pending: 0, invalid: 0, invalidInputs: 0, capped: false } } },
    ]);
    expect(result.total).toEqual({ self: { value: 18, missing: 0, pending: 0, invalid: 0, invalidInputs: 0, capped: false }, expert: { value: 16.5, missing: 0, pending: 0, invalid: 0, invalidInputs: 0, capped: false } });
  });

  it("explains a comparison with label, value, unit, operator, constant and points", () => {
    const { explanation } = criterion(result, "a.digital");
    expect(explanation.steps[0]).toEqual({
      branch: 0,
      held: true,
      points: 1,
      message: { zh: "数字化研发设计工具普及率 45% > 40% → +1", en: "数字化研发设计工具普及率 45% > 40% → +1" },
    });
    expect(explanation.steps[1]?.message.zh).toBe("关键工序数控化率 35% ≥ 30% → +2");
    expect(explanation.steps[2]).toMatchObject({ held: false, points: null });
    expect(explanation.steps[2]?.message.zh).toBe("园区宽带接入率 80% ≥ 70%，且无线网络覆盖率 65% ≥ 70%（不满足）");
    expect(explanation.steps[2]?.message.en).toBe("园区宽带接入率 80% ≥ 70% and 无线网络覆盖率 65% ≥ 70% (not met)");
    expect(explanation.summary).toEqual({ zh: "得 3 分（满分 5 分）", en: "3 of 5 points" });
    expect(explanation.inputs[0]).toEqual({ path: "tA.rdToolsRate", pointer: "/data/tA/rdToolsRate", label: "数字化研发设计工具普及率", unit: "%", value: 45 });
    expect(explanation.inputs.map((i) => i.path)).toEqual(["tA.rdToolsRate", "tA.cncRate", "tA.broadband", "tA.wireless"]);
  });

  it("explains other branches by their text, choices by their labels, computed inputs by their label", () => {
    expect(criterion(result, "b.organisations").explanation.steps[0]?.message.zh).toBe("每个机构2分，最高10分 → +6");
    expect(criterion(result, "a.platform").explanation.steps[0]?.message.zh).toBe("建有平台（不满足）");
    expect(criterion(result, "a.platform").explanation.inputs[0]).toMatchObject({ label: "是否建有专业电子商务交易平台", value: false });
    expect(criterion(result, "a.platform").explanation.steps[1]?.message.en).toBe("酌情评分 → judgement, 0–2");
    expect(criterion(result, "b.operating").explanation.inputs).toEqual([
      { path: "$computed.tB.operatingCount", pointer: "", label: "正常运行机构数", unit: "家", value: 2 },
    ]);
  });

  it("works on a deeply frozen package and submission", () => {
    const freeze = <T>(value: T): T => {
      if (typeof value === "object" && value !== null && !(value instanceof Map)) {
        for (const item of Object.values(value)) freeze(item);
        Object.freeze(value);
      }
      return value;
    };
    const frozen = createEvaluator(freeze(loadFixture("mini-form"))).evaluate(freeze(copy(completeSubmission)));
    expect(frozen.total).toEqual(result.total);
  });

  it("is plain JSON and leaves the submission unchanged", () => {
    const before = copy(completeSubmission);
    const again = evaluator.evaluate(completeSubmission);
    expect(completeSubmission).toEqual(before);
    expect(isPlainJsonTree(again)).toBe(true);
    expect(JSON.parse(JSON.stringify(again))).toEqual(again);
  });
});

describe("score statuses", () => {
  it("reports missing typed scores and counts them per part and in the total", () => {
    const submission = copy(completeSubmission);
    submission.scores = {};
    const result = evaluator.evaluate(submission);
    expect(criterion(result, "a.platform").scores.self).toEqual({ value: null, status: "missing" });
    expect(result.parts[0]?.columns.self).toEqual({ value: 3, missing: 1, pending: 0, invalid: 0, invalidInputs: 0, capped: false });
    expect(result.total.self).toEqual({ value: 13, missing: 2, pending: 0, invalid: 0, invalidInputs: 0, capped: false });
    expect(result.valid).toBe(true);
  });

  it("keeps an out-of-range or non-numeric typed score as entered, invalid, with an error naming the criterion and its maximum", () => {
    const submission = copy(completeSubmission);
    submission.scores["a.platform"] = { self: 2.5, expert: "abc" };
    const result = evaluator.evaluate(submission);
    const platform = criterion(result, "a.platform");
    expect(platform.scores.self).toEqual({ value: null, status: "invalid", entered: 2.5 });
    expect(platform.scores.expert).toEqual({ value: null, status: "invalid", entered: "abc" });
    const invalid = findingsWith(result, "score.invalid");
    expect(invalid.map((f) => f.pointer)).toEqual(["/scores/a.platform/self", "/scores/a.platform/expert"]);
    expect(invalid[0]).toMatchObject({ severity: "error", label: "电子商务平台", criterion: "a.platform", part: "tA" });
    expect(invalid[0]?.message.zh).toContain("电子商务平台");
    expect(invalid[0]?.message.zh).toContain("0 至 2");
    expect(invalid[0]?.message.en).toContain("at most 3 points");
    expect(result.valid).toBe(false);
    // The schema's own finding on the same cell is replaced by the evaluator's.
    expect(result.findings.filter((f) => f.pointer === "/scores/a.platform/expert")).toHaveLength(1);
  });

  it("keeps a typed score on a mechanical criterion in `entered`, with a warning, and counts the rule's score", () => {
    const submission = copy(completeSubmission);
    submission.scores["a.digital"] = { self: 5, expert: 3 };
    const result = evaluator.evaluate(submission);
    const digital = criterion(result, "a.digital");
    expect(digital.scores.self).toEqual({ value: 3, status: "computed", entered: 5 });
    expect(digital.scores.expert).toEqual({ value: 3, status: "computed", entered: 3 });
    const ignored = findingsWith(result, "score.ignored");
    expect(ignored).toHaveLength(1);
    expect(ignored[0]).toMatchObject({ severity: "warning", pointer: "/scores/a.digital/self", criterion: "a.digital" });
    expect(result.valid).toBe(true);
  });

  it("counts a typed -0 as 0, as JSON writes it", () => {
    const submission = copy(completeSubmission);
    submission.scores["a.platform"] = { self: -0 };
    const cell = criterion(evaluator.evaluate(submission), "a.platform").scores.self;
    expect(Object.is(cell?.value, 0) && Object.is(cell?.entered, 0)).toBe(true);
  });

  it("reports scores typed for unknown criteria, keeps them out of the totals", () => {
    const submission = copy(completeSubmission);
    submission.scores["no.such"] = { self: 5 };
    const result = evaluator.evaluate(submission);
    expect(findingsWith(result, "score.unknownCriterion")).toMatchObject([{ pointer: "/scores/no.such", severity: "warning" }]);
    expect(result.total.self?.value).toBe(18);
  });

  it("scores the mechanical branch when the judgement branch is not reached", () => {
    const submission = copy(completeSubmission);
    submission.data.tB.planDone = true;
    const plan = criterion(evaluator.evaluate(submission), "b.plan");
    expect(plan).toMatchObject({ computed: 4, branch: 0, range: null });
    expect(plan.scores.self).toEqual({ value: 4, status: "computed", entered: 3 });
  });

  it("gives 0 when no branch of a `first` criterion holds", () => {
    const submission = copy(completeSubmission);
    delete submission.data.tB.planDone;
    const plan = criterion(evaluator.evaluate(submission), "b.plan");
    expect(plan).toMatchObject({ computed: 0, branch: null });
    expect(plan.explanation.summary.zh).toBe("无满足的条件 → 0; 得 0 分（满分 4 分）");
  });
});

describe("applicability", () => {
  it("leaves fields that do not apply out of scoring and completeness", () => {
    const result = evaluator.evaluate(completeSubmission);
    expect(result.notApplicable).toEqual(["/data/tA/greenFood"]);
    const green = criterion(result, "a.green");
    expect(green.scores.self).toEqual({ value: null, status: "notApplicable" });
    expect(green.explanation.summary.en).toBe("Does not apply");
    expect(result.completeness.parts.find((p) => p.part === "tA")?.required).toBe(3);
  });

  it("scores them when they apply", () => {
    const submission = copy(completeSubmission);
    submission.data.cover!.agricultural = true;
    const result = evaluator.evaluate(submission);
    expect(result.notApplicable).toEqual([]);
    expect(criterion(result, "a.green")).toMatchObject({ computed: 2 });
    expect(result.parts[0]?.columns.self?.value).toBe(7);
    expect(result.completeness.parts.find((p) => p.part === "tA")?.required).toBe(4);
  });
});

describe("caps", () => {
  it("caps a part subtotal at the part's points and says so", () => {
    const capped = { ...pkg, manifest: { ...pkg.manifest, parts: pkg.manifest.parts }, parts: pkg.parts.map((p) => (p.ref.id === "tB" ? { ...p, ref: { ...p.ref, points: 8 } } : p)) };
    const result = createEvaluator(capped).evaluate(completeSubmission);
    expect(result.parts[1]?.columns.self).toEqual({ value: 8, missing: 0, pending: 0, invalid: 0, invalidInputs: 0, capped: true });
    expect(result.total.self?.value).toBe(13);
  });
});
