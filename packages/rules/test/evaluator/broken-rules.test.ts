// A broken rule is a finding on its owner; the rest of the evaluation goes on.
import type { CriterionDef, RulesFile } from "@cluster-form/schema";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFixture, withRules } from "../fixtures/load.js";
import { completeSubmission } from "../fixtures/mini-submissions.js";
import { copy, criterion, findingsWith } from "./helpers.js";

const pkg = loadFixture("mini-form");
const noValidation = { validator: { validate: () => [] } };

const replaceCriterion = (id: string, change: (c: CriterionDef) => CriterionDef) => (rules: RulesFile): RulesFile => ({
  ...rules,
  criteria: (rules.criteria ?? []).map((c) => (c.id === id ? change(c) : c)),
});

describe("computed values in a cycle", () => {
  const cyclic = withRules(pkg, "tA", (rules) => ({
    ...rules,
    computed: [
      ...(rules.computed ?? []),
      { id: "tA.ping", label: "甲", logic: { "+": [{ var: "$computed.tA.pong" }, 1] } },
      { id: "tA.pong", label: "乙", logic: { "+": [{ var: "$computed.tA.ping" }, 1] } },
      { id: "tA.self", label: "丙", logic: { var: "$computed.tA.self" } },
      { id: "tA.after", label: "丁", logic: { "+": [{ var: "$computed.tA.salesGrowth" }, 1] } },
    ],
  }));

  it("are reported and left blank, without a hang; the others are still worked out", () => {
    const result = createEvaluator(cyclic, noValidation).evaluate(completeSubmission);
    const cycles = findingsWith(result, "computed.cycle");
    expect(cycles.map((f) => f.label)).toEqual(["甲", "乙", "丙"]);
    expect(cycles[0]?.message.en).toContain("tA.ping → tA.pong → tA.ping");
    expect(result.computed["tA.ping"]?.value).toBeNull();
    expect(result.computed["tA.self"]?.value).toBeNull();
    expect(result.computed["tA.after"]?.value).toBe(16);
    expect(criterion(result, "a.digital").computed).toBe(3);
  });
});

