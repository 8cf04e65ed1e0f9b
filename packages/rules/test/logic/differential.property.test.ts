// The compiled evaluator against json-logic-js 2.0.5, the language's reference: random rules over
// every allowed operation, applied to random data, give the same value, or both fail.
// json-logic-js here is this test file's own module instance, with the custom operations' `fn`
// registered in it (the evaluator registers nothing there: see host-json-logic.test.ts).
import fc from "fast-check";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { allowedOperationNames, applyRule, operations, RuleError, SCOPING_OPERATIONS, toSafeData } from "../../src/index.js";
import { isCompiled } from "../../src/logic/compile.js";

interface Reference {
  apply(rule: unknown, data: unknown): unknown;
  add_operation(name: string, fn: (...args: unknown[]) => unknown): void;
}
const reference = jsonLogic as unknown as Reference;
// Custom operations are run by their `fn` (a compile step of theirs must agree with it).
for (const op of operations) {
  if (!op.fn) throw new Error(`custom operation ${op.name} has no fn for the reference`);
  reference.add_operation(op.name, op.fn);
}

type Outcome = { readonly value: unknown } | { readonly failed: true };

const outcome = (run: () => unknown): Outcome => {
  try {
    return { value: run() };
  } catch (error) {
    // The evaluator turns every failure into a RuleError; json-logic-js throws what JavaScript throws.
    if (error instanceof RuleError && error.code !== "rule.failed") throw error;
    return { failed: true };
  }
};

/** Same JSON-Logic value: deep, numbers by Object.is (NaN is NaN, -0 is not 0), prototypes ignored. */
function same(a: unknown, b: unknown): boolean {
  if (typeof a === "number" && typeof b === "number") return Object.is(a, b);
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return a === b;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  return keysA.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

// Field names: none is an operation, a prototype member or a root path (those differ on purpose: docs/rules.md).
const keys = ["a", "b", "n", "s", "list", "rows", "x.y"];
const paths = ["", "a", "b", "n", "s", "list", "rows", "a.b", "a.n", "list.0", "list.1", "rows.0.n", "rows.1.s", "s.0", "s.length", "list.length", "current", "accumulator", "current.n", "nothing.here", 0, 1];

const scalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -3, max: 12 }),
  fc.constantFrom(0.5, -0, 1.5e300, -7.25),
  fc.constantFrom("", " ", "0", "1", "2.5", "-0", "abc", "a", "1e3", "true", "null"),
  fc.boolean(),
  fc.constant(null),
);

const data: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: "small", withCrossShrink: true }, scalar, fc.array(tie("value"), { maxLength: 4 }), tie("object")),
  object: fc.dictionary(fc.constantFrom(...keys), tie("value"), { maxKeys: 5 }),
})).object;

const scoping = new Set(SCOPING_OPERATIONS);
const standard = allowedOperationNames().filter((name) => !operations.some((op) => op.name === name));

const rule: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    scalar,
    fc.constantFrom(...paths).map((path) => ({ var: path })),
    fc.tuple(fc.constantFrom(...paths), tie("rule")).map(([path, fallback]) => ({ var: [path, fallback] })),
    fc.record({ var: tie("rule") }),
    fc.array(fc.constantFrom(...paths), { maxLength: 4 }).map((list) => ({ missing: list })),
    fc.tuple(fc.integer({ min: 0, max: 3 }), fc.array(fc.constantFrom(...paths), { maxLength: 4 })).map(([need, list]) => ({ missing_some: [need, list] })),
    fc.tuple(fc.constantFrom(...allowedOperationNames()), fc.array(tie("rule"), { maxLength: 4 })).map(([op, args]) => ({ [op]: args })),
    // A single argument not in a list, and a literal object (two keys: plain data, not an operation).
    fc.tuple(fc.constantFrom(...standard), tie("rule")).map(([op, arg]) => ({ [op]: arg })),
    fc.record({ a: scalar, b: scalar }),
    fc.array(tie("rule"), { maxLength: 3 }),
  ),
})).rule;

/** Scoping operations whose list is data that has one: more loops run than with a random first argument. */
const scoped: fc.Arbitrary<unknown> = fc
  .tuple(fc.constantFrom(...scoping), fc.constantFrom("list", "rows", "a"), rule, fc.option(rule, { nil: undefined }))
  .map(([op, path, body, initial]) => ({ [op]: initial === undefined ? [{ var: path }, body] : [{ var: path }, body, initial] }));

/** The rule as JSON.parse would give it (fast-check builds objects without a prototype), -0 kept. */
const plain = (node: unknown): unknown => {
  if (node === null || typeof node !== "object") return node;
  if (Array.isArray(node)) return node.map(plain);
  return Object.fromEntries(Object.entries(node).map(([key, value]) => [key, plain(value)]));
};

