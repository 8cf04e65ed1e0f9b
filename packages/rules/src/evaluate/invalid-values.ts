/**
 * Values that fail their schema earn nothing: the evaluator reads them as blank (masked from the
 * rules' context, as fields that do not apply are), and each criterion that reads one names it.
 */
import type { DataFinding } from "@cluster-form/schema";
import type { InvalidInput } from "../types.js";
import { isWithin } from "./applicability.js";
import type { PreparedCriterion } from "./prepared.js";

/**
 * Schema codes that say something is missing or extra rather than wrong: the values around them
 * still count (a blank earns nothing anyway; an unknown key is not read).
 */
const NOT_A_WRONG_VALUE: ReadonlySet<string> = new Set([
  "data-required",
  "data-dependentRequired",
  "data-additionalProperties",
  "data-unevaluatedProperties",
  "data-minItems",
  "data-minProperties",
]);

/** Pointer → label of every data value that fails its schema. */
export function invalidValues(schemaFindings: readonly DataFinding[]): ReadonlyMap<string, string> {
  const invalid = new Map<string, string>();
  for (const finding of schemaFindings) {
    if (finding.severity !== "error" || NOT_A_WRONG_VALUE.has(finding.code) || !finding.pointer.startsWith("/data/")) continue;
    if (!invalid.has(finding.pointer)) invalid.set(finding.pointer, finding.label ?? finding.pointer);
  }
  return invalid;
}

const NONE_INVALID: readonly InvalidInput[] = Object.freeze([]);

/** The invalid values a criterion reads: at, inside or around one of its data inputs. */
export function invalidInputsOf(criterion: PreparedCriterion, invalid: ReadonlyMap<string, string>): readonly InvalidInput[] {
  if (invalid.size === 0) return NONE_INVALID;
  const found: InvalidInput[] = [];
  for (const [pointer, label] of invalid) {
    if (isWithin(pointer, criterion.dataInputs) || criterion.dataInputs.some((input) => isWithin(input, [pointer]))) found.push({ pointer, label });
  }
  return found;
}
