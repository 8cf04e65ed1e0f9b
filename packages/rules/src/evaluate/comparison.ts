/**
 * Recognising a condition that compares fields with constants (`{">": [{"var": "t.rate"}, 40]}`),
 * possibly joined by `and`/`or`, so that an explanation can read `<label> 45% > 40% → +1`.
 */
import { isRecord } from "@cluster-form/schema";
import { operationDefinitions } from "../ops/index.js";

/** The comparisons an explanation spells out, by operation name, as their definitions show them (../ops/*.ts `shown`). */
const SHOWN: ReadonlyMap<string, { readonly symbol: string; readonly mirrored: string }> = new Map(
  operationDefinitions.flatMap((op) => (op.shown ? [[op.name, op.shown] as const] : [])),
);

export interface FieldComparison {
  readonly path: string;
  /** The operator as shown (`≥`). */
  readonly symbol: string;
  readonly constant: string | number | boolean | null;
}

export interface ComparisonShape {
  readonly join: "and" | "or" | null;
  readonly parts: readonly FieldComparison[];
}


const isConstant = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === "string" || typeof value === "number" || typeof value === "boolean";

function varPath(node: unknown): string | undefined {
  if (!isRecord(node) || Object.keys(node).length !== 1 || !Object.hasOwn(node, "var")) return undefined;
  const args = node.var;
  const path = Array.isArray(args) ? args[0] : args;
  return typeof path === "string" && path !== "" ? path : undefined;
}

function fieldComparison(node: unknown): FieldComparison | undefined {
  if (!isRecord(node)) return undefined;
  const keys = Object.keys(node);
  const op = keys[0];
  const shown = op === undefined || keys.length !== 1 ? undefined : SHOWN.get(op);
  if (op === undefined || !shown) return undefined;
  const args = node[op];
  if (!Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args as [unknown, unknown];
  const leftPath = varPath(left);
  if (leftPath !== undefined && isConstant(right)) return { path: leftPath, symbol: shown.symbol, constant: right };
  const rightPath = varPath(right);
  const mirrored = SHOWN.get(shown.mirrored);
  if (rightPath !== undefined && isConstant(left) && mirrored) return { path: rightPath, symbol: mirrored.symbol, constant: left };
  return undefined;
}

/**
 * Equality with a text or yes/no constant is a choice (`organisationBasis = "government"`): the branch's
 * own text says it better than `<label> <choice> = <choice>`, so only thresholds and other
 * comparisons with numbers or dates are spelt out.
 */
const worthSpelling = (part: FieldComparison): boolean => typeof part.constant === "number" || !(part.symbol === "=" || part.symbol === "≠");

export function comparisonShape(rule: unknown): ComparisonShape | undefined {
  const shape = anyComparison(rule);
  return shape && shape.parts.every(worthSpelling) ? shape : undefined;
}

function anyComparison(rule: unknown): ComparisonShape | undefined {
  const single = fieldComparison(rule);
  if (single) return { join: null, parts: [single] };
  if (!isRecord(rule)) return undefined;
  const keys = Object.keys(rule);
  const join = keys[0];
  if (keys.length !== 1 || (join !== "and" && join !== "or")) return undefined;
  const args = rule[join];
  if (!Array.isArray(args) || args.length === 0) return undefined;
  const parts = args.map(fieldComparison);
  return parts.every((part): part is FieldComparison => part !== undefined) ? { join, parts } : undefined;
}
