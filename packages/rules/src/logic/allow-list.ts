/**
 * The operation names a rule may use: those defined in ../ops, looked up by own property of a
 * null-prototype table, so that `constructor`, `__proto__` or `toString` are never mistaken for operations.
 */
import { operationDefinition, operationDefinitions, type Scoping } from "../ops/index.js";

/** The standard JSON-Logic operations of json-logic-js 2.0.5, minus `log` (console output) and `method` (calls host methods). */
export const STANDARD_OPERATIONS: readonly string[] = Object.freeze(operationDefinitions.filter((op) => op.family === "standard").map((op) => op.name));

/** Operations that exist in JSON-Logic but are refused in forms. */
export const REFUSED_OPERATIONS: readonly string[] = Object.freeze(["log", "method"]);

/** Operations that run one argument once per item of a list, with `var` reading the item. */
export const SCOPING_OPERATIONS: readonly string[] = Object.freeze(operationDefinitions.filter((op) => op.scoping).map((op) => op.name));

const refused: Readonly<Record<string, true>> = (() => {
  const table = Object.create(null) as Record<string, true>;
  for (const name of REFUSED_OPERATIONS) table[name] = true;
  return Object.freeze(table);
})();

export const isAllowedOperation = (name: string): boolean => operationDefinition(name) !== undefined;
export const isRefusedOperation = (name: string): boolean => Object.hasOwn(refused, name);
/** How an operation runs an argument per item, when it does. */
export const scopingOf = (name: string): Scoping | undefined => operationDefinition(name)?.scoping;

/** Every operation a rule may use, standard and custom, sorted. */
export const allowedOperationNames = (): string[] => operationDefinitions.map((op) => op.name).sort();
