// The rule checks one by one, on the mini fixture with one rule changed in memory.
import { beforeAll, describe, expect, test } from "vitest";
import type { DefinitionFinding, FormPackage, RulesFile } from "@cluster-form/schema";

/** The rules file as plain, writable JSON, for patching in tests. */
interface LooseCriterion {
  points: number;
  text: string;
  branches: unknown[];
}
interface LooseRules {
  computed?: { logic: unknown }[];
  criteria?: LooseCriterion[];
}
import { loadFormFolder } from "../../../schema/src/node.js";
import { sharedFixture } from "../fixtures/load.js";
import { lintForm } from "../../src/index.js";

let base: FormPackage;
beforeAll(async () => {
  base = await loadFormFolder(sharedFixture("mini-2020"));
});

/** The fixture with its rules file changed by `patch` (a deep copy is patched). */
function withRules(patch: (rules: LooseRules) => void): FormPackage {
  return {
    ...base,
    parts: base.parts.map((part) => {
      const rules = structuredClone(part.rules) as unknown as LooseRules;
      patch(rules);
      return { ...part, rules: rules as unknown as RulesFile };
    }),
  };
}

const codes = (findings: readonly DefinitionFinding[]): string[] => findings.map((f) => f.code);
const at = (findings: readonly DefinitionFinding[], code: string): string[] => findings.filter((f) => f.code === code).map((f) => f.location.pointer);

const criterion = (rules: LooseRules, index: number): LooseCriterion => {
  const found = rules.criteria?.[index];
  if (!found) throw new Error(`no criterion ${index}`);
  return found;
};

