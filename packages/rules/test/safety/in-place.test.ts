// The evaluator reads a submission in place, never copying it: it must never write to it, never
// reach a prototype through it, and never call what it holds.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null) {
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
    Object.freeze(value);
  }
  return value;
}

describe("reading a submission in place", async () => {
  const pkg = await loadFormFolder(repo("forms/2020-handbook"));
  const text = readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8");

  it("gives for a frozen submission what it gives for a fresh copy, and changes nothing", () => {
    const frozen = deepFreeze(JSON.parse(text) as unknown);
    for (const incremental of [false, true]) {
      const evaluator = createEvaluator(pkg, { incremental });
      expect(evaluator.evaluate(frozen, { mode: "final" })).toEqual(createEvaluator(pkg).evaluate(JSON.parse(text), { mode: "final" }));
    }
    expect(frozen).toEqual(JSON.parse(text));
  });

  it("reads prototype names as missing fields and calls nothing the data holds", () => {
    const sample = JSON.parse(text) as { data: Record<string, Record<string, unknown>> };
    const called: string[] = [];
    const trap = () => {
      called.push("function");
      return 1;
    };
    // `__proto__` and `constructor` as own keys, functions where fields are: nothing but JSON is read.
    const table5 = sample.data.table5 as Record<string, unknown>;
    const hostile = JSON.parse(JSON.stringify(sample)) as typeof sample;
    Object.defineProperty(hostile.data, "__proto__", { value: { table5: { rdToolsRate: 1000 } }, enumerable: true });
    hostile.data.table5 = Object.assign(Object.create({ rdToolsRate: 1000 }) as object, { ...table5, valueOf: trap, toString: trap, constructor: trap });
    const expected = createEvaluator(pkg).evaluate(sample);
    expect(createEvaluator(pkg).evaluate(hostile)).toEqual(expected);
    expect(called).toEqual([]);
  });

  it("reads a part that is a function as missing, and never reads into a function", () => {
    type Sample = { data: Record<string, Record<string, unknown>> };
    const withFunction = JSON.parse(text) as Sample;
    const rate = Object.assign(() => 45, { rdToolsRate: 45 });
    withFunction.data.table5 = Object.assign(rate, {}) as unknown as Record<string, unknown>;
    const result = createEvaluator(pkg, { validator: { validate: () => [] } }).evaluate(withFunction);
    const blank = JSON.parse(text) as Sample;
    delete (blank.data as Record<string, unknown>).table5;
    expect(result.criteria).toEqual(createEvaluator(pkg, { validator: { validate: () => [] } }).evaluate(blank).criteria);
  });
});