describe("a refused or failing rule", () => {
  it("turns a refused operation into a finding on the criterion; other criteria are scored", () => {
    const broken = withRules(pkg, "tA", replaceCriterion("a.digital", (c) => ({ ...c, branches: [{ when: { log: "hello" }, points: 1, text: "x" }] })));
    const result = createEvaluator(broken, noValidation).evaluate(completeSubmission);
    const digital = criterion(result, "a.digital");
    expect(digital.computed).toBeNull();
    expect(digital.scores.self).toEqual({ value: null, status: "invalid" });
    expect(digital.explanation.summary.en).toBe("The rule could not be applied; see the findings");
    const [finding] = findingsWith(result, "rule.refusedOperation");
    expect(finding).toMatchObject({ severity: "error", criterion: "a.digital", part: "tA", pointer: "/scores/a.digital", label: "数字化水平" });
    expect(finding?.message.en).toContain('"log"');
    expect(result.parts[0]?.columns.self).toMatchObject({ value: 2, missing: 1 });
    expect(result.valid).toBe(false);
  });

  it("refuses unknown, prototype-named and dotted operations", () => {
    for (const name of ["nosuch", "constructor", "__proto__", "toString", "Math.max", "method"]) {
      const broken = withRules(pkg, "tA", replaceCriterion("a.digital", (c) => ({ ...c, branches: [{ when: JSON.parse(`{"${name}": [1]}`) as unknown, points: 1, text: "x" }] })));
      const result = createEvaluator(broken, noValidation).evaluate(completeSubmission);
      expect(result.findings.map((f) => f.code), name).toContain(name === "method" ? "rule.refusedOperation" : "rule.unknownOperation");
      expect(criterion(result, "a.digital").scores.self?.status).toBe("invalid");
    }
  });

  it("reports logic that computes no number", () => {
    const broken = withRules(pkg, "tB", replaceCriterion("b.organisations", (c) => ({ ...c, branches: [{ logic: { cat: ["a", "b"] }, text: "x" }] })));
    const result = createEvaluator(broken, noValidation).evaluate(completeSubmission);
    expect(findingsWith(result, "rule.notNumber")).toHaveLength(1);
    expect(criterion(result, "b.organisations").scores.self?.status).toBe("invalid");
  });

  it("reports, without blowing up, logic that builds a huge self-similar value", () => {
    const pairs = { reduce: [{ var: "tB.organisations" }, [{ var: "accumulator" }, { var: "accumulator" }], 0] };
    const broken = withRules(pkg, "tB", (rules) => ({
      ...replaceCriterion("b.organisations", (c) => ({ ...c, branches: [{ logic: pairs, text: "x" }] }))(rules),
      computed: [...(rules.computed ?? []), { id: "tB.pairs", label: "对", logic: pairs }],
    }));
    const submission = copy(completeSubmission);
    submission.data.tB.organisations = Array.from({ length: 40 }, (_, i) => ({ name: `n${i}`, kind: "k" }));
    const result = createEvaluator(broken, noValidation).evaluate(submission);
    expect(findingsWith(result, "rule.overBudget").map((f) => f.label)).toEqual(["对", "机构设立"]);
    expect(JSON.stringify(result).length).toBeLessThan(1_000_000);
  });

  it("holds computed points within the criterion, with a warning", () => {
    const broken = withRules(pkg, "tB", replaceCriterion("b.organisations", (c) => ({ ...c, branches: [{ logic: { "*": [5, { count: [{ var: "tB.organisations" }] }] }, text: "x" }] })));
    const result = createEvaluator(broken, noValidation).evaluate(completeSubmission);
    expect(criterion(result, "b.organisations").computed).toBe(10);
    expect(findingsWith(result, "score.outOfRange")).toHaveLength(1);
  });

  it("reports a rule that fails on the data (a check) without stopping", () => {
    const broken = withRules(pkg, "tA", (rules) => ({
      ...rules,
      checks: [{ id: "odd", field: "/cncRate", severity: "error", assert: { in: ["x", { var: "tA.sales" }] }, message: { zh: "z", en: "e" } }],
    }));
    const submission = copy(completeSubmission);
    submission.data.tA.sales = { indexOf: 1 };
    const result = createEvaluator(broken, noValidation).evaluate(submission);
    expect(findingsWith(result, "rule.failed")).toMatchObject([{ pointer: "/data/tA/cncRate" }]);
    expect(result.total.self?.value).toBe(18);
  });

  it("stops a rule that loops over too many rows while it runs", () => {
    // Row by row, the whole list again, twice nested: 400³ steps.
    const nested = {
      count: { filter: [{ var: "tB.organisations" }, { some: [{ var: "$computed.tB.all" }, { some: [{ var: "$computed.tB.all" }, { "==": [1, 2] }] }] }] },
    };
    const heavy = withRules(pkg, "tB", (rules) => ({
      ...rules,
      computed: [...(rules.computed ?? []), { id: "tB.all", label: "全", logic: { var: "tB.organisations" } }, { id: "tB.heavy", label: "重", logic: nested }],
    }));
    const submission = copy(completeSubmission);
    submission.data.tB.organisations = Array.from({ length: 400 }, (_, i) => ({ name: `n${i}`, kind: "k", operating: true }));
    const result = createEvaluator(heavy, { ...noValidation, limits: { maxWork: 1_000_000 } }).evaluate(submission);
    expect(findingsWith(result, "rule.overBudget").map((f) => f.label)).toEqual(["重"]);
    expect(result.computed["tB.heavy"]?.value).toBeNull();
    expect(result.computed["tB.all"]?.value).toHaveLength(400);
    expect(criterion(result, "b.organisations").computed).toBe(10);
  });

  describe("spends a unit per item a loop visits, and reads the submission outside loops without measuring it", () => {
    const withComputed = (logic: unknown) => withRules(pkg, "tB", (rules) => ({ ...rules, computed: [...(rules.computed ?? []), { id: "tB.probe", label: "探", logic }] }));
    const submission = copy(completeSubmission);
    submission.data.tB.organisations = Array.from({ length: 400 }, (_, i) => ({ name: `n${i}`, kind: "k", operating: true }));
    const tight = { ...noValidation, limits: { maxWork: 300 } };

    it("a loop whose rule spends nothing per item is over a budget smaller than its rows", () => {
      const result = createEvaluator(withComputed({ count: { filter: [{ var: "tB.organisations" }, true] } }), tight).evaluate(submission);
      expect(findingsWith(result, "rule.overBudget").map((f) => f.label)).toContain("探");
      expect(result.computed["tB.probe"]?.value).toBeNull();
    });

    it("counting a list of 400 rows read outside any loop costs a few units, not its written-out size", () => {
      const result = createEvaluator(withComputed({ count: [{ var: "tB.organisations" }] }), tight).evaluate(submission);
      expect(result.computed["tB.probe"]?.value).toBe(400);
    });

    // Read once outside any loop, the 400 rows are used ten times by an operation that writes them
    // out or searches them: each use costs the list's written-out size (1,601), so one fits in
    // 5,000 units and ten do not, however cheap the read was.
    const V = { var: "tB.organisations" };
    it.each([
      ["==", { "==": [V, "x"] }],
      ["<", { "<": [V, 0] }],
      ["+", { "+": [V, 0] }],
      ["*", { "*": [V, 1] }],
      ["max", { max: [V] }],
      ["in", { in: ["x", V] }],
      ["substr", { substr: [V, 0, 1] }],
      ["var with the list as its path", { var: [V] }],
    ])("%s on a list read outside any loop spends the list's written-out size per use", (_name, use) => {
      const budget = { ...noValidation, limits: { maxWork: 5_000 } };
      const once = createEvaluator(withComputed([use]), budget).evaluate(submission);
      expect(findingsWith(once, "rule.overBudget")).toEqual([]);
      const tenTimes = createEvaluator(withComputed(Array.from({ length: 10 }, () => use)), budget).evaluate(submission);
      expect(findingsWith(tenTimes, "rule.overBudget").map((f) => f.label)).toEqual(["探"]);
      expect(tenTimes.computed["tB.probe"]?.value).toBeNull();
    });

    // Truthiness and identity look at a list without writing it out or searching it: "is the table
    // empty" costs one unit per use, not the table, so ten uses fit where ten of `==` do not.
    it.each([
      ["!", { "!": V }],
      ["!!", { "!!": V }],
      ["===", { "===": [V, V] }],
      ["!==", { "!==": [V, "x"] }],
    ])("%s on a list read outside any loop does not spend the list's size", (_name, use) => {
      const budget = { ...noValidation, limits: { maxWork: 5_000 } };
      const tenTimes = createEvaluator(withComputed(Array.from({ length: 10 }, () => use)), budget).evaluate(submission);
      expect(findingsWith(tenTimes, "rule.overBudget")).toEqual([]);
      expect(tenTimes.computed["tB.probe"]?.value).not.toBeNull();
    });
  });
});

