/** A branch condition of the common shape "a field or computed value compared with a constant", for people. */
import { isObject } from "../form-json/json.js";

export interface Condition {
  /** The label of what is compared. */
  readonly subject: string;
  readonly op: ">" | "≥" | "<" | "≤" | "=" | "≠";
  readonly value: unknown;
}

const SYMBOLS: Readonly<Record<string, Condition["op"]>> = { ">": ">", ">=": "≥", "<": "<", "<=": "≤", "==": "=", "===": "=", "!=": "≠", "!==": "≠" };
/** The same comparison read from the other side (`40 < x` is `x > 40`). */
const MIRRORED: Readonly<Record<Condition["op"], Condition["op"]>> = { ">": "<", "≥": "≤", "<": ">", "≤": "≥", "=": "=", "≠": "≠" };

const varPath = (value: unknown): string | undefined => {
  if (!isObject(value) || Object.keys(value).length !== 1 || !Object.hasOwn(value, "var")) return undefined;
  const path = Array.isArray(value.var) ? value.var[0] : value.var;
  return typeof path === "string" ? path : undefined;
};

const isConstant = (value: unknown): boolean => value === null || typeof value !== "object";

/** The condition in that shape, or undefined for any other rule (the branch's own text then says it). */
export function describeCondition(when: unknown, describePath: (path: string) => string): Condition | undefined {
  if (!isObject(when) || Object.keys(when).length !== 1) return undefined;
  const [operator = ""] = Object.keys(when);
  const op = Object.hasOwn(SYMBOLS, operator) ? SYMBOLS[operator] : undefined;
  const args = when[operator];
  if (!op || !Array.isArray(args) || args.length !== 2) return undefined;
  const [left, right] = args;
  const leftPath = varPath(left);
  if (leftPath !== undefined && isConstant(right)) return { subject: describePath(leftPath), op, value: right };
  const rightPath = varPath(right);
  if (rightPath !== undefined && isConstant(left)) return { subject: describePath(rightPath), op: MIRRORED[op], value: left };
  return undefined;
}
