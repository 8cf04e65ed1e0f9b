// Every operation against its own examples (standard ones also against json-logic-js, the
// language's reference), and the custom operations against their conformance cases.
import { readFileSync } from "node:fs";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { allowedOperationNames, applyRule, operationDefinitions, operations } from "../../src/index.js";
import { operationDocs, unregisteredDocs } from "./operation-docs.js";

type Case = [rule: unknown, data: unknown, expected: unknown];

const entries = JSON.parse(readFileSync(new URL("../conformance/ops.json", import.meta.url), "utf8")) as unknown[];
const cases = entries.filter((entry): entry is Case => Array.isArray(entry));

describe("custom operations", () => {
  it.each(cases.map((c) => [JSON.stringify(c[0]), JSON.stringify(c[1]), c] as const))("%s on %s", (_rule, _data, [rule, data, expected]) => {
    expect(applyRule(rule, data)).toStrictEqual(expected);
  });

  it("covers every operation in the conformance cases", () => {
    const used = new Set(cases.map(([rule]) => Object.keys(rule as object)[0]));
    for (const op of operations) expect(used, op.name).toContain(op.name);
  });
});

describe("operation definitions", () => {
  const examples = operationDocs.flatMap(({ operation: op, examples }) => examples.map((example) => [op.name, JSON.stringify(example[0]), op, example] as const));
  it.each(examples)("example of %s: %s", (_name, _rule, op, [rule, data, expected]) => {
    expect(applyRule(rule, data)).toStrictEqual(expected);
    if (op.family === "standard") expect(jsonLogic.apply(rule as jsonLogic.RulesLogic, data)).toStrictEqual(expected);
  });

  it("define every allowed operation once, each with a way to run it", () => {
    const names = operationDefinitions.map((op) => op.name);
    expect(new Set(names).size).toBe(names.length);
    expect([...names].sort()).toStrictEqual(allowedOperationNames());
    for (const op of operationDefinitions) expect(op.fn ?? op.compile, op.name).toBeTypeOf("function");
    expect(unregisteredDocs.map((docs) => docs.operation.name)).toEqual([]);
  });

  it("use their operation in each example, within its own signature where it stands at the root", () => {
    for (const { operation: op, examples } of operationDocs) {
      for (const [rule] of examples) {
        expect(JSON.stringify(rule), op.name).toContain(`${JSON.stringify(op.name)}:`);
        const given = (rule as Record<string, unknown>)[op.name];
        if (given === undefined || !op.arguments) continue;
        const count = Array.isArray(given) ? given.length : 1;
        expect(count, `${op.name} ${JSON.stringify(rule)}`).toBeGreaterThanOrEqual(op.arguments.min);
        expect(count, `${op.name} ${JSON.stringify(rule)}`).toBeLessThanOrEqual(op.arguments.max);
      }
    }
  });

  it("has a summary, a signature and examples for every operation", () => {
    for (const { operation: op, summary, signature, examples } of operationDocs) {
      expect(summary.length, op.name).toBeGreaterThan(20);
      expect(signature, op.name).toContain(`"${op.name}"`);
      expect(examples.length, op.name).toBeGreaterThanOrEqual(2);
    }
  });
});