describe("per-evaluation work limit", () => {
  it("applies the work budget given to evaluate", () => {
    const evaluator = createEvaluator(pkg, noValidation);
    expect(findingsWith(evaluator.evaluate(completeSubmission), "rule.overBudget")).toEqual([]);
    const tight = evaluator.evaluate(completeSubmission, { limits: { maxWork: 3 } });
    expect(findingsWith(tight, "rule.overBudget").length).toBeGreaterThan(0);
    expect(criterion(tight, "b.organisations").scores.self?.status).toBe("invalid");
  });
});

describe("hostile submissions", () => {
  const evaluator = createEvaluator(pkg);
  it.each([null, 42, "text", [], { data: null }, { data: [] }, { data: { tA: "x", tB: { organisations: "many" } } }, { scores: [] }])(
    "evaluates %j without crashing and reports it",
    (submission) => {
      const result = evaluator.evaluate(submission);
      expect(result.criteria).toHaveLength(6);
      expect(Number.isFinite(result.completeness.percent)).toBe(true);
    },
  );

  it("survives data and scores nested 100 000 levels deep", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = [deep];
    const result = evaluator.evaluate({ form: { id: "fixture-mini", version: "2020.0.1" }, data: { tA: { rdToolsRate: deep }, tB: { organisations: deep } }, scores: { "a.platform": { self: deep } } });
    expect(criterion(result, "a.platform").scores.self?.status).toBe("invalid");
    expect(result.valid).toBe(false);
  });

  it("treats prototype names in data as ordinary fields", () => {
    const submission = JSON.parse(
      '{"form":{"id":"fixture-mini","version":"2020.0.1"},"data":{"__proto__":{"polluted":1},"tA":{"constructor":{"prototype":{"x":1}},"rdToolsRate":{"__proto__":50}},"tB":{"organisations":[{"__proto__":{"operating":true}}]}},"scores":{"__proto__":{"self":5},"a.platform":{"constructor":2}}}',
    ) as unknown;
    const result = evaluator.evaluate(submission);
    // A group where a number belongs fails its schema: read as blank, it earns nothing, the criterion names it, and nothing leaks.
    expect(criterion(result, "a.digital").scores.self).toMatchObject({ status: "computed", value: 0 });
    expect(criterion(result, "a.digital").invalidInputs).toMatchObject([{ pointer: "/data/tA/rdToolsRate" }]);
    expect(findingsWith(result, "data-type")).toMatchObject([{ pointer: "/data/tA/rdToolsRate" }]);
    expect(findingsWith(result, "rule.failed")).toEqual([]);
    expect(result.computed["tB.operatingCount"]?.value).toBe(0);
    expect(criterion(result, "a.platform").scores.self?.status).toBe("missing");
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
