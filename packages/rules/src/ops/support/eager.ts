/** Compiling operations that take their arguments evaluated, every one of them and in order, as json-logic-js does. */
import { spendWork } from "../../logic/budget.js";
import { knownSizeOf } from "../../logic/known-sizes.js";
import type { Compiled } from "../../logic/types.js";
import { spendSize } from "./read-data.js";

/** The values of all arguments, in order. */
export const valuesOf = (args: readonly Compiled[], data: unknown, root: unknown): unknown[] => args.map((arg) => arg(data, root));

/**
 * An argument's value, its written-out size spent when it is a list or an object: these operations
 * convert such a value to text or a number, or search it (`==`, `<`, `-`, `in`, `substr`, `cat`, …),
 * which takes as long as the value is. A `var` outside any loop reads the data without measuring it
 * (../var.ts), so this is where a list of the submission is charged each time it is used so.
 */
function sized(arg: Compiled, data: unknown, root: unknown): unknown {
  const value = arg(data, root);
  spendSize(value);
  return value;
}

/** An argument's value, as it is. */
const asIs = (arg: Compiled, data: unknown, root: unknown): unknown => arg(data, root);

type Take = (arg: Compiled, data: unknown, root: unknown) => unknown;

/** An argument's value, spending a size known when the rule was compiled (a list written in the rule). */
const sizedBy =
  (size: number): Take =>
  (arg, data, root) => {
    const value = arg(data, root);
    spendWork(size);
    return value;
  };

/** How an eager operation takes an argument: as it is when it never gives a list or an object, by a known size, or measured as it runs. */
function takeOf(arg: Compiled): Take {
  const size = knownSizeOf(arg);
  if (size === undefined) return sized;
  return size === 0 ? asIs : sizedBy(size);
}

function applying(args: readonly Compiled[], fn: (...values: unknown[]) => unknown, takes: readonly Take[]): Compiled {
  const [a, b, c] = args;
  const [takeA, takeB, takeC] = takes as [Take, Take, Take];
  switch (args.length) {
    case 0:
      return () => fn();
    case 1:
      return (data, root) => fn(takeA(a as Compiled, data, root));
    case 2:
      return (data, root) => fn(takeA(a as Compiled, data, root), takeB(b as Compiled, data, root));
    case 3:
      return (data, root) => fn(takeA(a as Compiled, data, root), takeB(b as Compiled, data, root), takeC(c as Compiled, data, root));
    default:
      return (data, root) => fn(...args.map((arg, index) => (takes[index] as Take)(arg, data, root)));
  }
}

/**
 * `fn` applied to the values of all arguments (also those it ignores: evaluating one may fail or
 * spend work), called with exactly as many values as there are arguments; up to three without
 * building a list. Each list or object among them spends its written-out size (`sized`), known
 * beforehand for what the rule writes itself (../../logic/known-sizes.ts).
 */
export const eager = (args: readonly Compiled[], fn: (...values: unknown[]) => unknown): Compiled => applying(args, fn, args.map(takeOf));

/**
 * As {@link eager}, for operations that look at a list or an object without writing it out or
 * searching it (truthiness, identity; `merge` spends for what it builds): they spend nothing for
 * its size, so `!` of a whole table, the common "is it empty", costs one unit, not the table.
 */
export const eagerAsIs = (args: readonly Compiled[], fn: (...values: unknown[]) => unknown): Compiled => applying(args, fn, args.map(() => asIs));
