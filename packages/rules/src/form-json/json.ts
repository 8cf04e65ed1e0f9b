/** Small guards for reading form files defensively (rules are data, their shape is never trusted), shared by lint, diff, new-year and the test runner. */
export type JsonObject = Record<string, unknown>;

// The form model's guards and pointers, under the names the lint and diff modules use.
export { isRecord as isObject, ownValue, joinPointer as childPointer, closest } from "@cluster-form/schema";

export const arrayOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : []);

export const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

