import { quantifier } from "./support/per-item.js";
import type { OperationDef } from "./types.js";

export const none: OperationDef = {
  name: "none",
  family: "standard",
  signature: '{"none": [list, rule]}',
  summary: "True when the rule holds for no item of the list (`var` reads the item); true for an empty list or anything that is not a list.",
  result: ["boolean"],
  scoping: { perItem: 1, reads: "item" },
  examples: [
    [{ none: [{ var: "rows" }, { "<": [{ var: "n" }, 0] }] }, { rows: [{ n: 1 }, { n: -2 }] }, false],
    [{ none: [[], true] }, {}, true],
  ],
  compile: quantifier(true, false, true, true),
};
