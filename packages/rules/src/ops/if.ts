import { truthy } from "../logic/truthy.js";
import type { CompileOperation, Compiled } from "../logic/types.js";
import type { OperationDef, OperationDocs } from "./types.js";

const NOTHING: Compiled = () => null;

/** `if(c1, v1, c2, v2, …, else)`: the value after the first condition that holds, else the last odd one out, else null; only what is needed is evaluated. */
export const compileIf: CompileOperation = (args) => {
  const pairs = Math.floor(args.length / 2);
  const otherwise = args.length % 2 === 1 ? (args[args.length - 1] as Compiled) : NOTHING;
  if (pairs === 0) return otherwise;
  if (pairs === 1) {
    const [condition, then] = args as [Compiled, Compiled];
    return (data, root) => (truthy(condition(data, root)) ? then(data, root) : otherwise(data, root));
  }
  return (data, root) => {
    for (let index = 0; index < pairs * 2; index += 2) {
      if (truthy((args[index] as Compiled)(data, root))) return (args[index + 1] as Compiled)(data, root);
    }
    return otherwise(data, root);
  };
};

export const ifOperation: OperationDef = {
  name: "if",
  family: "standard",
  result: "branch",
  compile: compileIf,
};

/** How it is written and what it does, with worked examples: for docs/rules.md and the tests, kept apart from what runs. */
export const docs: OperationDocs = {
  operation: ifOperation,
  signature: '{"if": [condition, then, condition, then, …, else]}',
  summary: "The value after the first condition that holds, else the last argument left over, else null. Only the conditions up to the one that holds, and its value, are evaluated.",
  examples: [
    [{ if: [{ ">=": [{ var: "rate" }, 40] }, 5, { ">=": [{ var: "rate" }, 20] }, 3, 0] }, { rate: 25 }, 3],
    [{ if: [false, 1] }, {}, null],
  ],
};
