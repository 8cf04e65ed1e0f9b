import { eagerAsIs } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const strictEqual: OperationDef = {
  name: "===",
  family: "standard",
  result: ["boolean"],
  comparison: "equality",
  shown: { symbol: "=", mirrored: "===" },
  compile: (args) => eagerAsIs(args, (a, b) => a === b),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: strictEqual,
  signature: '{"===": [a, b]}',
  summary: "Equality without conversion.",
  examples: [
    [{ "===": [1, "1"] }, {}, false],
    [{ "===": [{ var: "n" }, 2] }, { n: 2 }, true],
  ],
};
