// Rules are untrusted data: no prototype access, no refused operations, bounded depth, size and work.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { applyPrepared, applyRule, checkRule, prepareRule, RuleError, toPlainJson } from "../../src/index.js";

const errorOf = (run: () => unknown): RuleError => {
  try {
    run();
  } catch (error) {
    if (error instanceof RuleError) return error;
    throw error;
  }
  throw new Error("expected a RuleError");
};

const snapshot = () => ({
  object: Object.getOwnPropertyNames(Object.prototype).sort(),
  array: Object.getOwnPropertyNames(Array.prototype).sort(),
  string: Object.getOwnPropertyNames(String.prototype).sort(),
  function: Object.getOwnPropertyNames(Function.prototype).sort(),
  globals: Object.getOwnPropertyNames(globalThis).sort(),
});

describe("prototype members read as missing fields", () => {
  let before: ReturnType<typeof snapshot>;
  beforeAll(() => (before = snapshot()));
  afterAll(() => expect(snapshot()).toEqual(before));

  const names = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "__defineGetter__", "prototype", "isPrototypeOf"];

  it.each(names)("var %s on an object, an array, a string and a number is null", (name) => {
    expect(applyRule({ var: name }, {})).toBeNull();
    expect(applyRule({ var: `a.${name}` }, { a: [1, 2] })).toBeNull();
    expect(applyRule({ var: `s.${name}` }, { s: "text" })).toBeNull();
    expect(applyRule({ var: `n.${name}` }, { n: 5 })).toBeNull();
    expect(applyRule({ var: [name, "fallback"] }, {})).toBe("fallback");
  });

  it.each(names)("%s given as data is an ordinary field", (name) => {
    const data = JSON.parse(`{"${name}": {"x": 7}}`) as unknown;
    expect(applyRule({ var: `${name}.x` }, data)).toBe(7);
  });

  it("cannot walk to Function through constructor chains", () => {
    expect(applyRule({ var: "constructor.constructor" }, {})).toBeNull();
    expect(applyRule({ var: "a.constructor.prototype" }, { a: {} })).toBeNull();
    expect(applyRule({ var: "__proto__.__proto__" }, {})).toBeNull();
    expect(applyRule({ var: { cat: ["constr", "uctor"] } }, {})).toBeNull();
    expect(applyRule({ map: [[1], { var: "constructor" }] }, {})).toEqual([null]);
    expect(applyRule({ reduce: [[1], { var: "accumulator.constructor" }, {}] }, {})).toBeNull();
    expect(applyRule({ missing: ["constructor", "toString"] }, {})).toEqual(["constructor", "toString"]);
  });

  it("never hands back a function, whatever the data holds", () => {
    const data = { f: () => 1, o: { g: () => 2 } };
    expect(applyRule({ var: "f" }, data)).toBeNull();
    expect(applyRule({ var: "o.g" }, data)).toBeNull();
    expect(applyRule({ var: "" }, data)).toEqual({ o: {} });
  });

  it("gives rules a copy: a rule cannot change the data it reads", () => {
    const data = { list: [3, 1, 2], o: { a: 1 } };
    applyRule({ merge: [{ var: "list" }, [4]] }, data);
    applyRule({ map: [{ var: "list" }, { var: "" }] }, data);
    expect(data).toEqual({ list: [3, 1, 2], o: { a: 1 } });
  });

  it("leaves Object.prototype unpolluted by __proto__ keys in data and rules", () => {
    const data = JSON.parse('{"__proto__": {"polluted": true}, "a": {"__proto__": {"polluted": true}}}') as unknown;
    applyRule({ var: "__proto__.polluted" }, data);
    expect(errorOf(() => applyRule(JSON.parse('{"if": [true, {"__proto__": {"polluted": true}}, 0]}'), data)).code).toBe("rule.unknownOperation");
    const literal = applyRule(JSON.parse('{"if": [true, {"__proto__": {"polluted": true}, "b": 1}, 0]}'), data) as Record<string, unknown>;
    expect(Object.keys(literal)).toEqual(["__proto__", "b"]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(applyRule({ var: "__proto__.polluted" }, data)).toBe(true);
  });
});

