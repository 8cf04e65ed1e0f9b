/**
 * `if` (and `?:`), `and`, `or`, `!` and `!!`. The first three evaluate only the arguments they
 * need, in order, as json-logic-js does; `and` and `or` give the deciding value itself, not a boolean.
 */
import { truthy } from "../truthy.js";
import type { CompileOperation, Compiled } from "../types.js";
import { eager } from "./eager.js";

const NOTHING: Compiled = () => null;

/** `if(c1, v1, c2, v2, …, else)`: the value after the first condition that holds, else the last odd one out, else null. */
const compileIf: CompileOperation = (args) => {
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

/** `and`: the first value that is false, or the last; json-logic-js gives undefined for no arguments. */
const compileAnd: CompileOperation = (args) => (data, root) => {
  let value: unknown;
  for (let index = 0; index < args.length; index += 1) {
    value = (args[index] as Compiled)(data, root);
    if (!truthy(value)) return value;
  }
  return value;
};

/** `or`: the first value that is true, or the last. */
const compileOr: CompileOperation = (args) => (data, root) => {
  let value: unknown;
  for (let index = 0; index < args.length; index += 1) {
    value = (args[index] as Compiled)(data, root);
    if (truthy(value)) return value;
  }
  return value;
};

export const controlOperations: Readonly<Record<string, CompileOperation>> = {
  if: compileIf,
  "?:": compileIf,
  and: compileAnd,
  or: compileOr,
  "!": (args) => eager(args, (value) => !truthy(value)),
  "!!": (args) => eager(args, (value) => truthy(value)),
};
