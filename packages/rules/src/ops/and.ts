import { truthy } from "../logic/truthy.js";
import type { Compiled } from "../logic/types.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const and: OperationDef = {
  name: "and",
  family: "standard",
  result: "either",
  // json-logic-js gives undefined for no arguments.
  compile: (args) => (data, root) => {
    let value: unknown;
    for (let index = 0; index < args.length; index += 1) {
      value = (args[index] as Compiled)(data, root);
      if (!truthy(value)) return value;
    }
    return value;
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: and,
  signature: '{"and": [value, …]}',
  summary: "The first value that is false, else the last one (the value itself, not a boolean); those after a false one are not evaluated.",
  examples: [
    [{ and: [true, { var: "a" }] }, { a: 3 }, 3],
    [{ and: [0, { var: "a" }] }, { a: 3 }, 0],
  ],
};
