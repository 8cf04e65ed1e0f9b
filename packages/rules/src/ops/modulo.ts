import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const modulo: OperationDef = {
  name: "%",
  family: "standard",
  signature: '{"%": [a, b]}',
  summary: "The remainder of a ÷ b, with JavaScript's conversion.",
  arguments: { min: 2, max: 2, kinds: [["number"]] },
  result: ["number"],
  examples: [
    [{ "%": [{ var: "n" }, 2] }, { n: 7 }, 1],
    [{ "%": [-7, 3] }, {}, -1],
  ],
  compile: (args) => eager(args, (a, b) => (a as number) % (b as number)),
};
