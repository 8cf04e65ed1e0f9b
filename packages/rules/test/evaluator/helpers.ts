// Shared helpers of the evaluator tests.
import type { DataFinding } from "@cluster-form/schema";
import type { EvaluationResult } from "../../src/index.js";

/** A deep copy that tests can change freely. */
export const copy = <T>(value: T): T => structuredClone(value);

export const criterion = (result: EvaluationResult, id: string) => {
  const found = result.criteria.find((c) => c.id === id);
  if (!found) throw new Error(`no criterion ${id}`);
  return found;
};

export const findingsWith = (result: EvaluationResult, code: string): DataFinding[] => result.findings.filter((f) => f.code === code);

/** An object keyed by form ids (`keyedRecord`): its prototype is empty and has none. */
const isKeyedRecordPrototype = (prototype: unknown): boolean =>
  typeof prototype === "object" && prototype !== null && Object.getPrototypeOf(prototype) === null && Reflect.ownKeys(prototype).length === 0;

/** True when every object in the value has Object.prototype, is keyed by form ids, or is an array: a plain JSON result. */
export function isPlainJsonTree(value: unknown): boolean {
  if (value === null || typeof value !== "object") return typeof value !== "function" && typeof value !== "undefined";
  if (Array.isArray(value)) return value.every(isPlainJsonTree);
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && !isKeyedRecordPrototype(prototype)) return false;
  return Object.values(value).every(isPlainJsonTree);
}
