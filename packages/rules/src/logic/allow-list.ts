/**
 * The operation names a rule may use. Looked up by own property of a null-prototype table,
 * so that `constructor`, `__proto__` or `toString` are never mistaken for operations.
 */
import { operations } from "../ops/index.js";

/** The standard JSON-Logic operations of json-logic-js 2.0.5, minus `log` (console output) and `method` (calls host methods). */
export const STANDARD_OPERATIONS: readonly string[] = Object.freeze([
  "var", "missing", "missing_some",
  "if", "?:", "==", "===", "!=", "!==", "!", "!!", "or", "and",
  ">", ">=", "<", "<=", "max", "min", "+", "-", "*", "/", "%",
  "map", "filter", "reduce", "all", "none", "some", "merge", "in",
  "cat", "substr",
]);

/** Operations that exist in JSON-Logic but are refused in forms. */
export const REFUSED_OPERATIONS: readonly string[] = Object.freeze(["log", "method"]);

/** Operations whose second argument is evaluated once per row, with `var` reading the row. */
export const SCOPING_OPERATIONS: readonly string[] = Object.freeze(["map", "filter", "reduce", "all", "none", "some"]);

const table = (names: readonly string[]): Readonly<Record<string, true>> => {
  const result: Record<string, true> = Object.create(null) as Record<string, true>;
  for (const name of names) result[name] = true;
  return Object.freeze(result);
};

const allowed = table([...STANDARD_OPERATIONS, ...operations.map((op) => op.name)]);
const refused = table(REFUSED_OPERATIONS);
const scoping = table(SCOPING_OPERATIONS);

export const isAllowedOperation = (name: string): boolean => Object.hasOwn(allowed, name);
export const isRefusedOperation = (name: string): boolean => Object.hasOwn(refused, name);
export const isScopingOperation = (name: string): boolean => Object.hasOwn(scoping, name);

/** Every operation a rule may use, standard and custom, sorted. */
export const allowedOperationNames = (): string[] => Object.keys(allowed).sort();
