// The rule test runner: partial submissions, the expect subset, readable mismatches, the closing line.
import { beforeAll, describe, expect, test } from "vitest";
import { FormDefinitionError, type FormPackage, type RuleTestCase } from "@cluster-form/schema";
import { loadFormFolder } from "../../../schema/src/node.js";
import { sharedFixture } from "../fixtures/load.js";
import { createEvaluator, formatTestReport, runRuleTests } from "../../src/index.js";
import { loadRuleTests } from "../../src/node.js";

type CriteriaExpectation = NonNullable<RuleTestCase["expect"]["criteria"]>;


let pkg: FormPackage;
beforeAll(async () => {
  pkg = await loadFormFolder(sharedFixture("mini-2020"));
});

const full: RuleTestCase["submission"] = {
  data: {
    table1: {
      rdToolsRate: 45,
      hasPlan: true,
      organisations: [
        { name: "a", kind: "行业协会", operating: true },
        { name: "b", kind: "检验检测", operating: false },
      ],
    },
  },
  scores: { "t1.digital": { self: 4 } },
};

describe("runRuleTests", () => {
  test("a partial submission gets the form filled in, and every kind of expectation is compared", () => {
    const cases: RuleTestCase[] = [
      {
        name: "everything that holds",
        submission: full,
        expect: {
          // The contract type cannot say `status` (a text) beside the numeric score columns; the meta-schema allows it.
          criteria: { "t1.digital": { computed: 4, self: 4, expert: 4, status: "computed" }, "t1.operating": { computed: 2 } } as unknown as CriteriaExpectation,
          parts: { table1: { self: 8, expert: 8 } },
          total: { self: 8, expert: 8 },
          vetoed: false,
          computed: { "table1.operatingCount": 1, "table1.testingCount": 1 },
          noFindings: true,
          completeness: { $form: 100 },
        },
      },
      { name: "an empty submission", submission: {}, expect: { criteria: { "t1.plan": { self: 0 } }, computed: { "table1.operatingCount": 0 } } },
    ];
    const report = runRuleTests(pkg, cases);
    expect(report.cases.map((c) => [c.name, c.passed, c.mismatches])).toEqual([
      ["everything that holds", true, []],
      ["an empty submission", true, []],
    ]);
    expect(report).toMatchObject({ form: { id: "mini-cluster-2020", version: "2020.1.0" }, passed: 2, failed: 0 });
  });

  test("each mismatch names where, what was expected and what came out", () => {
    const report = runRuleTests(pkg, {
      file: "tests/x.json",
      cases: [
        {
          name: "wrong on purpose",
          submission: full,
          expect: {
            criteria: { "t1.digital": { self: 3 }, "t9.nothing": { self: 1 }, "t1.plan": { judge: 1 } },
            parts: { table9: { self: 1 } },
            total: { expert: 10 },
            vetoed: true,
            computed: { "table1.operatingCount": 2, "table1.none": 1 },
            findings: [{ code: "no-such-code" }],
          },
        },
      ],
    });
    const [result] = report.cases;
    expect(result?.passed).toBe(false);
    expect(result?.mismatches.map((m) => [m.path, m.reason ?? "differs"])).toEqual([
      ["criteria.t1.digital.self", "differs"],
      ["criteria.t9.nothing", "unknownCriterion"],
      ["criteria.t1.plan.judge", "unknownColumn"],
      ["parts.table9", "unknownPart"],
      ["total.expert", "differs"],
      ["vetoed", "differs"],
      ["computed.table1.operatingCount", "differs"],
      ["computed.table1.none", "notFound"],
      ["findings[0]", "notFound"],
    ]);
    const text = formatTestReport(report, "en");
    expect(text).toContain("tests/x.json\n  ✗ wrong on purpose\n");
    expect(text).toContain("      criteria.t1.digital.self: expected 3, got 4\n");
    expect(text).toContain('the form has no criterion "t9.nothing"');
    expect(text.endsWith("\n0 passed, 1 failed\n")).toBe(true);
    expect(formatTestReport(report, "zh")).toContain("criteria.t1.digital.self: 预期 3，实际 4");
  });

  test("findings are matched as a subset of their keys; noFindings fails listing what was found", () => {
    const cases: RuleTestCase[] = [
      {
        name: "a score out of range is a finding on its criterion",
        submission: { data: { table1: { rdToolsRate: 10 } }, scores: { "t1.digital": { self: 9 } } },
        expect: { findings: [{ criterion: "t1.digital", severity: "error" }] },
      },
      { name: "no findings expected", submission: { data: { table1: { rdToolsRate: "x" } } }, expect: { noFindings: true } },
    ];
    const report = runRuleTests(pkg, cases);
    expect(report.cases.map((c) => c.passed)).toEqual([true, false]);
    expect(report.cases[1]?.mismatches[0]?.path).toBe("noFindings");
  });

  test("--filter runs only matching cases", () => {
    const cases: RuleTestCase[] = [
      { name: "alpha", submission: {}, expect: {} },
      { name: "beta", submission: {}, expect: {} },
    ];
    const report = runRuleTests(pkg, cases, { filter: "bet" });
    expect(report.cases.map((c) => c.name)).toEqual(["beta"]);
  });

  test("loadRuleTests reads tests/*.json and refuses a misspelt expect key with its line", async () => {
    const sources = await loadRuleTests(sharedFixture("mini-2020"));
    expect(sources.map((s) => [s.file, s.cases.length])).toEqual([["tests/basic.json", 2]]);
    const error = await loadRuleTests(sharedFixture("runner-misspelt")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormDefinitionError);
    const [finding] = (error as FormDefinitionError).findings;
    expect(finding?.code).toBe("tests-unknown-expect");
    expect(finding?.location).toEqual({ file: "tests/basic.json", line: 10, column: 9, pointer: "/cases/0/expect/critera" });
  });
});

describe("what a mismatch is about, in the form's words", () => {
  test("a criterion's column, a total, a part's completeness and the veto are named by their labels in both languages", () => {
    const report = runRuleTests(pkg, [
      {
        name: "wrong on purpose",
        submission: full,
        expect: { criteria: { "t1.digital": { self: 1, computed: 1 } }, total: { self: 99 }, completeness: { table1: 1 }, vetoed: true },
      },
    ]);
    const subjects = Object.fromEntries((report.cases[0]?.mismatches ?? []).map((m) => [m.path, m.subject]));
    const criterion = pkg.parts.flatMap((p) => p.rules?.criteria ?? []).find((c) => c.id === "t1.digital");
    const self = pkg.manifest.scoreColumns.find((c) => c.id === "self");
    const title = createEvaluator(pkg).evaluate({ data: {} }).parts.find((p) => p.part === "table1")?.title;
    expect(criterion && title && self).toBeTruthy();
    expect(subjects["criteria.t1.digital.self"]?.zh).toBe(`${title} › ${criterion?.label} · ${self?.label}`);
    expect(subjects["criteria.t1.digital.computed"]).toEqual({ zh: `${title} › ${criterion?.label} · 规则算出的分`, en: `${title} › ${criterion?.label} · score by the rules` });
    expect(subjects["total.self"]).toEqual({ zh: `总分 · ${self?.label}`, en: `total · ${self?.label}` });
    expect(subjects["completeness.table1"]?.en).toBe(`${title} · completeness`);
    expect(subjects["vetoed"]).toEqual({ zh: "一票否决", en: "one-vote veto" });
    // No id, key or pointer of the form in what the officer reads.
    for (const subject of Object.values(subjects)) expect(subject?.zh).not.toMatch(/t1\.|table1|criteria\./);
  });
});