/** An object with one key anywhere in the data: json-logic-js's `missing` and `missing_some` run it as a rule when it is among the keys. */
const holdsRuleLike = (node: unknown): boolean => {
  if (node === null || typeof node !== "object") return false;
  if (Array.isArray(node)) return node.some(holdsRuleLike);
  return Object.keys(node).length === 1 || Object.values(node).some(holdsRuleLike);
};
const readsKeys = (rule: unknown): boolean => JSON.stringify(rule).includes('"missing');

function agree(generated: unknown, value: unknown): void {
  const rule = plain(generated);
  const safe = toSafeData(value).data;
  // The one difference on purpose (docs/rules.md): data is never run as a rule.
  fc.pre(!(readsKeys(rule) && holdsRuleLike(safe)));
  const ours = outcome(() => applyRule(rule, safe));
  const theirs = outcome(() => reference.apply(rule, safe));
  const agreed = "failed" in ours ? "failed" in theirs : "value" in theirs && same(ours.value, theirs.value);
  if (!agreed) expect({ rule, ours, theirs }).toBe("the same outcome");
}

describe("the compiled evaluator gives what json-logic-js gives", () => {
  it("has a compiled form of every allowed operation", () => {
    expect(allowedOperationNames().filter((name) => !isCompiled(name))).toEqual([]);
    expect(isCompiled("log") || isCompiled("method") || isCompiled("constructor") || isCompiled("toString")).toBe(false);
  });

  it("on the edge cases docs/rules.md lists", () => {
    const cases: [rule: unknown, expected: unknown][] = [
      [{ "!!": [{ var: "empty" }] }, true],
      [{ "!!": [[]] }, false],
      [{ if: [{ var: "empty" }, "yes", "no"] }, "yes"],
      [{ "+": [null, 1] }, Number.NaN],
      [{ "-": [null, 1] }, -1],
      [{ "*": [null, 2] }, Number.NaN],
      [{ "/": [null, 2] }, 0],
      [{ "+": ["1", "2"] }, 3],
      [{ "*": ["3"] }, "3"],
      [{ missing: ["nothing", "blank", "zero", "no"] }, ["nothing", "blank"]],
      [{ map: [[null, "", 0], { missing: ["a", ""] }] }, [["a", ""], ["a", ""], ["a"]]],
      [{ missing: [[["nothing", 1], ["blank", ""]]] }, [["blank", ""]]],
      [{ var: ["", 5] }, { empty: {}, blank: "", zero: 0, no: false }],
      [{ "==": [1, "1"] }, true],
      [{ "==": [0, ""] }, true],
      [{ "==": [null, 0] }, false],
      [{ "==": [null, { var: "nothing" }] }, true],
      [{ "==": [[1], 1] }, true],
      [{ "===": [1, "1"] }, false],
      [{ "<": [null, 1] }, true],
      [{ in: ["a", "cat"] }, true],
      [{ and: [] }, undefined],
      [{ max: [] }, Number.NEGATIVE_INFINITY],
    ];
    const value = { empty: {}, blank: "", zero: 0, no: false };
    for (const [rule, expected] of cases) {
      const safe = toSafeData(value).data;
      expect(same(applyRule(rule, safe), expected), JSON.stringify(rule)).toBe(true);
      expect(same(reference.apply(rule, safe), expected), JSON.stringify(rule)).toBe(true);
    }
  });

  it("except that data is never run as a rule: missing_some over keys from the data", () => {
    const value = toSafeData({ keys: [{ cat: ["x"] }], x: null }).data;
    const rule = { missing_some: [1, { var: "keys" }] };
    // json-logic-js runs the key {"cat": ["x"]} from the data, then finds "x" missing.
    expect(reference.apply(rule, value)).toEqual(["x"]);
    // Here a key that is an object is no path: the rule fails, as it does with any other object key.
    expect(() => applyRule(rule, value)).toThrow(RuleError);
    expect(() => applyRule({ missing: [{ var: "keys.0" }] }, value)).toThrow(RuleError);
  });

  it("on random rules over random data", () => {
    fc.assert(fc.property(rule, data, (r, d) => agree(r, d)), { numRuns: 4_000 });
  });

  it("on row operations over lists in the data", () => {
    fc.assert(fc.property(scoped, data, (r, d) => agree(r, { ...(d as object), rows: [{ n: 1, s: "a" }, { n: 2 }, null, 3] })), { numRuns: 2_000 });
  });

  it.each(allowedOperationNames())("%s, with up to four random arguments", (op) => {
    fc.assert(fc.property(fc.array(rule, { maxLength: 4 }), data, (args, d) => agree({ [op]: args }, d)), { numRuns: 300 });
  });
});
