import { eagerAsIs } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const strictNotEqual: OperationDef = {
  name: "!==",
  family: "standard",
  result: ["boolean"],
  comparison: "equality",
  shown: { symbol: "≠", mirrored: "!==" },
  compile: (args) => eagerAsIs(args, (a, b) => a !== b),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: strictNotEqual,
  signature: '{"!==": [a, b]}',
  summary: "The opposite of `===`.",
  examples: [
    [{ "!==": [1, "1"] }, {}, true],
    [{ "!==": [null, null] }, {}, false],
  ],
};
