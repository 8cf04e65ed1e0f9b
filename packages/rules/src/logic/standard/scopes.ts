/**
 * The operations that run their second argument once per item of a list, with `var` reading the
 * item: `map`, `filter`, `all`, `none`, `some`, and `reduce` (which reads `current` and
 * `accumulator`). Semantics of json-logic-js 2.0.5: anything that is not a list gives `[]`
 * (`map`, `filter`), false (`all`, `some`), true (`none`) or the initial value (`reduce`);
 * `all` of an empty list is false.
 */
import { truthy } from "../truthy.js";
import type { CompileOperation, Compiled } from "../types.js";

const UNDEFINED: Compiled = () => undefined;

/** The list and the per-item rule (json-logic-js gives undefined for a missing one). */
const listAndBody = (args: readonly Compiled[]): [Compiled, Compiled] => [args[0] ?? UNDEFINED, args[1] ?? UNDEFINED];

const compileMap: CompileOperation = (args) => {
  const [list, body] = listAndBody(args);
  return (data, root) => {
    const items = list(data, root);
    if (!Array.isArray(items)) return [];
    const result = new Array<unknown>(items.length);
    for (let index = 0; index < items.length; index += 1) result[index] = body(items[index], root);
    return result;
  };
};

const compileFilter: CompileOperation = (args) => {
  const [list, body] = listAndBody(args);
  return (data, root) => {
    const items = list(data, root);
    if (!Array.isArray(items)) return [];
    const kept: unknown[] = [];
    for (let index = 0; index < items.length; index += 1) {
      const item: unknown = items[index];
      if (truthy(body(item, root))) kept.push(item);
    }
    return kept;
  };
};

/** `all`, `some` and `none`: the truth of an item that ends the loop, the answer then, the answer when none does, the answer for no list or an empty one. */
const quantifier =
  (stopWhen: boolean, onStop: boolean, otherwise: boolean, onEmpty: boolean): CompileOperation =>
  (args) => {
    const [list, body] = listAndBody(args);
    return (data, root) => {
      const items = list(data, root);
      if (!Array.isArray(items) || items.length === 0) return onEmpty;
      for (let index = 0; index < items.length; index += 1) {
        if (truthy(body(items[index], root)) === stopWhen) return onStop;
      }
      return otherwise;
    };
  };

/** `reduce(list, rule, initial)`: the rule reads `current` and `accumulator`; the initial value is null when left out. */
const compileReduce: CompileOperation = (args) => {
  const [list, body] = listAndBody(args);
  const initial = args[2];
  return (data, root) => {
    const items = list(data, root);
    let accumulator = initial === undefined ? null : initial(data, root);
    if (!Array.isArray(items)) return accumulator;
    for (let index = 0; index < items.length; index += 1) accumulator = body({ current: items[index], accumulator }, root);
    return accumulator;
  };
};

export const scopeOperations: Readonly<Record<string, CompileOperation>> = {
  map: compileMap,
  filter: compileFilter,
  all: quantifier(false, false, true, false),
  some: quantifier(true, true, false, false),
  none: quantifier(true, false, true, true),
  reduce: compileReduce,
};
