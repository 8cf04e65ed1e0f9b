// `$form.…` and `$computed.…` read the root context inside row scopes (filter, map, reduce, all, some, none).
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "../../../schema/src/node.js";
import { analyseRule, applyRule, createEvaluator, RuleError } from "../../src/index.js";
import { isRootPath } from "../../src/logic/index.js";
import { loadFixture, withRules } from "../fixtures/load.js";

const rows = [{ y: 2019 }, { y: 2020 }, { y: 2021 }];
const data = { $form: { year: 2020 }, $computed: { limit: 2020, nested: { list: [2019, 2021] } }, rows };
const sameYear = { filter: [{ var: "rows" }, { "==": [{ var: "y" }, { var: "$form.year" }] }] };

/** json-logic-js applied directly, with its own `var` (the evaluator registers nothing in it). */
const applyBare = (rule: unknown, value: unknown): unknown =>
  (jsonLogic as unknown as { apply(rule: unknown, data: unknown): unknown }).apply(rule, value);

describe("root paths inside row scopes", () => {
  it("filter, map, all, some, none and reduce read $form and $computed from the root", () => {
    expect(applyRule(sameYear, data)).toEqual([{ y: 2020 }]);
    expect(applyRule({ map: [{ var: "rows" }, { "-": [{ var: "$form.year" }, { var: "y" }] }] }, data)).toEqual([1, 0, -1]);
    expect(applyRule({ all: [{ var: "rows" }, { "<=": [{ var: "y" }, { "+": [{ var: "$computed.limit" }, 1] }] }] }, data)).toBe(true);
    expect(applyRule({ some: [{ var: "rows" }, { ">": [{ var: "y" }, { var: "$computed.limit" }] }] }, data)).toBe(true);
    expect(applyRule({ none: [{ var: "rows" }, { in: [{ var: "y" }, { var: "$computed.nested.list" }] }] }, data)).toBe(false);
    const reduce = { reduce: [{ var: "rows" }, { "+": [{ var: "accumulator" }, { var: "$form.year" }] }, 0] };
    expect(applyRule(reduce, data)).toBe(3 * 2020);
  });

  it("works in nested scopes, in validIn, with defaults and in missing", () => {
    const nested = { map: [{ var: "rows" }, { count: { filter: [[1, 2, 3], { "<": [{ var: "" }, { "-": [{ var: "$form.year" }, 2018] }] }] } }] };
    expect(applyRule(nested, data)).toEqual([1, 1, 1]);
    const valid = { filter: [{ var: "items" }, { validIn: [{ var: "from" }, { var: "until" }, { var: "$form.year" }] }] };
    const items = [{ from: "2019-01-01", until: "2020-12-31" }, { from: "2021-01-01", until: "2022-12-31" }];
    expect(applyRule(valid, { $form: { year: 2020 }, items })).toEqual([items[0]]);
    expect(applyRule(valid, { $form: { year: 2021 }, items })).toEqual([items[1]]);
    expect(applyRule({ map: [{ var: "rows" }, { var: ["$form.missing", "d"] }] }, data)).toEqual(["d", "d", "d"]);
    expect(applyRule({ map: [{ var: "rows" }, { missing: ["$form.year", "y", "$computed.none"] }] }, data)).toEqual([
      ["$computed.none"],
      ["$computed.none"],
      ["$computed.none"],
    ]);
  });

  it("a row's own $form or $computed key never shadows the root", () => {
    const hostile = [{ y: 1999, $form: { year: 1999 }, $computed: { limit: 0 } }];
    const value = { $form: { year: 2020 }, $computed: { limit: 2020 }, rows: hostile };
    expect(applyRule(sameYear, value)).toEqual([]);
    expect(applyRule({ map: [{ var: "rows" }, [{ var: "$form.year" }, { var: "$computed.limit" }]] }, value)).toEqual([[2020, 2020]]);
    // Without a root $form, the row's one is not used either.
    expect(applyRule({ map: [{ var: "rows" }, { var: "$form.year" }] }, { rows: hostile })).toEqual([null]);
  });

  it("other paths still read the row, including other names starting with $", () => {
    const value = { $form: { year: 2020 }, rows: [{ $formx: 1, $root: 2, y: 3, "$form": { year: 1 } }] };
    expect(applyRule({ map: [{ var: "rows" }, [{ var: "$formx" }, { var: "$root" }, { var: "y" }]] }, value)).toEqual([[1, 2, 3]]);
    expect(isRootPath("$form.year")).toBe(true);
    expect(isRootPath("$computed.a.b")).toBe(true);
    expect(isRootPath("$form")).toBe(true);
    expect(isRootPath("$formyear")).toBe(false);
    expect(isRootPath("$computedx.a")).toBe(false);
    expect(isRootPath("table8.$form.year")).toBe(false);
  });
});

