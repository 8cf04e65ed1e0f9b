import { compileIf } from "./if.js";
import type { OperationDef } from "./types.js";

export const ternary: OperationDef = {
  name: "?:",
  family: "standard",
  signature: '{"?:": [condition, then, else]}',
  summary: "Another name of `if`.",
  result: "branch",
  examples: [
    [{ "?:": [{ var: "ok" }, "yes", "no"] }, { ok: true }, "yes"],
    [{ "?:": [[], "yes", "no"] }, {}, "no"],
  ],
  compile: compileIf,
};
