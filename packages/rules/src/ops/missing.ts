import { valuesOf } from "./support/eager.js";
import { missingKeys } from "./support/read-data.js";
import type { OperationDef } from "./types.js";

export const missing: OperationDef = {
  name: "missing",
  family: "standard",
  signature: '{"missing": [path, …]}',
  summary: "The paths, of those given, whose value is absent, null or \"\" (0 and false are present); a list as the only argument stands for its items.",
  result: ["array"],
  readsPaths: true,
  examples: [
    [{ missing: ["a", "b"] }, { a: 1 }, ["b"]],
    [{ missing: [["a", "b"]] }, { a: "", b: 0 }, ["a"]],
  ],
  compile: (args) => (data, root) => {
    const values = valuesOf(args, data, root);
    return missingKeys(data, root, Array.isArray(values[0]) ? (values[0] as unknown[]) : values);
  },
};
