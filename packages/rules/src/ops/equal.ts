import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const equal: OperationDef = {
  name: "==",
  family: "standard",
  result: ["boolean"],
  comparison: "equality",
  shown: { symbol: "=", mirrored: "==" },
  compile: (args) => eager(args, (a, b) => a == b),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: equal,
  signature: '{"==": [a, b]}',
  summary: "JavaScript's loose equality: `1 == \"1\"` and `0 == \"\"` hold, `null == 0` does not.",
  examples: [
    [{ "==": [1, "1"] }, {}, true],
    [{ "==": [{ var: "kind" }, "testing"] }, { kind: "testing" }, true],
  ],
};
