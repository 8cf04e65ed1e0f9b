import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const strictNotEqual: OperationDef = {
  name: "!==",
  family: "standard",
  signature: '{"!==": [a, b]}',
  summary: "The opposite of `===`.",
  result: ["boolean"],
  comparison: "equality",
  examples: [
    [{ "!==": [1, "1"] }, {}, true],
    [{ "!==": [null, null] }, {}, false],
  ],
  compile: (args) => eager(args, (a, b) => a !== b),
};
