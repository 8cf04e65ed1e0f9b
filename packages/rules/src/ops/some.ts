import { quantifier } from "./support/per-item.js";
import type { OperationDef } from "./types.js";

export const some: OperationDef = {
  name: "some",
  family: "standard",
  signature: '{"some": [list, rule]}',
  summary: "True when the rule holds for at least one item of the list (`var` reads the item).",
  result: ["boolean"],
  scoping: { perItem: 1, reads: "item" },
  examples: [
    [{ some: [{ var: "rows" }, { "==": [{ var: "level" }, "national"] }] }, { rows: [{ level: "provincial" }, { level: "national" }] }, true],
    [{ some: [{ var: "none" }, true] }, {}, false],
  ],
  compile: quantifier(true, true, false, false),
};
