/** Comparisons and `in`, with JavaScript's own operators, as json-logic-js 2.0.5 applies them. */
import type { CompileOperation } from "../types.js";
import { eager } from "./eager.js";

/** `in`: membership in a list, or a substring; false when the second value has no `indexOf`. */
function isIn(needle: unknown, haystack: unknown): boolean {
  if (!haystack || typeof (haystack as { indexOf?: unknown }).indexOf === "undefined") return false;
  // A data object with its own key "indexOf" fails here, as in json-logic-js (data holds no functions).
  return (haystack as { indexOf(value: unknown): number }).indexOf(needle) !== -1;
}

// `==` and `!=` are loose on purpose: the language's own (mixed types, see docs/rules.md).
export const compareOperations: Readonly<Record<string, CompileOperation>> = {
  "==": (args) => eager(args, (a, b) => a == b),
  "===": (args) => eager(args, (a, b) => a === b),
  "!=": (args) => eager(args, (a, b) => a != b),
  "!==": (args) => eager(args, (a, b) => a !== b),
  ">": (args) => eager(args, (a, b) => (a as number) > (b as number)),
  ">=": (args) => eager(args, (a, b) => (a as number) >= (b as number)),
  // With a third value, "between": a < b < c.
  "<": (args) => eager(args, (a, b, c) => (c === undefined ? (a as number) < (b as number) : (a as number) < (b as number) && (b as number) < (c as number))),
  "<=": (args) =>
    eager(args, (a, b, c) => (c === undefined ? (a as number) <= (b as number) : (a as number) <= (b as number) && (b as number) <= (c as number))),
  in: (args) => eager(args, isIn),
};
