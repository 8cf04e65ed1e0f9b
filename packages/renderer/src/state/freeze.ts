/**
 * Freezing the submission the element keeps. The element never changes it in place (edits copy
 * the objects along their path); frozen, a page cannot change it in place either, so an object the
 * element handed out (`value`, `cf-change`) and gets back is known to be unchanged.
 */

const isPlain = (value: object): boolean => {
  if (Array.isArray(value)) return true;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
};

/**
 * Freezes `value` and the plain objects and arrays inside it that are not frozen yet, and returns
 * it (the form package's freezeEverything freezes all, Maps too). A frozen object is not entered: after an edit only the copied path is new, so this costs
 * what the edit cost. Other objects (a Date, a typed array) are left as they are.
 */
export function freezeNewObjects<T>(value: T): T {
  if (typeof value !== "object" || value === null || Object.isFrozen(value) || !isPlain(value)) return value;
  Object.freeze(value);
  for (const key of Object.keys(value)) freezeNewObjects((value as Record<string, unknown>)[key]);
  return value;
}
