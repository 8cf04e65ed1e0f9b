/** Reading untrusted JSON defensively: plain objects and own properties only, never a prototype. */

/** A JSON object (not an array, not null). */
export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** `value[key]` when `key` is the object's own property; undefined otherwise (so `__proto__` or `toString` reads nothing), and for no object. */
export const ownValue = <T>(value: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
  value !== undefined && Object.hasOwn(value, key) ? value[key] : undefined;

/**
 * The prototype of `keyedRecord`s: empty, frozen and without a prototype of its own. An object
 * with a prototype keeps the engine's fast property layout, where one made with
 * `Object.create(null)` starts as a hash table: cheaper to build and to read.
 */
const NO_MEMBERS: object = Object.freeze(Object.create(null) as object);

/**
 * An empty object for keys a form or a submission names: any string, `__proto__` and
 * `constructor` included, is set as an own key, and nothing is read through its prototype.
 * It serialises as `{}` does.
 */
export const keyedRecord = <T>(): Record<string, T> => Object.create(NO_MEMBERS) as Record<string, T>;
