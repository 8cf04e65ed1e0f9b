/** Reading a value as a number the way json-logic-js's `+` and `*` do. */

/** `parseFloat(value)`, without writing out a number first (which gives the number itself, but 0 for -0). */
export const parsed = (value: unknown): number => (typeof value === "number" ? (value === 0 ? 0 : value) : Number.parseFloat(value as string));
