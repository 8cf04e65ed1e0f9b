/** Element ids for inputs, derived from submission pointers: unique, and safe in CSS selectors. */
import { memoize } from "./memo.js";

export const fieldId: (pointer: string) => string = memoize(
  (pointer) => `f${pointer.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? ""}_`)}`,
);
