import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

const maximum = Math.max as (...values: unknown[]) => number;

export const max: OperationDef = {
  name: "max",
  family: "standard",
  arguments: { min: 0, max: Infinity, kinds: [["number"]] },
  result: ["number"],
  compile: (args) => eager(args, maximum),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: max,
  signature: '{"max": [a, b, …]}',
  summary: "The largest value, as `Math.max` gives it (−Infinity for none).",
  examples: [
    [{ max: [{ var: "a" }, 0] }, { a: -3 }, 0],
    [{ max: [3, "7", 5] }, {}, 7],
  ],
};
