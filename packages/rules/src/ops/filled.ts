import { isBlank } from "./values.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const filled: OperationDef = {
  name: "filled",
  family: "custom",
  arguments: { min: 1, max: 1, kinds: ["any"] },
  result: ["boolean"],
  fn: (value) => !isBlank(value),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: filled,
  signature: '{"filled": [value]}',
  summary:
    "False for a blank value (null, missing, empty or whitespace-only text, an empty list); true for anything else, including 0 and false.",
  examples: [
    [{ filled: [{ var: "cover.name" }] }, { cover: { name: "x" } }, true],
    [{ filled: [{ var: "cover.name" }] }, { cover: { name: "   " } }, false],
    [{ filled: [{ var: "cover.phone" }] }, { cover: {} }, false],
    [{ filled: [0] }, {}, true],
    [{ filled: [[]] }, {}, false],
  ],
};
