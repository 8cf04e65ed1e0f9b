import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

const minimum = Math.min as (...values: unknown[]) => number;

export const min: OperationDef = {
  name: "min",
  family: "standard",
  arguments: { min: 0, max: Infinity, kinds: [["number"]] },
  result: ["number"],
  compile: (args) => eager(args, minimum),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: min,
  signature: '{"min": [a, b, …]}',
  summary: "The smallest value, as `Math.min` gives it (Infinity for none).",
  examples: [
    [{ min: [{ var: "a" }, 10] }, { a: 12 }, 10],
    [{ min: [3, "2", 5] }, {}, 2],
  ],
};