describe("root paths keep the safety rules", () => {
  const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype"];

  it.each(names)("$form.%s and $computed.%s read as missing inside rows", (name) => {
    const rule = { map: [{ var: "rows" }, [{ var: `$form.${name}` }, { var: `$computed.${name}` }, { var: `$form.year.${name}` }, { var: [`$form.${name}`, "fallback"] }]] };
    expect(applyRule(rule, { $form: { year: 2020 }, $computed: {}, rows: [1] })).toEqual([[null, null, null, "fallback"]]);
  });

  it("never hands back a function from the root", () => {
    const value = { $form: { year: 2020, f: () => 1 }, $computed: { g: () => 2 }, rows: [1] };
    expect(applyRule({ map: [{ var: "rows" }, [{ var: "$form.f" }, { var: "$computed.g" }]] }, value)).toEqual([[null, null]]);
    expect(applyRule({ map: [{ var: "rows" }, { var: "$form" }] }, value)).toEqual([{ year: 2020 }]);
  });

  it("a rule cannot change the root it reads", () => {
    const value = { $form: { year: 2020 }, rows: [1] };
    applyRule({ map: [{ var: "rows" }, { merge: [{ var: "$form" }, 1] }] }, value);
    expect(value).toEqual({ $form: { year: 2020 }, rows: [1] });
  });

  it("the root lasts one application: afterwards, and after a failure, root paths read the data in scope", () => {
    const row = { y: 2020, $form: { year: 2020 } };
    applyRule(sameYear, data);
    expect(applyBare(sameYear, { rows: [row] })).toEqual([row]);
    const overBudget = { filter: [{ var: "rows" }, { some: [{ var: "rows" }, { "==": [{ var: "$form.year" }, 1] }] }] };
    const many = { $form: { year: 1 }, rows: Array.from({ length: 2_000 }, (_, i) => ({ y: i })) };
    expect(() => applyRule(overBudget, many)).toThrow(RuleError);
    expect(applyBare(sameYear, { rows: [row] })).toEqual([row]);
  });

  it("reading a large computed list per row spends work: a quadratic rule stays within the budget or is refused", () => {
    const list = Array.from({ length: 3_000 }, (_, i) => i);
    const rule = { count: { filter: [{ var: "$computed.list" }, { in: [{ var: "" }, { var: "$computed.list" }] }] } };
    expect(() => applyRule(rule, { $computed: { list } })).toThrow(RuleError);
  });
});

describe("what a rule reads", () => {
  it("records $form and $computed paths read inside rows, not the row's own fields", () => {
    const rule = { count: { filter: [{ var: "t.rows" }, { and: [{ var: "ok" }, { ">": [{ var: "n" }, { var: "$computed.t.limit" }] }, { "==": [{ var: "$form.year" }, 1] }] }] } };
    expect(analyseRule(rule).reads).toEqual(["t.rows", "$computed.t.limit", "$form.year"]);
  });

  it("orders a computed value after one it reads inside a row filter", () => {
    const pkg = withRules(loadFixture("mini-2020", { shared: true }), "table1", (rules) => ({
      ...rules,
      computed: [
        {
          id: "table1.aboveMinimum",
          label: "above",
          logic: { count: { filter: [{ var: "table1.organisations" }, { ">=": [{ var: "$computed.table1.minimum" }, 1] }] } },
        },
        { id: "table1.minimum", label: "minimum", logic: 1 },
        ...(rules.computed ?? []),
      ],
    }));
    const result = createEvaluator(pkg).evaluate({ data: { table1: { organisations: [{ name: "a" }, { name: "b" }] } } });
    expect(result.computed["table1.aboveMinimum"]?.value).toBe(2);
  });
});

