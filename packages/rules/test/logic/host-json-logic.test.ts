// A page's own json-logic-js is left alone: evaluating forms registers nothing in its shared
// operations table (json-logic-js is one module instance per page or bundle, and `add_operation`
// writes into it), so its `var`, `merge`, `cat` and set of operations stay json-logic-js's own.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import jsonLogic from "json-logic-js";
import { describe, expect, it } from "vitest";
import { applyRule, createEvaluator, operations, prepareRule, applyPrepared, toSafeData } from "../../src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";

interface Host {
  apply(rule: unknown, data: unknown): unknown;
}
const host = jsonLogic as unknown as Host;

/** What the host's json-logic-js does where the evaluator's operations would differ from its own. */
function hostBehaviour(): Record<string, unknown> {
  const outcome = (rule: unknown, data: unknown = {}): unknown => {
    try {
      const value = host.apply(rule, data);
      return typeof value === "function" ? "a function" : value;
    } catch (error) {
      return `throws ${(error as Error).message}`;
    }
  };
  return {
    // Its own `var` reads inherited members; the evaluator's reads own properties only.
    inherited: outcome({ var: "constructor" }),
    rowRoot: outcome({ map: [{ var: "rows" }, { var: "$form.year" }] }, { $form: { year: 2020 }, rows: [{}] }),
    merge: outcome({ merge: [[1], 2] }),
    cat: outcome({ cat: ["a", null, 1] }),
    ...Object.fromEntries(operations.map((op) => [op.name, outcome({ [op.name]: [[1, 2]] })])),
  };
}

describe("the host page's json-logic-js", () => {
  const before = hostBehaviour();

  it("is json-logic-js's own before anything runs", () => {
    expect(before.inherited).toBe("a function");
    expect(before.rowRoot).toEqual([null]);
    expect(before.count).toBe("throws Unrecognized operation count");
  });

  it("is unchanged after rules are applied and the 2020 handbook is evaluated", async () => {
    applyRule({ count: { filter: [{ var: "rows" }, { "==": [{ var: "$form.year" }, 2020] }] } }, { $form: { year: 2020 }, rows: [1, 2] });
    const prepared = prepareRule({ merge: [{ var: "a" }, { cat: [{ var: "b" }, { sumOf: [{ var: "rows" }, "n"] }] }] });
    const safe = toSafeData({ a: [1], b: "x", rows: [{ n: 2 }] });
    expect(applyPrepared(prepared, safe.data, safe.rows)).toEqual([1, "x2"]);
    const formDir = fileURLToPath(new URL("../../../../forms/2020-handbook/", import.meta.url));
    const sample: unknown = JSON.parse(readFileSync(fileURLToPath(new URL("../../../../examples/data/2020-handbook.sample.json", import.meta.url)), "utf8"));
    const result = createEvaluator(await loadFormFolder(formDir)).evaluate(sample, { mode: "final" });
    expect(result.criteria.length).toBeGreaterThan(0);
    expect(hostBehaviour()).toEqual(before);
  });
});
