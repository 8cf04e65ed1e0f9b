import type { Compiled } from "../logic/types.js";
import { valuesOf } from "./support/eager.js";
import { parsed } from "./support/numbers.js";
import type { OperationDef } from "./types.js";

export const times: OperationDef = {
  name: "*",
  family: "standard",
  signature: '{"*": [a, b, …]}',
  summary: "The product, each value read with parseFloat; one value is given back as it is, and none fails the rule (as json-logic-js's reduce does).",
  arguments: { min: 1, max: Infinity, kinds: [["number"]] },
  result: ["number"],
  examples: [
    [{ "*": [2, { var: "n" }] }, { n: 4 }, 8],
    [{ "*": ["3", "2"] }, {}, 6],
  ],
  compile: (args) => {
    const [a, b] = args;
    if (args.length === 0) {
      return () => {
        throw new TypeError("Reduce of empty array with no initial value");
      };
    }
    if (args.length === 1) return a as Compiled;
    if (args.length === 2) return (data, root) => parsed((a as Compiled)(data, root)) * parsed((b as Compiled)(data, root));
    return (data, root) => {
      const values = valuesOf(args, data, root);
      let product: unknown = values[0];
      for (let index = 1; index < values.length; index += 1) product = parsed(product) * parsed(values[index]);
      return product;
    };
  },
};
