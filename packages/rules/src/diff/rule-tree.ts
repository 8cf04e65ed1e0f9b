/**
 * Walks two versions of one rule side by side. Where the shape is the same, changed literals are
 * reported one by one (a threshold 40 → 45, a field read instead of another); where the shape
 * differs, the smallest differing subtree is reported as a whole.
 */
import { joinPointer } from "@cluster-form/schema";
import type { FormChange, RuleOwner } from "./types.js";

const singleKey = (value: unknown): string | undefined => {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  return keys.length === 1 ? keys[0] : undefined;
};

const listOf = (value: unknown): readonly unknown[] => (Array.isArray(value) ? value : [value]);

const isLiteral = (value: unknown): boolean => value === null || typeof value !== "object";

/** The `var` path among an operation's arguments, naming what a constant is compared with. */
function subjectOf(args: readonly unknown[], describePath: (path: string) => string): string | undefined {
  for (const arg of args) {
    const op = singleKey(arg);
    if (op !== "var") continue;
    const path = listOf((arg as Record<string, unknown>).var)[0];
    if (typeof path === "string") return describePath(path);
  }
  return undefined;
}

export interface RuleTreeContext {
  readonly part: string;
  readonly owner: RuleOwner;
  describePath(path: string): string;
  readonly out: FormChange[];
}

export function compareRuleTrees(before: unknown, after: unknown, pointer: string, context: RuleTreeContext, parent?: { op: string; args: readonly unknown[]; index: number }): void {
  if (JSON.stringify(before) === JSON.stringify(after)) return;
  const { part, owner, out } = context;
  if (isLiteral(before) && isLiteral(after)) {
    if (parent?.op === "var" && typeof before === "string" && typeof after === "string") {
      out.push({ kind: "rule.input", part, owner, pointer, from: before, to: after, fromLabel: context.describePath(before), toLabel: context.describePath(after) });
      return;
    }
    const subject = parent ? subjectOf(parent.args, context.describePath) : undefined;
    // `{"*": [2, count]}` gives points per counted item; `clamp`'s third argument and `min`'s constant cap the points.
    if (parent?.op === "*" && typeof after === "number") {
      out.push({ kind: "rule.perItem", part, owner, pointer, ...(subject ? { subject } : {}), from: before, to: after });
      return;
    }
    if ((parent?.op === "clamp" && parent.index === 2) || (parent?.op === "min" && typeof after === "number")) {
      out.push({ kind: "rule.cap", part, owner, pointer, from: before, to: after });
      return;
    }
    out.push({ kind: "rule.constant", part, owner, pointer, op: parent?.op, subject, from: before, to: after });
    return;
  }
  const beforeOp = singleKey(before);
  const afterOp = singleKey(after);
  if (beforeOp !== undefined && beforeOp === afterOp) {
    const beforeArgs = listOf((before as Record<string, unknown>)[beforeOp]);
    const afterArgs = listOf((after as Record<string, unknown>)[afterOp]);
    const listed = Array.isArray((after as Record<string, unknown>)[afterOp]);
    if (beforeArgs.length === afterArgs.length) {
      afterArgs.forEach((arg, i) => {
        const argPointer = listed ? joinPointer(pointer, afterOp, i) : joinPointer(pointer, afterOp);
        compareRuleTrees(beforeArgs[i], arg, argPointer, context, { op: afterOp, args: afterArgs, index: i });
      });
      return;
    }
  } else if (Array.isArray(before) && Array.isArray(after) && before.length === after.length) {
    after.forEach((item, i) => compareRuleTrees(before[i], item, `${pointer}/${i}`, context, parent));
    return;
  }
  out.push({ kind: "rule.changed", part, owner, pointer, from: before, to: after });
}
