/** Reading untrusted JSON defensively: plain objects and own properties only, never a prototype. */

/** A JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `value[key]` when `key` is the object's own property; undefined otherwise (so `__proto__` reads nothing). */
export const ownValue = (value: Readonly<Record<string, unknown>>, key: string): unknown => (Object.hasOwn(value, key) ? value[key] : undefined);
