import type { Compiled } from "../logic/types.js";
import { valuesOf } from "./support/eager.js";
import { parsed } from "./support/numbers.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const times: OperationDef = {
  name: "*",
  family: "standard",
  arguments: { min: 1, max: Infinity, kinds: [["number"]] },
  result: ["number"],
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

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: times,
  signature: '{"*": [a, b, …]}',
  summary: "The product, each value read with parseFloat; one value is given back as it is, and none fails the rule (as json-logic-js's reduce does).",
  examples: [
    [{ "*": [2, { var: "n" }] }, { n: 4 }, 8],
    [{ "*": ["3", "2"] }, {}, 6],
  ],
};
