/**
 * `merge` and `cat` are the two standard operations whose result can grow faster than the
 * data: `{"reduce": [rows, {"merge": [{"var": "accumulator"}, {"var": "accumulator"}]}, [1]]}`
 * doubles a list per row. These replacements keep json-logic-js 2.0.5's semantics exactly and
 * spend work in proportion to the size of what they build, so the budget stops such a rule
 * before it exhausts memory.
 */
import { spendWork } from "./budget.js";

export function meteredMerge(...args: unknown[]): unknown[] {
  let size = 0;
  for (const arg of args) size += Array.isArray(arg) ? arg.length : 1;
  spendWork(size);
  return args.reduce<unknown[]>((merged, arg) => merged.concat(arg), []);
}

export function meteredCat(...args: unknown[]): string {
  // As Array.prototype.join: null and undefined are empty, everything else String(…).
  const parts = args.map((arg) => (arg === null || arg === undefined ? "" : String(arg)));
  let size = 0;
  for (const part of parts) size += part.length;
  spendWork(size);
  return parts.join("");
}
