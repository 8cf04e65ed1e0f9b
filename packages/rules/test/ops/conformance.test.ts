// Every custom operation against its conformance cases and its own documented examples.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyRule, operations } from "../../src/index.js";

type Case = [rule: unknown, data: unknown, expected: unknown];

const entries = JSON.parse(readFileSync(new URL("../conformance/ops.json", import.meta.url), "utf8")) as unknown[];
const cases = entries.filter((entry): entry is Case => Array.isArray(entry));

describe("custom operations", () => {
  it.each(cases.map((c) => [JSON.stringify(c[0]), JSON.stringify(c[1]), c] as const))("%s on %s", (_rule, _data, [rule, data, expected]) => {
    expect(applyRule(rule, data)).toStrictEqual(expected);
  });

  const examples = operations.flatMap((op) => op.examples.map((example) => [op.name, JSON.stringify(example[0]), example] as const));
  it.each(examples)("example of %s: %s", (_name, _rule, [rule, data, expected]) => {
    expect(applyRule(rule, data)).toStrictEqual(expected);
  });

  it("covers every operation in the conformance cases", () => {
    const used = new Set(cases.map(([rule]) => Object.keys(rule as object)[0]));
    for (const op of operations) expect(used, op.name).toContain(op.name);
  });

  it("has a summary, a signature and examples for every operation", () => {
    for (const op of operations) {
      expect(op.summary.length, op.name).toBeGreaterThan(20);
      expect(op.signature, op.name).toContain(`"${op.name}"`);
      expect(op.examples.length, op.name).toBeGreaterThanOrEqual(2);
    }
  });
});
