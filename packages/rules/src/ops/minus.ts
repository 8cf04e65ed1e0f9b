import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const minus: OperationDef = {
  name: "-",
  family: "standard",
  signature: '{"-": [a, b]} or {"-": [a]}',
  summary: "a − b with JavaScript's conversion (null reads as 0); one value: its negation.",
  arguments: { min: 1, max: 2, kinds: [["number"]] },
  result: ["number"],
  examples: [
    [{ "-": [{ var: "y2020" }, { var: "y2019" }] }, { y2019: 200, y2020: 230 }, 30],
    [{ "-": [2] }, {}, -2],
    [{ "-": [null, 1] }, {}, -1],
  ],
  compile: (args) => eager(args, (a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number))),
};
