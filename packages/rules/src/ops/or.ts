import { truthy } from "../logic/truthy.js";
import type { Compiled } from "../logic/types.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const or: OperationDef = {
  name: "or",
  family: "standard",
  result: "either",
  compile: (args) => (data, root) => {
    let value: unknown;
    for (let index = 0; index < args.length; index += 1) {
      value = (args[index] as Compiled)(data, root);
      if (truthy(value)) return value;
    }
    return value;
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: or,
  signature: '{"or": [value, …]}',
  summary: "The first value that is true, else the last one (the value itself, not a boolean); those after a true one are not evaluated.",
  examples: [
    [{ or: [{ var: "a" }, "none"] }, { a: "" }, "none"],
    [{ or: [false, [], 0] }, {}, 0],
  ],
};
