import { eager } from "./support/eager.js";
import type { OperationDef, OperationDocs } from "./types.js";

/** Membership in a list, or a substring; false when the second value has no `indexOf`. */
function isIn(needle: unknown, haystack: unknown): boolean {
  if (!haystack || typeof (haystack as { indexOf?: unknown }).indexOf === "undefined") return false;
  // A data object with its own key "indexOf" fails here, as in json-logic-js (data holds no functions).
  return (haystack as { indexOf(value: unknown): number }).indexOf(needle) !== -1;
}

export const inOperation: OperationDef = {
  name: "in",
  family: "standard",
  result: ["boolean"],
  compile: (args) => eager(args, isIn),
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: inOperation,
  signature: '{"in": [value, list or text]}',
  summary: "True when the list holds the value (`===`) or the text contains it; false for anything else.",
  examples: [
    [{ in: [{ var: "kind" }, ["national", "provincial"]] }, { kind: "provincial" }, true],
    [{ in: ["log", "jsonlogic"] }, {}, true],
    [{ in: [1, null] }, {}, false],
  ],
};
