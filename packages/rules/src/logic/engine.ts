/**
 * The one place that touches json-logic-js.
 *
 * json-logic-js is a module singleton: `add_operation` writes into one operations table that
 * every importer of the package shares. So the custom operations and the safe `var` are
 * registered here, once, on first use (lazily, so that merely importing the package has no
 * side effect), and nowhere else. Replacing `var` in the shared table is deliberate: any other
 * code in the same bundle that applies rules through json-logic-js gets the own-property `var`
 * too, which keeps the whole legacy suite passing. `merge` and `cat` are replaced by versions
 * with the same results that count their work (see ./metered-ops.ts). `log` stays in the table (removing it would
 * change other users' behaviour); our rules can never reach it because `checkRule` refuses it
 * before a rule runs.
 */
import jsonLogic from "json-logic-js";
import { operations } from "../ops/index.js";
import { spendWork } from "./budget.js";
import { meteredCat, meteredMerge } from "./metered-ops.js";
import { safeVar } from "./safe-var.js";

/** The part of json-logic-js the project uses, typed for unknown input. */
interface JsonLogicEngine {
  apply(logic: unknown, data: unknown): unknown;
  truthy(value: unknown): boolean;
  add_operation(name: string, fn: (this: unknown, ...args: unknown[]) => unknown): void;
}

const engine = jsonLogic as unknown as JsonLogicEngine;
let registered = false;

function register(): void {
  engine.add_operation("var", safeVar);
  engine.add_operation("merge", meteredMerge);
  engine.add_operation("cat", meteredCat);
  for (const operation of operations) {
    const { fn } = operation;
    engine.add_operation(operation.name, (...args: unknown[]) => {
      spendWork(1);
      return fn(...args);
    });
  }
  registered = true;
}

/** json-logic-js with the project's operations registered. */
export function logicEngine(): JsonLogicEngine {
  if (!registered) register();
  return engine;
}

/** JSON-Logic truthiness (an empty list is false). */
export const truthy = (value: unknown): boolean => logicEngine().truthy(value);
