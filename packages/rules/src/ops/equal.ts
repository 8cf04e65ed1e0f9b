import { eager } from "./support/eager.js";
import type { OperationDef } from "./types.js";

export const equal: OperationDef = {
  name: "==",
  family: "standard",
  signature: '{"==": [a, b]}',
  summary: "JavaScript's loose equality: `1 == \"1\"` and `0 == \"\"` hold, `null == 0` does not.",
  result: ["boolean"],
  comparison: "equality",
  examples: [
    [{ "==": [1, "1"] }, {}, true],
    [{ "==": [{ var: "kind" }, "testing"] }, { kind: "testing" }, true],
  ],
  compile: (args) => eager(args, (a, b) => a == b),
};
