/**
 * Arithmetic as json-logic-js 2.0.5 does it: `+` and `*` read each value with `parseFloat`
 * (so `"3"` is 3 and `null` is NaN); `-`, `/` and `%` use JavaScript's operators (so `null`
 * is 0); `min` and `max` are `Math.min` and `Math.max`. See docs/rules.md for the edge cases.
 */
import type { CompileOperation, Compiled } from "../types.js";
import { eager, valuesOf } from "./eager.js";

/** `parseFloat(value)`, without writing out a number first (which gives the number itself, but 0 for -0). */
const parsed = (value: unknown): number => (typeof value === "number" ? (value === 0 ? 0 : value) : Number.parseFloat(value as string));

/** `+`: the sum of the values read with parseFloat, 0 for none. */
const compilePlus: CompileOperation = (args) => {
  const [a, b] = args;
  // Starting from 0, as json-logic-js's reduce does: "-0" + "-0" is 0 there.
  if (args.length === 2) return (data, root) => 0 + parsed((a as Compiled)(data, root)) + parsed((b as Compiled)(data, root));
  return (data, root) => {
    let sum = 0;
    for (let index = 0; index < args.length; index += 1) sum += parsed((args[index] as Compiled)(data, root));
    return sum;
  };
};

/** `*`: the product read with parseFloat; one value is given back as it is and none fails, as `reduce` does there. */
const compileTimes: CompileOperation = (args) => {
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
};

const minimum = Math.min as (...values: unknown[]) => number;
const maximum = Math.max as (...values: unknown[]) => number;

export const arithmeticOperations: Readonly<Record<string, CompileOperation>> = {
  "+": compilePlus,
  "*": compileTimes,
  // One value: its negation.
  "-": (args) => eager(args, (a, b) => (b === undefined ? -(a as number) : (a as number) - (b as number))),
  "/": (args) => eager(args, (a, b) => (a as number) / (b as number)),
  "%": (args) => eager(args, (a, b) => (a as number) % (b as number)),
  min: (args) => eager(args, minimum),
  max: (args) => eager(args, maximum),
};
