import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const divide: OperationDef = {
  name: "/",
  family: "standard",
  arguments: { min: 2, max: 2, kinds: [["number"]] },
  result: ["number"],
  compile: (args) => eager(args, (a, b) => (a as number) / (b as number)),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: divide,
  signature: '{"/": [a, b]}',
  summary: "a ÷ b with JavaScript's conversion; dividing by 0 gives Infinity or NaN (null in results).",
  examples: [
    [{ "/": [{ var: "part" }, { var: "whole" }] }, { part: 3, whole: 4 }, 0.75],
    [{ "/": ["6", 2] }, {}, 3],
  ],
};
