import { describe, expect, it } from "vitest";
import { applyRule, operationDefinitions, RuleError } from "../../src/index.js";

// The compiler takes the value of an operation whose result kinds hold no list or object without
// measuring its size (../../src/logic/known-sizes.ts): a definition saying so must hold for every input.
describe("operations that say they give no list or object give none", () => {
  const scalar = operationDefinitions.filter((op) => Array.isArray(op.result) && !op.result.includes("array") && !op.result.includes("object"));
  const values: unknown[] = [null, 0, 2.5, "", "2020-01-01", true, [], [1, 2], [[1], { a: 1 }], {}, { a: [1] }];
  const argumentLists: unknown[][] = [[], ...values.map((v) => [v]), ...values.flatMap((a) => values.map((b) => [a, b])), ...values.map((v) => [v, v, [3]]), ...values.map((v) => [[4], v, 5])];

  it("are the arithmetic, comparisons, tests and custom numbers", () => {
    expect(scalar.length).toBeGreaterThan(25);
  });

  it.each(scalar.map((op) => [op.name]))("%s, for lists and objects as arguments", (name) => {
    for (const args of argumentLists) {
      // `*` of one value is that value: its node is the argument's, which the compiler does not mark.
      if (name === "*" && args.length === 1) continue;
      let result: unknown;
      try {
        // Literal lists as data, so that they are values, not a list of arguments.
        result = applyRule({ [name]: args.map((_, i) => ({ var: `a.${i}` })) }, { a: args });
      } catch (error) {
        if (error instanceof RuleError) continue;
        throw error;
      }
      expect(result === null || typeof result !== "object", `${name} of ${JSON.stringify(args)} gave ${JSON.stringify(result)}`).toBe(true);
    }
  });
});
