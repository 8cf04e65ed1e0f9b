import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const strictEqual: OperationDef = {
  name: "===",
  family: "standard",
  signature: '{"===": [a, b]}',
  summary: "Equality without conversion.",
  result: ["boolean"],
  comparison: "equality",
  examples: [
    [{ "===": [1, "1"] }, {}, false],
    [{ "===": [{ var: "n" }, 2] }, { n: 2 }, true],
  ],
  compile: (args) => eager(args, (a, b) => a === b),
};