describe("operations outside the allow-list are refused before running", () => {
  it.each([
    ["log", { log: "x" }, "rule.refusedOperation"],
    ["method", { method: ["abc", "toUpperCase"] }, "rule.refusedOperation"],
    ["nested log", { and: [true, { if: [true, { log: 1 }, 0] }] }, "rule.refusedOperation"],
    ["unknown", { eval: "1" }, "rule.unknownOperation"],
    ["prototype name", { constructor: [1] }, "rule.unknownOperation"],
    ["__proto__", JSON.parse('{"__proto__": [1]}') as unknown, "rule.unknownOperation"],
    ["hasOwnProperty", { hasOwnProperty: ["x"] }, "rule.unknownOperation"],
    ["dotted", { "Math.max": [1, 2] }, "rule.unknownOperation"],
    ["inside a filter", { filter: [[1], { toString: [] }] }, "rule.unknownOperation"],
  ])("%s", (_name, rule, code) => {
    const problems = checkRule(rule);
    expect(problems[0]?.code).toBe(code);
    expect(problems[0]?.message.zh.length).toBeGreaterThan(0);
    let logged = false;
    const original = console.log;
    console.log = () => void (logged = true);
    try {
      expect(errorOf(() => applyRule(rule, {})).code).toBe(code);
    } finally {
      console.log = original;
    }
    expect(logged).toBe(false);
  });

  it("points at the offending node", () => {
    expect(checkRule({ and: [true, { if: [true, { log: 1 }, 0] }] })[0]?.pointer).toBe("/and/1/if/1");
  });

  it("refuses values that are not JSON", () => {
    expect(checkRule({ "+": [1, () => 2] })[0]?.code).toBe("rule.notJson");
    expect(checkRule({ "+": [1, Number.NaN] })[0]?.code).toBe("rule.notJson");
    expect(checkRule({ "+": [1, new Date()] })[0]?.code).toBe("rule.notJson");
  });
});

