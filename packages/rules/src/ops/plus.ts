import type { Compiled } from "../logic/types.js";
import { parsed } from "./support/numbers.js";
import type { OperationDef, OperationDocs } from "./types.js";

export const plus: OperationDef = {
  name: "+",
  family: "standard",
  arguments: { min: 0, max: Infinity, kinds: [["number"]] },
  result: ["number"],
  compile: (args) => {
    const [a, b] = args;
    // Starting from 0, as json-logic-js's reduce does: "-0" + "-0" is 0 there.
    if (args.length === 2) return (data, root) => 0 + parsed((a as Compiled)(data, root)) + parsed((b as Compiled)(data, root));
    return (data, root) => {
      let sum = 0;
      for (let index = 0; index < args.length; index += 1) sum += parsed((args[index] as Compiled)(data, root));
      return sum;
    };
  },
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: plus,
  signature: '{"+": [a, b, …]}',
  summary: "The sum, each value read with parseFloat (`\"3\"` is 3, null is NaN, written null in results); 0 for none.",
  examples: [
    [{ "+": [{ var: "a" }, { var: "b" }, 1] }, { a: 2, b: 3 }, 6],
    [{ "+": ["1", "2"] }, {}, 3],
  ],
};
