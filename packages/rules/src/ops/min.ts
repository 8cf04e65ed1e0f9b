import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

const minimum = Math.min as (...values: unknown[]) => number;

export const min: OperationDef = {
  name: "min",
  family: "standard",
  signature: '{"min": [a, b, …]}',
  summary: "The smallest value, as `Math.min` gives it (Infinity for none).",
  arguments: { min: 0, max: Infinity, kinds: [["number"]] },
  result: ["number"],
  examples: [
    [{ min: [{ var: "a" }, 10] }, { a: 12 }, 10],
    [{ min: [3, "2", 5] }, {}, 2],
  ],
  compile: (args) => eager(args, minimum),
};
