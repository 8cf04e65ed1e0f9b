/** Whether submission data counts as filled in. Reading and writing along paths is the form model's (@cluster-form/schema: valueAt, setValueAt). */

/** Whether a value counts as filled in: not null, not blank text, not an empty list. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
