import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

const maximum = Math.max as (...values: unknown[]) => number;

export const max: OperationDef = {
  name: "max",
  family: "standard",
  signature: '{"max": [a, b, …]}',
  summary: "The largest value, as `Math.max` gives it (−Infinity for none).",
  arguments: { min: 0, max: Infinity, kinds: [["number"]] },
  result: ["number"],
  examples: [
    [{ max: [{ var: "a" }, 0] }, { a: -3 }, 0],
    [{ max: [3, "7", 5] }, {}, 7],
  ],
  compile: (args) => eager(args, maximum),
};
