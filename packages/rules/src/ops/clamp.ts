import { isFiniteNumber } from "./values.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const clamp: OperationDef = {
  name: "clamp",
  family: "custom",
  arguments: { min: 3, max: 3, kinds: [["number"]] },
  result: ["number"],
  fn: (value, min, max) => {
    const low = isFiniteNumber(min) ? min : Number.NEGATIVE_INFINITY;
    const high = isFiniteNumber(max) ? max : Number.POSITIVE_INFINITY;
    if (!isFiniteNumber(value)) return isFiniteNumber(min) ? min : null;
    return Math.min(Math.max(value, low), high);
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: clamp,
  signature: '{"clamp": [value, min, max]}',
  summary:
    "The value held within [min, max] (a cap such as \"2 points each, at most 10\"). A value that is not a number gives min. A bound that is not a number does not bound.",
  examples: [
    [{ clamp: [{ "*": [2, { count: [{ var: "orgs" }] }] }, 0, 10] }, { orgs: [1, 2, 3, 4, 5, 6, 7] }, 10],
    [{ clamp: [3, 0, 10] }, {}, 3],
    [{ clamp: [-2, 0, 10] }, {}, 0],
    [{ clamp: ["abc", 0, 10] }, {}, 0],
  ],
};
