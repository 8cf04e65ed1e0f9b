import type { OperationDef } from "./types.js";

export const count: OperationDef = {
  name: "count",
  family: "custom",
  signature: '{"count": [list]}',
  summary:
    "The number of items in a list; anything that is not a list counts 0. Count the rows that match a condition by counting a filter.",
  arguments: { min: 1, max: 1, kinds: [["array"]] },
  result: ["number"],
  examples: [
    [{ count: [{ var: "table6.organisations" }] }, { table6: { organisations: [{ kind: "a" }, { kind: "b" }] } }, 2],
    [
      { count: { filter: [{ var: "table9.patents" }, { "==": [{ var: "valid" }, true] }] } },
      { table9: { patents: [{ valid: true }, { valid: false }, { valid: true }] } },
      2,
    ],
    [{ count: [{ var: "missing" }] }, {}, 0],
  ],
  fn: (list) => (Array.isArray(list) ? list.length : 0),
};
