/** Compiling operations that take their arguments evaluated, every one of them and in order, as json-logic-js does. */
import type { Compiled } from "../../logic/types.js";

/** The values of all arguments, in order. */
export const valuesOf = (args: readonly Compiled[], data: unknown, root: unknown): unknown[] => args.map((arg) => arg(data, root));

/**
 * `fn` applied to the values of all arguments (also those it ignores: evaluating one may fail or
 * spend work), called with exactly as many values as there are arguments; up to three without
 * building a list.
 */
export function eager(args: readonly Compiled[], fn: (...values: unknown[]) => unknown): Compiled {
  const [a, b, c] = args;
  switch (args.length) {
    case 0:
      return () => fn();
    case 1:
      return (data, root) => fn((a as Compiled)(data, root));
    case 2:
      return (data, root) => fn((a as Compiled)(data, root), (b as Compiled)(data, root));
    case 3:
      return (data, root) => fn((a as Compiled)(data, root), (b as Compiled)(data, root), (c as Compiled)(data, root));
    default:
      return (data, root) => fn(...valuesOf(args, data, root));
  }
}
