import { quantifier } from "./support/per-item.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const all: OperationDef = {
  name: "all",
  family: "standard",
  result: ["boolean"],
  scoping: { perItem: 1, reads: "item" },
  compile: quantifier(false, false, true, false),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: all,
  signature: '{"all": [list, rule]}',
  summary: "True when the rule holds for every item of the list (`var` reads the item); false for an empty list or anything that is not a list.",
  examples: [
    [{ all: [{ var: "rows" }, { ">": [{ var: "n" }, 0] }] }, { rows: [{ n: 1 }, { n: 2 }] }, true],
    [{ all: [[], true] }, {}, false],
  ],
};
