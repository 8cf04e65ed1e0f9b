import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const minus: OperationDef = {
  name: "-",
  family: "standard",
  arguments: { min: 1, max: 2, kinds: [["number"]] },
  result: ["number"],
  compile: (args) => eager(args, (a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number))),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: minus,
  signature: '{"-": [a, b]} or {"-": [a]}',
  summary: "a − b with JavaScript's conversion (null reads as 0); one value: its negation.",
  examples: [
    [{ "-": [{ var: "y2020" }, { var: "y2019" }] }, { y2019: 200, y2020: 230 }, 30],
    [{ "-": [2] }, {}, -2],
    [{ "-": [null, 1] }, {}, -1],
  ],
};
