import { quantifier } from "./support/per-item.js";
import type { OperationDef } from "./types.js";

export const all: OperationDef = {
  name: "all",
  family: "standard",
  signature: '{"all": [list, rule]}',
  summary: "True when the rule holds for every item of the list (`var` reads the item); false for an empty list or anything that is not a list.",
  result: ["boolean"],
  scoping: { perItem: 1, reads: "item" },
  examples: [
    [{ all: [{ var: "rows" }, { ">": [{ var: "n" }, 0] }] }, { rows: [{ n: 1 }, { n: 2 }] }, true],
    [{ all: [[], true] }, {}, false],
  ],
  compile: quantifier(false, false, true, false),
};
