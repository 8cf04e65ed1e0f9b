import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const greater: OperationDef = {
  name: ">",
  family: "standard",
  result: ["boolean"],
  comparison: "order",
  shown: { symbol: ">", mirrored: "<" },
  compile: (args) => eager(args, (a, b) => (a as number) > (b as number)),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: greater,
  signature: '{">": [a, b]}',
  summary: "JavaScript's `>` (null reads as 0).",
  examples: [
    [{ ">": [{ var: "rate" }, 40] }, { rate: 45 }, true],
    [{ ">": [null, -1] }, {}, true],
  ],
};
