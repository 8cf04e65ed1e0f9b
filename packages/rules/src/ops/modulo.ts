import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const modulo: OperationDef = {
  name: "%",
  family: "standard",
  arguments: { min: 2, max: 2, kinds: [["number"]] },
  result: ["number"],
  compile: (args) => eager(args, (a, b) => (a as number) % (b as number)),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: modulo,
  signature: '{"%": [a, b]}',
  summary: "The remainder of a ÷ b, with JavaScript's conversion.",
  examples: [
    [{ "%": [{ var: "n" }, 2] }, { n: 7 }, 1],
    [{ "%": [-7, 3] }, {}, -1],
  ],
};