describe("the evaluation's own objects", () => {
  it("give nothing through their prototype: the context, $form, $computed and its groups read prototype members as missing", () => {
    const members = ["constructor", "toString", "__proto__", "hasOwnProperty", "valueOf"];
    const reads = members.flatMap((name) => [name, `$form.${name}`, `$computed.${name}`, `$computed.table1.${name}`, `$computed.table1.minimum.${name}`]);
    const pkg = withRules(loadFixture("mini-2020", { shared: true }), "table1", (rules) => ({
      ...rules,
      computed: [
        { id: "table1.minimum", label: "minimum", logic: 1 },
        { id: "table1.prototypeReads", label: "reads", logic: reads.map((path) => ({ var: [path, "missing"] })) },
        { id: "table1.missingMembers", label: "missing", logic: { missing: reads } },
        { id: "table1.inContext", label: "in", logic: { in: ["x", { var: "" }] } },
        // No toString or valueOf to find: compared with a text, the group fails the rule instead of reading "[object Object]".
        { id: "text.ofGroup", label: "text", logic: { "==": [{ var: "$computed.table1" }, "[object Object]"] } },
        ...(rules.computed ?? []),
      ],
    }));
    const result = createEvaluator(pkg).evaluate({ data: { table1: { organisations: [] } } });
    expect(result.computed["table1.prototypeReads"]?.value).toEqual(reads.map(() => "missing"));
    expect(result.computed["table1.missingMembers"]?.value).toEqual(reads);
    expect(result.computed["table1.inContext"]?.value).toBe(false);
    expect(result.computed["table1.minimum"]?.value).toBe(1);
    expect(result.computed["text.ofGroup"]?.value).toBeNull();
    expect(result.findings.filter((finding) => finding.code === "rule.failed").map((finding) => finding.label)).toEqual(["text"]);
  });
});

describe("the 2020 handbook follows its year", () => {
  let handbook: FormPackage | undefined;
  const load = async (): Promise<FormPackage> => (handbook ??= await loadFormFolder(new URL("../../../../forms/2020-handbook/", import.meta.url).pathname));
  const atYear = (pkg: FormPackage, year: number): FormPackage => ({ ...pkg, manifest: { ...pkg.manifest, year } });
  const trademark = (validFrom: string, validUntil: string) => ({
    data: { table8: { brands: { wellKnownTrademark: { items: [{ name: "n", certifiedBy: "c", year: 2018, validFrom, validUntil }] } } } },
  });
  const national = (pkg: FormPackage, submission: unknown): number | null | undefined =>
    createEvaluator(pkg).evaluate(submission).criteria.find((c) => c.id === "t8.national")?.computed;

  it("a trademark valid 2021–2022 counts in 2021 and not in 2020", async () => {
    const pkg = await load();
    const submission = trademark("2021-01-01", "2022-12-31");
    expect(national(pkg, submission)).toBe(0);
    expect(national(atYear(pkg, 2021), submission)).toBe(8);
    expect(national(atYear(pkg, 2023), submission)).toBe(0);
  });

  it("the submission cannot move the year: a $form key in the data or in a row is ignored", async () => {
    const pkg = await load();
    const submission = trademark("2021-01-01", "2022-12-31");
    const row = submission.data.table8.brands.wellKnownTrademark.items[0] as Record<string, unknown>;
    row.$form = { year: 2021 };
    expect(national(pkg, { ...submission, data: { ...submission.data, $form: { year: 2021 } } })).toBe(0);
  });
});
