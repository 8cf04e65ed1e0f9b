import { truthy } from "../logic/truthy.js";
import type { Compiled } from "../logic/types.js";
import type { OperationDef } from "./types.js";

export const or: OperationDef = {
  name: "or",
  family: "standard",
  signature: '{"or": [value, …]}',
  summary: "The first value that is true, else the last one (the value itself, not a boolean); those after a true one are not evaluated.",
  result: "either",
  examples: [
    [{ or: [{ var: "a" }, "none"] }, { a: "" }, "none"],
    [{ or: [false, [], 0] }, {}, 0],
  ],
  compile: (args) => (data, root) => {
    let value: unknown;
    for (let index = 0; index < args.length; index += 1) {
      value = (args[index] as Compiled)(data, root);
      if (truthy(value)) return value;
    }
    return value;
  },
};
