import { valuesOf } from "./support/eager.js";
import { missingKeys } from "./support/read-data.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const missing: OperationDef = {
  name: "missing",
  family: "standard",
  result: ["array"],
  readsPaths: true,
  compile: (args) => (data, root) => {
    const values = valuesOf(args, data, root);
    return missingKeys(data, root, Array.isArray(values[0]) ? (values[0] as unknown[]) : values);
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: missing,
  signature: '{"missing": [path, …]}',
  summary: "The paths, of those given, whose value is absent, null or \"\" (0 and false are present); a list as the only argument stands for its items.",
  examples: [
    [{ missing: ["a", "b"] }, { a: 1 }, ["b"]],
    [{ missing: [["a", "b"]] }, { a: "", b: 0 }, ["a"]],
  ],
};
