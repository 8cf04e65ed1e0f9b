import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const notEqual: OperationDef = {
  name: "!=",
  family: "standard",
  signature: '{"!=": [a, b]}',
  summary: "The opposite of `==`, with the same loose conversion.",
  result: ["boolean"],
  comparison: "equality",
  examples: [
    [{ "!=": [1, "1"] }, {}, false],
    [{ "!=": [{ var: "a" }, 0] }, { a: null }, true],
  ],
  compile: (args) => eager(args, (a, b) => a != b),
};
