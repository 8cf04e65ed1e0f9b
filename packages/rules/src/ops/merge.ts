import { spendWork } from "../logic/budget.js";
import { eagerAsIs } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

/**
 * One list of the values, lists among them flattened one level. Its result can grow faster than
 * the data (a `reduce` merging its accumulator with itself doubles it per row), so it spends work
 * in proportion to what it builds and the budget stops such a rule before it exhausts memory.
 */
function merge(...values: unknown[]): unknown[] {
  let size = 0;
  for (const value of values) size += Array.isArray(value) ? value.length : 1;
  spendWork(size);
  return values.reduce<unknown[]>((merged, value) => merged.concat(value), []);
}

export const mergeOperation: OperationDef = {
  name: "merge",
  family: "standard",
  result: "merged",
  compile: (args) => eagerAsIs(args, merge),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: mergeOperation,
  signature: '{"merge": [list or value, …]}',
  summary: "One list of all the values, lists among them flattened one level.",
  examples: [
    [{ merge: [[1, 2], 3, [[4]]] }, {}, [1, 2, 3, [4]]],
    [{ merge: [{ var: "a" }, { var: "b" }] }, { a: ["x"], b: ["y"] }, ["x", "y"]],
  ],
};
