import { isBlank } from "./values.js";
import type { OperationDef } from "./types.js";

export const filled: OperationDef = {
  name: "filled",
  family: "custom",
  signature: '{"filled": [value]}',
  summary:
    "False for a blank value (null, missing, empty or whitespace-only text, an empty list); true for anything else, including 0 and false.",
  arguments: { min: 1, max: 1, kinds: ["any"] },
  result: ["boolean"],
  examples: [
    [{ filled: [{ var: "cover.name" }] }, { cover: { name: "x" } }, true],
    [{ filled: [{ var: "cover.name" }] }, { cover: { name: "   " } }, false],
    [{ filled: [{ var: "cover.phone" }] }, { cover: {} }, false],
    [{ filled: [0] }, {}, true],
    [{ filled: [[]] }, {}, false],
  ],
  fn: (value) => !isBlank(value),
};
