/**
 * `merge`, `cat` and `substr`. `merge` and `cat` are the two standard operations whose result can
 * grow faster than the data: `{"reduce": [rows, {"merge": [{"var": "accumulator"}, {"var": "accumulator"}]}, [1]]}`
 * doubles a list per row. They keep json-logic-js 2.0.5's results exactly and spend work in
 * proportion to the size of what they build, so the budget stops such a rule before it
 * exhausts memory.
 */
import { spendWork } from "../budget.js";
import type { CompileOperation } from "../types.js";
import { eager } from "./eager.js";

/** One list of the values, lists among them flattened one level. */
function merge(...values: unknown[]): unknown[] {
  let size = 0;
  for (const value of values) size += Array.isArray(value) ? value.length : 1;
  spendWork(size);
  return values.reduce<unknown[]>((merged, value) => merged.concat(value), []);
}

/** The values joined as `Array.prototype.join` does: null and undefined are empty, everything else `String(…)`. */
function cat(...values: unknown[]): string {
  const parts = values.map((value) => (value === null || value === undefined ? "" : String(value)));
  let size = 0;
  for (const part of parts) size += part.length;
  spendWork(size);
  return parts.join("");
}

/** `substr(text, start, length)`; a negative length leaves that many characters off the end (as PHP does). */
function substr(source: unknown, start: unknown, end: unknown): string {
  if ((end as number) < 0) {
    const rest = String(source).substr(start as number);
    return rest.substr(0, rest.length + (end as number));
  }
  return String(source).substr(start as number, end as number);
}

export const listTextOperations: Readonly<Record<string, CompileOperation>> = {
  merge: (args) => eager(args, merge),
  cat: (args) => eager(args, cat),
  substr: (args) => eager(args, substr),
};
