import { quantifier } from "./support/per-item.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const some: OperationDef = {
  name: "some",
  family: "standard",
  result: ["boolean"],
  scoping: { perItem: 1, reads: "item" },
  compile: quantifier(true, true, false, false),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: some,
  signature: '{"some": [list, rule]}',
  summary: "True when the rule holds for at least one item of the list (`var` reads the item).",
  examples: [
    [{ some: [{ var: "rows" }, { "==": [{ var: "level" }, "national"] }] }, { rows: [{ level: "provincial" }, { level: "national" }] }, true],
    [{ some: [{ var: "none" }, true] }, {}, false],
  ],
};
