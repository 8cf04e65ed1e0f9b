import { listAndBody, loopItems } from "./support/per-item.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const reduce: OperationDef = {
  name: "reduce",
  family: "standard",
  result: "reduced",
  scoping: { perItem: 1, reads: "reduce" },
  compile: (args) => {
    const [list, body] = listAndBody(args);
    const initial = args[2];
    return (data, root) => {
      const value = list(data, root);
      let accumulator = initial === undefined ? null : initial(data, root);
      const items = loopItems(value);
      if (!items) return accumulator;
      for (let index = 0; index < items.length; index += 1) accumulator = body({ current: items[index], accumulator }, root);
      return accumulator;
    };
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: reduce,
  signature: '{"reduce": [list, rule, initial]}',
  summary: "The rule applied to each item in turn, reading `current` (the item) and `accumulator` (the value so far, first `initial`, else null); the initial value for anything that is not a list.",
  examples: [
    [{ reduce: [{ var: "rows" }, { "+": [{ var: "current" }, { var: "accumulator" }] }, 0] }, { rows: [1, 2, 3] }, 6],
    [{ reduce: [{ var: "none" }, { var: "current" }, 5] }, {}, 5],
  ],
};