describe("limits", () => {
  const deep = (levels: number): unknown => {
    let rule: unknown = 1;
    for (let i = 0; i < levels; i += 1) rule = { "+": [rule, 1] };
    return rule;
  };

  it("refuses a rule nested deeper than the limit, without overflowing the stack", () => {
    expect(checkRule(deep(20))).toEqual([]);
    expect(applyRule(deep(20), {})).toBe(21);
    expect(checkRule(deep(100_000))[0]?.code).toBe("rule.tooDeep");
    expect(errorOf(() => applyRule(deep(30), {}, { maxRuleDepth: 10 })).code).toBe("rule.tooDeep");
  });

  it("refuses a rule with too many nodes", () => {
    const wide = { "+": Array.from({ length: 20_000 }, () => 1) };
    expect(checkRule(wide)[0]?.code).toBe("rule.tooLarge");
    expect(checkRule({ "+": [1, 2, 3] }, { maxRuleNodes: 3 })[0]?.code).toBe("rule.tooLarge");
  });

  it("refuses nested loops over big arrays before running them", () => {
    const rows = Array.from({ length: 2_000 }, (_, i) => ({ n: i }));
    const nested = { filter: [{ var: "rows" }, { some: [{ var: "$root.rows" }, { "==": [{ var: "n" }, 1] }] }] };
    expect(errorOf(() => applyRule(nested, { rows })).code).toBe("rule.overBudget");
    // A single pass over the same rows is fine.
    expect(applyRule({ count: { filter: [{ var: "rows" }, { ">": [{ var: "n" }, 1_990] }] } }, { rows })).toBe(9);
  });

  it("stops lists and texts that double per row before they exhaust memory", () => {
    const rows = Array.from({ length: 40 }, (_, i) => i);
    const doublingList = { reduce: [{ var: "rows" }, { merge: [{ var: "accumulator" }, { var: "accumulator" }] }, [1]] };
    const doublingText = { reduce: [{ var: "rows" }, { cat: [{ var: "accumulator" }, { var: "accumulator" }] }, "x"] };
    expect(errorOf(() => applyRule(doublingList, { rows })).code).toBe("rule.overBudget");
    expect(errorOf(() => applyRule(doublingText, { rows })).code).toBe("rule.overBudget");
    expect(applyRule(doublingList, { rows: rows.slice(0, 10) })).toHaveLength(1024);
  });

  it("stops rules that build a list holding itself twice per step", () => {
    const rows = Array.from({ length: 40 }, (_, i) => i);
    const pairs = { reduce: [{ var: "rows" }, [{ var: "accumulator" }, { var: "accumulator" }], 0] };
    expect(errorOf(() => applyRule({ cat: [pairs] }, { rows })).code).toBe("rule.overBudget");
    let chain: unknown = { var: "rows" };
    for (let i = 0; i < 30; i += 1) chain = { map: [chain, [{ var: "" }, { var: "" }]] };
    expect(errorOf(() => applyRule({ "==": [chain, "x"] }, { rows })).code).toBe("rule.overBudget");
    expect(JSON.stringify(toPlainJson(applyRule(pairs, { rows: rows.slice(0, 12) }))).length).toBeLessThan(2_000_000);
  });

  it("charges each use of a list read once, outside any loop, by an operation that writes it out", () => {
    // Read for one unit, the 2,000 rows are written out as text by every `==`: 2,001 units each.
    const rows = Array.from({ length: 2_000 }, (_, i) => i);
    const uses = (n: number) => Array.from({ length: n }, () => ({ "==": [{ var: "rows" }, "x"] }));
    expect(applyRule(uses(4), { rows }, { maxWork: 10_000 })).toEqual([false, false, false, false]);
    expect(errorOf(() => applyRule(uses(5), { rows }, { maxWork: 10_000 })).code).toBe("rule.overBudget");
  });

  it("charges a list written in the rule by its size, known when the rule is compiled", () => {
    // Per row: the loop's unit, the row read, and the 51 units of writing out the list `in` searches.
    const rule = prepareRule({ map: [{ var: "rows" }, { in: [{ var: "" }, Array.from({ length: 50 }, (_, i) => i)] }] });
    const rows = Array.from({ length: 100 }, (_, i) => i);
    expect(applyPrepared(rule, { rows }, 0, 1 + 100 * 53)).toHaveLength(100);
    expect(errorOf(() => applyPrepared(rule, { rows }, 0, 100 * 53)).code).toBe("rule.overBudget");
  });

  it("charges a list that an arithmetic operation hands on as it is ({\"*\": [list]}) by measuring it", () => {
    // `*` of one value gives that value, a list too: `==` writes it out, 2,001 units per use, as without the `*`.
    const rows = Array.from({ length: 2_000 }, (_, i) => i);
    const uses = (n: number) => Array.from({ length: n }, () => ({ "==": [{ "*": [{ var: "rows" }] }, "x"] }));
    expect(applyRule(uses(4), { rows }, { maxWork: 10_000 })).toEqual([false, false, false, false]);
    expect(errorOf(() => applyRule(uses(5), { rows }, { maxWork: 10_000 })).code).toBe("rule.overBudget");
  });

  it("stops at run time what the estimate lets through", () => {
    // The array is built by the rule (merge of a map), so the static estimate cannot see its size.
    const rows = Array.from({ length: 300 }, (_, i) => i);
    const built = { merge: { map: [{ var: "rows" }, { var: "$whole" }] } };
    const rule = { map: [built, { map: [{ var: "$none" }, 1] }] };
    expect(applyRule(rule, { rows }, { maxWork: 1_000_000 })).toHaveLength(300);
    const heavy = { map: [{ merge: { map: [{ var: "rows" }, [{ var: "" }, { var: "" }, { var: "" }]] } }, { var: "" }] };
    expect(errorOf(() => applyRule(heavy, { rows }, { maxWork: 1_000 })).code).toBe("rule.overBudget");
  });
});
