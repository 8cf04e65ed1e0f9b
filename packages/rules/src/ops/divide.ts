import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const divide: OperationDef = {
  name: "/",
  family: "standard",
  signature: '{"/": [a, b]}',
  summary: "a ÷ b with JavaScript's conversion; dividing by 0 gives Infinity or NaN (null in results).",
  arguments: { min: 2, max: 2, kinds: [["number"]] },
  result: ["number"],
  examples: [
    [{ "/": [{ var: "part" }, { var: "whole" }] }, { part: 3, whole: 4 }, 0.75],
    [{ "/": ["6", 2] }, {}, 3],
  ],
  compile: (args) => eager(args, (a, b) => (a as number) / (b as number)),
};
