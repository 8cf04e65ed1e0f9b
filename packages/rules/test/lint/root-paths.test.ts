// Lint: inside rows, `$form.…` and `$computed.…` are checked against $form and the computed values, not the row schema.
import { describe, expect, test } from "vitest";
import type { DefinitionFinding, RulesFile } from "@cluster-form/schema";
import { lintForm } from "../../src/index.js";
import { loadFixture, withRules } from "../fixtures/load.js";

const base = loadFixture("mini-2020", { shared: true });
const at = (findings: readonly DefinitionFinding[], code: string): string[] => findings.filter((f) => f.code === code).map((f) => f.location.pointer);

/** The fixture with criterion 1's first branch condition replaced by `when`, and extra computed values. */
function withCondition(when: unknown, computed: unknown[] = []): ReturnType<typeof loadFixture> {
  return withRules(base, "table1", (rules) => {
    const copy = structuredClone(rules) as unknown as { computed?: unknown[]; criteria: { branches: unknown[] }[] };
    const criterion = copy.criteria[1];
    if (!criterion) throw new Error("no criterion 1");
    criterion.branches[0] = { when, points: 2, text: "t" };
    copy.computed = [...(copy.computed ?? []), ...computed];
    return copy as unknown as RulesFile;
  });
}

const orgs = { var: "table1.organisations" };

describe("root paths in row scopes", () => {
  test("known $form keys and computed values inside some / filter / reduce raise nothing", () => {
    const pkg = withCondition({
      and: [
        { some: [orgs, { "==": [{ var: "$form.year" }, 2020] }] },
        { count: { filter: [orgs, { ">": [{ var: "$computed.table1.operatingCount" }, 0] }] } },
        { reduce: [orgs, { "+": [{ var: "accumulator" }, { var: "$computed.table1.testingCount" }] }, 0] },
      ],
    });
    expect(lintForm(pkg)).toEqual([]);
  });

  test("unknown $form keys and computed ids inside rows are reported as such, not as row fields", () => {
    const pkg = withCondition({
      and: [
        { some: [orgs, { "==": [{ var: "$form.yeer" }, 2020] }] },
        { all: [orgs, { var: "$computed.table1.operatingCont" }] },
        { some: [orgs, { missing: ["$form.year", "$computed.nope"] }] },
      ],
    });
    const findings = lintForm(pkg);
    expect(at(findings, "lint.var.unknownRowField")).toEqual([]);
    expect(at(findings, "lint.var.unknownFormKey")).toEqual(["/criteria/1/branches/0/when/and/0/some/1/==/0/var"]);
    expect(at(findings, "lint.var.unknownComputed")).toEqual([
      "/criteria/1/branches/0/when/and/1/all/1/var",
      "/criteria/1/branches/0/when/and/2/some/1/missing/1",
    ]);
    expect(findings.find((f) => f.code === "lint.var.unknownComputed")?.message.en).toContain("table1.operatingCount");
  });

  test("operand types come from $form: the year compared with a text inside a row is a type error", () => {
    const pkg = withCondition({ some: [orgs, { "==": [{ var: "$form.year" }, { var: "name" }] }] });
    expect(at(lintForm(pkg), "lint.type.compare")).toEqual(["/criteria/1/branches/0/when/some/1/=="]);
  });

  test("a sumOf key is a row key even when it starts with $form", () => {
    const pkg = withCondition({ ">": [{ sumOf: [orgs, "$form.year"] }, 0] });
    expect(at(lintForm(pkg), "lint.var.unknownRowField")).toEqual(["/criteria/1/branches/0/when/>/0/sumOf/1"]);
  });

  test("a cycle through a row filter is a cycle", () => {
    const pkg = withCondition(true, [
      { id: "table1.a", label: "a", logic: { count: { filter: [orgs, { ">": [{ var: "$computed.table1.b" }, 0] }] } } },
      { id: "table1.b", label: "b", logic: { "+": [{ var: "$computed.table1.a" }, 1] } },
    ]);
    expect(at(lintForm(pkg), "lint.computed.cycle")).toHaveLength(1);
  });
});
