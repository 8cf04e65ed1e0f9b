/**
 * What the operations of the rule language take, for the type check. Standard JSON-Logic
 * operations and the custom operations agreed for forms (docs/rules.md).
 */
import type { ValueType } from "./messages.js";

type Param = readonly ValueType[] | "any";

export interface OperationSignature {
  readonly min: number;
  readonly max: number;
  /** The kinds each argument may be; the last entry applies to the rest. */
  readonly params: readonly Param[];
}

const NUM: Param = ["number"];
const sig = (min: number, max: number, ...params: Param[]): OperationSignature => ({ min, max, params });

export const SIGNATURES: Readonly<Record<string, OperationSignature>> = {
  "+": sig(0, Infinity, NUM),
  "*": sig(1, Infinity, NUM),
  "-": sig(1, 2, NUM),
  "/": sig(2, 2, NUM),
  "%": sig(2, 2, NUM),
  min: sig(0, Infinity, NUM),
  max: sig(0, Infinity, NUM),
  "!": sig(1, 1, "any"),
  "!!": sig(1, 1, "any"),
  substr: sig(2, 3, ["string", "number"], NUM),
  count: sig(1, 1, ["array"]),
  sumOf: sig(2, 2, ["array"], ["string"]),
  clamp: sig(3, 3, NUM),
  charLength: sig(1, 1, ["string"]),
  validIn: sig(3, 3, ["number", "string"], ["number", "string"], NUM),
  growth: sig(2, 2, NUM),
  round: sig(1, 2, NUM),
  filled: sig(1, 1, "any"),
};

export const paramAt = (signature: OperationSignature, index: number): Param =>
  signature.params[Math.min(index, signature.params.length - 1)] ?? "any";

export const COMPARISONS = new Set(["<", ">", "<=", ">="]);
export const EQUALITIES = new Set(["==", "===", "!=", "!=="]);
