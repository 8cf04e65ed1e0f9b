import { spendWork } from "../logic/budget.js";
import type { Compiled } from "../logic/types.js";
import { countKept, filterNodeOf } from "./filter.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const count: OperationDef = {
  name: "count",
  family: "custom",
  arguments: { min: 1, max: 1, kinds: [["array"]] },
  result: ["number"],
  fn: (list) => (Array.isArray(list) ? list.length : 0),
  // The usual "how many rows match": a count of a filter counts the rows it keeps without listing them.
  compile: (args) => {
    const node = args.length === 1 ? filterNodeOf(args[0] as Compiled) : undefined;
    if (!node) return undefined;
    return (data, root) => {
      const kept = countKept(node, data, root);
      spendWork(1);
      return kept;
    };
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: count,
  signature: '{"count": [list]}',
  summary:
    "The number of items in a list; anything that is not a list counts 0. Count the rows that match a condition by counting a filter.",
  examples: [
    [{ count: [{ var: "table6.organisations" }] }, { table6: { organisations: [{ kind: "a" }, { kind: "b" }] } }, 2],
    [
      { count: { filter: [{ var: "table9.patents" }, { "==": [{ var: "valid" }, true] }] } },
      { table9: { patents: [{ valid: true }, { valid: false }, { valid: true }] } },
      2,
    ],
    [{ count: [{ var: "missing" }] }, {}, 0],
  ],
};
