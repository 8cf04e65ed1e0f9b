/** Reading a value as a number the way json-logic-js's `+` and `*` do. */

import { spendSize } from "./read-data.js";

/**
 * `parseFloat(value)`, without writing out a number first (which gives the number itself, but 0
 * for -0). A list or an object is written out as text first: it spends its written-out size.
 */
export function parsed(value: unknown): number {
  if (typeof value === "number") return value === 0 ? 0 : value;
  spendSize(value);
  return Number.parseFloat(value as string);
}
