// The rule test runner: partial submissions, the expect subset, readable mismatches, the closing line.
import { beforeAll, describe, expect, test } from "vitest";
import { FormDefinitionError, type FormPackage, type RuleTestCase } from "@cluster-form/schema";
import { loadFormPackage } from "../../../schema/src/node.js";
import { formatTestReport, runRuleTests } from "../../src/index.js";
import { loadRuleTests } from "../../src/node.js";
import { cli, FIXTURES } from "../../../cli/test/run-cli.js";

type CriteriaExpectation = NonNullable<RuleTestCase["expect"]["criteria"]>;

const fixture = (name: string): string => new URL(`../fixtures/${name}/`, import.meta.url).pathname;

let pkg: FormPackage;
beforeAll(async () => {
  pkg = await loadFormPackage(fixture("mini-2020"));
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
    const sources = await loadRuleTests(fixture("mini-2020"));
    expect(sources.map((s) => [s.file, s.cases.length])).toEqual([["tests/basic.json", 2]]);
    const error = await loadRuleTests(fixture("runner-misspelt")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormDefinitionError);
    const [finding] = (error as FormDefinitionError).findings;
    expect(finding?.code).toBe("tests-unknown-expect");
    expect(finding?.location).toEqual({ file: "tests/basic.json", line: 10, column: 9, pointer: "/cases/0/expect/critera" });
  });
});

describe("cluster-form test", () => {
  test("passing cases: ✓ each and the closing line, exit 0", () => {
    const run = cli(["test", `${FIXTURES}/mini-2020`, "--lang", "en"]);
    expect(run.stdout).toBe(
      "tests/basic.json\n  ✓ rate above 40 and two organisations running: full marks\n  ✓ rate exactly 40 asks for judgement\n" +
        'Covered by the cases: 2/3 criteria, 3/5 branches.\nCriteria no case covers (no case expects anything of them):\n  t1.plan "规划编制"\n' +
        "2 passed, 0 failed\n",
    );
    expect(run.code).toBe(0);
  });

  test("a failing case: ✗ with the diff, exit 1; --format json gives the report", () => {
    const run = cli(["test", `${FIXTURES}/runner-failing`]);
    expect(run.stdout).toContain("  ✗ a wrong expectation fails with a readable diff\n      criteria.t1.digital.self: 预期 3，实际 4\n");
    expect(run.stdout.trimEnd().split("\n").pop()).toBe("1 passed, 1 failed");
    expect(run.code).toBe(1);
    const json = cli(["test", `${FIXTURES}/runner-failing`, "--format", "json"]);
    expect(JSON.parse(json.stdout)).toMatchObject({ passed: 1, failed: 1 });
    expect(json.code).toBe(1);
  });

  test("a broken test file prints its finding and exits 1", () => {
    const run = cli(["test", `${FIXTURES}/runner-misspelt`, "--lang", "en"]);
    expect(run.stderr).toContain("tests/basic.json:10:9 /cases/0/expect/critera");
    expect(run.code).toBe(1);
  });

  test("a form without test cases exits 1 saying so", () => {
    const run = cli(["test", `${FIXTURES}/lint-broken/parts-sum`, "--lang", "en"]);
    expect(run.stderr).toContain("No rule test cases found");
    expect(run.code).toBe(1);
  });
});
