import { valuesOf } from "./support/eager.js";
import { missingKeys } from "./support/read-data.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const missingSome: OperationDef = {
  name: "missing_some",
  family: "standard",
  result: ["array"],
  readsPaths: true,
  /**
   * json-logic-js applies `{"missing": options}`, so that an item of `options` that is an object
   * with one key is run as a rule: here it is a key like any other, and fails as an object key
   * does (such an item can only come from the data, and data is never run as a rule: docs/rules.md).
   */
  compile: (args) => (data, root) => {
    const [need, options] = valuesOf(args, data, root);
    const keys = Array.isArray(options) ? (options as unknown[]) : [options];
    const missing = missingKeys(data, root, Array.isArray(keys[0]) ? (keys[0] as unknown[]) : keys);
    // As json-logic-js: `options.length` of whatever `options` is (null fails, as there).
    const given = (options as { readonly length?: unknown }).length as number;
    return given - missing.length >= (need as number) ? [] : missing;
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: missingSome,
  signature: '{"missing_some": [need, [path, …]]}',
  summary: "Nothing (`[]`) when at least `need` of the paths have a value; else the paths that are missing, as `missing` gives them.",
  examples: [
    [{ missing_some: [1, ["a", "b", "c"]] }, { a: "x" }, []],
    [{ missing_some: [2, ["a", "b", "c"]] }, { a: "x" }, ["b", "c"]],
  ],
};
