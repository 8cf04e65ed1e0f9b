/** Element ids for inputs, derived from submission pointers: unique, and safe in CSS selectors. */
import { memoized } from "@cluster-form/schema";

export const fieldId: (pointer: string) => string = memoized(
  (pointer) => `f${pointer.replace(/[^A-Za-z0-9-]/g, (c) => `_${c.codePointAt(0)?.toString(16) ?? ""}_`)}`,
);
