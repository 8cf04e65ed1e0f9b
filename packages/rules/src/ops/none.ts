import { quantifier } from "./support/per-item.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const none: OperationDef = {
  name: "none",
  family: "standard",
  result: ["boolean"],
  scoping: { perItem: 1, reads: "item" },
  compile: quantifier(true, false, true, true),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: none,
  signature: '{"none": [list, rule]}',
  summary: "True when the rule holds for no item of the list (`var` reads the item); true for an empty list or anything that is not a list.",
  examples: [
    [{ none: [{ var: "rows" }, { "<": [{ var: "n" }, 0] }] }, { rows: [{ n: 1 }, { n: -2 }] }, false],
    [{ none: [[], true] }, {}, true],
  ],
};
