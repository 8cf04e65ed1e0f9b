import { compileIf } from "./if.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const ternary: OperationDef = {
  name: "?:",
  family: "standard",
  result: "branch",
  compile: compileIf,
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: ternary,
  signature: '{"?:": [condition, then, else]}',
  summary: "Another name of `if`.",
  examples: [
    [{ "?:": [{ var: "ok" }, "yes", "no"] }, { ok: true }, "yes"],
    [{ "?:": [[], "yes", "no"] }, {}, "no"],
  ],
};
