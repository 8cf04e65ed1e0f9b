/**
 * Reading the data as `var`, `missing` and `missing_some` do: json-logic-js 2.0.5's semantics
 * (dotted paths, numeric indexes, a default for missing values, `""` or no path for the whole data
 * in scope), read safely (../../logic/safe-var.ts), except that `$form.…` and `$computed.…` read
 * the root also inside rows (`isRootPath`). Every read spends one unit of work, and reading a list
 * or an object its written-out size, so that a value doubling per step runs out of budget; except
 * where `var` reads the data the rule was applied to outside any loop (../var.ts).
 */
import { remainingWork, spendWork } from "../../logic/budget.js";
import { isRootPath, readPath, writtenSize } from "../../logic/safe-var.js";

/** What `var` gives for a value read (undefined when missing), without spending for its size. */
export const orDefault = (value: unknown, fallback: unknown): unknown => (value === undefined ? (fallback === undefined ? null : fallback) : value);

/**
 * Spend the written-out size of a list or an object: what reading it inside a loop costs, and what
 * an operation that converts or searches it (`==`, `+`, `in`, `substr`, …) does with it.
 */
export function spendSize(value: unknown): void {
  if (typeof value === "object" && value !== null) spendWork(writtenSize(value, Math.max(remainingWork(), 0)));
}

/** What `var` gives for a value read (undefined when missing), spending its written-out size when it is a list or an object. */
export function found(value: unknown, fallback: unknown): unknown {
  if (value === undefined) return fallback === undefined ? null : fallback;
  spendSize(value);
  return value;
}

export const isWholeData = (path: unknown): path is undefined | null | "" => path === undefined || path === null || path === "";

/** The whole data in scope, as it is: json-logic-js uses no default for it, and gives undefined for an undefined row. */
export function wholeData(data: unknown): unknown {
  spendSize(data);
  return data;
}

/** `var` with a path known only at run time. */
export function readVar(data: unknown, root: unknown, path: unknown, fallback: unknown): unknown {
  spendWork(1);
  if (isWholeData(path)) return wholeData(data);
  // A list as a path is written out as text to be split: as long as the list.
  spendSize(path);
  const text = typeof path === "number" ? path : String(path);
  return found(readPath(typeof text === "string" && isRootPath(text) ? root : data, text), fallback);
}

/**
 * The keys, of those given, whose value is missing, null or "". Each is read as `{"var": key}`,
 * so a key that is a list stands for the arguments of `var`, a path and its default.
 */
export function missingKeys(data: unknown, root: unknown, keys: ArrayLike<unknown>): unknown[] {
  const missing: unknown[] = [];
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index];
    const value = Array.isArray(key) ? readVar(data, root, key[0], key[1]) : readVar(data, root, key, undefined);
    if (value === null || value === "") missing.push(key);
  }
  return missing;
}