describe("lintForm", () => {
  test("the fixture is clean", () => {
    expect(lintForm(base)).toEqual([]);
  });

  test("rows inside some / all / none / map / reduce are checked against the array's items", () => {
    const pkg = withRules((rules) => {
      criterion(rules, 1).branches[0] = {
        when: {
          and: [
            { some: [{ var: "table1.organisations" }, { var: "operatin" }] },
            { all: [{ var: "table1.organisations" }, { var: "kind" }] },
            { none: [{ var: "table1.organisations" }, { var: "nam" }] },
            { map: [{ var: "table1.organisations" }, { var: "name" }] },
            { reduce: [{ var: "table1.organisations" }, { "+": [{ var: "accumulator" }, { var: "current.operatin" }] }, 0] },
            { reduce: [{ var: "table1.organisations" }, { var: "curent" }, 0] },
          ],
        },
        points: 2,
        text: "t",
      };
    });
    const findings = lintForm(pkg);
    expect(at(findings, "lint.var.unknownRowField")).toEqual([
      "/criteria/1/branches/0/when/and/0/some/1/var",
      "/criteria/1/branches/0/when/and/2/none/1/var",
      "/criteria/1/branches/0/when/and/4/reduce/1/+/1/var",
      "/criteria/1/branches/0/when/and/5/reduce/1/var",
    ]);
  });

  test("a filter of a filter keeps the row schema; sumOf keys and missing paths are checked", () => {
    const pkg = withRules((rules) => {
      criterion(rules, 2).branches[0] = {
        logic: {
          clamp: [
            {
              "+": [
                { count: { filter: [{ filter: [{ var: "table1.organisations" }, { var: "operating" }] }, { var: "knd" }] } },
                { sumOf: [{ var: "table1.organisations" }, "operatingg"] },
                { count: { missing: ["table1.rdToolsRate", "table1.hasPlann"] } },
              ],
            },
            0,
            4,
          ],
        },
        text: "t",
      };
    });
    const findings = lintForm(pkg);
    expect(at(findings, "lint.var.unknownRowField")).toEqual([
      "/criteria/2/branches/0/logic/clamp/0/+/0/count/filter/1/var",
      "/criteria/2/branches/0/logic/clamp/0/+/1/sumOf/1",
    ]);
    expect(at(findings, "lint.var.unknownField")).toEqual(["/criteria/2/branches/0/logic/clamp/0/+/2/count/missing/1"]);
  });

  test("$form keys, unknown parts, and $result outside the summary sheet", () => {
    const pkg = withRules((rules) => {
      criterion(rules, 1).branches[0] = {
        when: { and: [{ "==": [{ var: "$form.year" }, 2020] }, { var: "$form.yeer" }, { var: "tabel1.hasPlan" }, { var: "$result.total" }] },
        points: 2,
        text: "t",
      };
    });
    const findings = lintForm(pkg);
    expect(codes(findings)).toEqual(["lint.var.unknownFormKey", "lint.var.unknownPart", "lint.var.resultOutsideSummary"]);
    expect(findings[1]?.message.en).toContain('Did you mean "table1"?');
  });

  test("$parameters: only summary-sheet columns read them, and only the declared ids", () => {
    const pkg = withRules((rules) => {
      criterion(rules, 1).branches[0] = { when: { var: "$parameters.city" }, points: 2, text: "t" };
    });
    const sheet = {
      $schema: "https://cluster-form.dev/schema/v1/summary-sheet.json",
      title: "汇总表",
      parameters: [{ id: "city", label: "市（州）" }],
      columns: [
        { id: "city", label: "市（州）", type: "string" as const, value: { var: "$parameters.city" } },
        { id: "town", label: "县", type: "string" as const, value: { var: "$parameters.town" } },
      ],
    };
    const findings = lintForm({ ...pkg, manifest: { ...pkg.manifest, summarySheet: "summary-sheet.json" }, summarySheet: sheet });
    expect(codes(findings)).toEqual(["lint.var.unknownParameter", "lint.var.unknownParameter"]);
    expect(findings.map((f) => f.message.en).join(" ")).toContain('"$parameters.town" reads a parameter the summary sheet does not declare (declared: city)');
  });

  test("operands: text in arithmetic, wrong arity, a boolean compared with a number, choices in `in`", () => {
    const pkg = withRules((rules) => {
      criterion(rules, 1).branches[0] = {
        when: {
          and: [
            { ">": [{ "+": [{ var: "table1.rdToolsRate" }, "5"] }, 1] },
            { "==": [{ var: "table1.hasPlan" }, 1] },
            { clamp: [{ var: "table1.rdToolsRate" }, 0] },
            { some: [{ var: "table1.organisations" }, { in: [{ var: "kind" }, ["行业协会", "商会"]] }] },
            { charLength: [{ var: "table1.rdToolsRate" }] },
          ],
        },
        points: 2,
        text: "t",
      };
    });
    const findings = lintForm(pkg);
    expect(codes(findings).sort()).toEqual(["lint.type.arity", "lint.type.compare", "lint.type.notAChoice", "lint.type.operand", "lint.type.operand"].sort());
    expect(at(findings, "lint.type.notAChoice")).toEqual(["/criteria/1/branches/0/when/and/3/some/1/in/1/1"]);
  });

  test("comparisons that fit raise nothing: a nullable number with a number, dates as texts, a choice with one of its values", () => {
    const pkg = withRules((rules) => {
      criterion(rules, 1).branches[0] = {
        when: {
          and: [
            { ">=": [{ var: ["table1.rdToolsRate", null] }, 40] },
            { "<": ["2020-01-01", "2021-01-01"] },
            { some: [{ var: "table1.organisations" }, { "==": [{ var: "kind" }, "行业协会"] }] },
            { "==": [{ var: "table1.hasPlan" }, null] },
          ],
        },
        points: 2,
        text: "t",
      };
    });
    expect(lintForm(pkg)).toEqual([]);
  });

  test("refused operations, several keys where an operation was meant, and an unreachable branch", () => {
    const pkg = withRules((rules) => {
      const plan = criterion(rules, 1);
      plan.branches = [
        { points: 0, text: "otherwise" },
        { when: { log: [{ var: "table1.hasPlan" }] }, points: 2, text: "t" },
        { when: { "==": [1, 1], "!=": [1, 2] }, points: 1, text: "t" },
      ];
    });
    const findings = lintForm(pkg);
    expect(codes(findings).sort()).toEqual(["lint.branch.unreachable", "lint.branch.unreachable", "lint.op.notLogic", "lint.op.refused"]);
    expect(at(findings, "lint.branch.unreachable").sort()).toEqual(["/criteria/1/branches/1", "/criteria/1/branches/2"]);
    expect(findings.find((f) => f.code === "lint.op.notLogic")?.severity).toBe("warning");
  });

  test("a `sum` criterion whose branches can give more than its points is a warning; a clamp above the points an error", () => {
    const pkg = withRules((rules) => {
      const operating = criterion(rules, 2);
      operating.branches = [
        { when: { var: "table1.hasPlan" }, points: 3, text: "a" },
        { logic: { clamp: [{ var: "$computed.table1.operatingCount" }, 0, 5] }, text: "b" },
      ];
    });
    const findings = lintForm(pkg);
    expect(findings.map((f) => [f.code, f.severity, f.location.pointer]).sort()).toEqual([
      ["lint.branch.beyondPoints", "error", "/criteria/2/branches/1/logic"],
      ["lint.branch.sumBeyondPoints", "warning", "/criteria/2/branches"],
    ]);
  });

  test("a computed value reading itself is a cycle", () => {
    const pkg = withRules((rules) => {
      const first = rules.computed?.[0];
      if (first) first.logic = { "+": [{ var: "$computed.table1.operatingCount" }, 1] };
    });
    expect(codes(lintForm(pkg))).toEqual(["lint.computed.cycle"]);
  });

  test("hostile rule data never crashes lint", () => {
    const pkg = withRules((rules) => {
      criterion(rules, 1).branches[0] = {
        when: { var: { cat: ["table1.", "hasPlan"] } },
        points: 2,
        text: "t",
      };
      criterion(rules, 0).branches[0] = { when: JSON.parse('{"__proto__": [1], "constructor": 2}') as unknown, points: 4, text: "t" };
      criterion(rules, 2).branches[0] = { logic: { toString: [] }, text: "t" };
    });
    const findings = lintForm(pkg);
    expect(codes(findings)).toContain("lint.op.unknown");
  });
});
