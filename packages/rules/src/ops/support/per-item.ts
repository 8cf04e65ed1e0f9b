/**
 * What the operations that run a rule once per item of a list share (map, filter, reduce, all,
 * some, none). As json-logic-js 2.0.5: anything that is not a list gives their empty answer.
 */
import { spendWork } from "../../logic/budget.js";
import { truthy } from "../../logic/truthy.js";
import type { CompileOperation, Compiled } from "../../logic/types.js";

const UNDEFINED: Compiled = () => undefined;

/** The list and the per-item rule (json-logic-js gives undefined for a missing one). */
export const listAndBody = (args: readonly Compiled[]): [Compiled, Compiled] => [args[0] ?? UNDEFINED, args[1] ?? UNDEFINED];

/**
 * The items a loop will visit, or undefined when `value` is not a list. A loop spends one unit per
 * item before it starts, so that its work is metered even when its rule spends nothing per item
 * (a constant), and a loop too long for what is left of the budget never starts.
 */
export function loopItems(value: unknown): readonly unknown[] | undefined {
  if (!Array.isArray(value)) return undefined;
  spendWork(value.length);
  return value;
}

/** `all`, `some` and `none`: the truth of an item that ends the loop, the answer then, the answer when none does, the answer for no list or an empty one. */
export const quantifier =
  (stopWhen: boolean, onStop: boolean, otherwise: boolean, onEmpty: boolean): CompileOperation =>
  (args) => {
    const [list, body] = listAndBody(args);
    return (data, root) => {
      const items = loopItems(list(data, root));
      if (!items || items.length === 0) return onEmpty;
      for (let index = 0; index < items.length; index += 1) {
        if (truthy(body(items[index], root)) === stopWhen) return onStop;
      }
      return otherwise;
    };
  };
