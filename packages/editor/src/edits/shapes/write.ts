/**
 * Writing a changed shape back into its file with the smallest edits: only the parts of the rule's
 * JSON that differ are written (a path, a number, an operator's entry, a term inserted into or
 * removed from a list), so the rule's layout, the rest of the file and its `$comment`s stay. When
 * the change is one number (a threshold, points per item, a cap), the scoring texts that state it
 * are proposed for the same change, as `setThreshold` does.
 */
import { formatPointer, type JsonLogic } from "@cluster-form/schema";
import { findNodeAtLocation, parseTree, type JSONPath, type Node } from "jsonc-parser";
import { compactJson } from "../compact-json.js";
import { ChangeBuilder, EditRefused, parsedFile, valueAtPath } from "../text-edits.js";
import { refusalFinding } from "../messages.js";
import type { FormTexts, RuleShape, Site, ThresholdChange } from "../types.js";
import { jsonPath, setThreshold } from "../values.js";
import { toRule } from "./index.js";

type At = readonly (string | number)[];
type Step =
  | { readonly op: "set"; readonly at: At; readonly value: unknown }
  | { readonly op: "insert"; readonly at: At; readonly index: number; readonly value: unknown }
  | { readonly op: "remove"; readonly at: At; readonly index: number }
  | { readonly op: "rename"; readonly at: At; readonly key: string };

const isContainer = (value: unknown): value is Record<string, unknown> | unknown[] => typeof value === "object" && value !== null;
const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** An array changed by inserting or removing a run of entries: the steps, else undefined. */
function spliced(before: readonly unknown[], after: readonly unknown[], at: (string | number)[]): Step[] | undefined {
  let head = 0;
  while (head < before.length && head < after.length && same(before[head], after[head])) head++;
  let tail = 0;
  while (tail < before.length - head && tail < after.length - head && same(before[before.length - 1 - tail], after[after.length - 1 - tail])) tail++;
  const removed = before.length - head - tail;
  const inserted = after.length - head - tail;
  if (removed > 0 && inserted > 0) return undefined;
  // Removed from the last, so that earlier indexes stay.
  if (removed > 0) return Array.from({ length: removed }, (_, i) => ({ op: "remove" as const, at, index: head + removed - 1 - i }));
  return after.slice(head, head + inserted).map((value, i) => ({ op: "insert" as const, at, index: head + i, value }));
}

/** The smallest steps turning `before` into `after`: differing leaves, spliced arrays, or the smallest differing subtree. */
export function ruleSteps(before: unknown, after: unknown, at: (string | number)[] = []): Step[] {
  if (same(before, after)) return [];
  if (!isContainer(before) || !isContainer(after) || Array.isArray(before) !== Array.isArray(after)) return [{ op: "set", at, value: after }];
  if (Array.isArray(before) && Array.isArray(after)) {
    if (before.length === after.length) return before.flatMap((item, i) => ruleSteps(item, after[i], [...at, i]));
    return spliced(before, after, at) ?? [{ op: "set", at, value: after }];
  }
  const from = before as Record<string, unknown>;
  const to = after as Record<string, unknown>;
  const keys = Object.keys(from);
  const [op] = keys;
  const [newOp] = Object.keys(to);
  // One operation for another with the same arguments' layout (`==` → `!=`): the key alone is rewritten.
  const args = op === undefined ? undefined : from[op];
  const newArgs = newOp === undefined ? undefined : to[newOp];
  const sameLayout = Array.isArray(args) && Array.isArray(newArgs) && args.length === newArgs.length;
  if (keys.length === 1 && Object.keys(to).length === 1 && op !== undefined && newOp !== undefined && op !== newOp && sameLayout) {
    return [{ op: "rename", at: [...at, op], key: newOp }, ...ruleSteps(args, newArgs, [...at, newOp])];
  }
  if (keys.length !== Object.keys(to).length || keys.some((k) => !Object.hasOwn(to, k))) return [{ op: "set", at, value: after }];
  return keys.flatMap((key) => ruleSteps(from[key], to[key], [...at, key]));
}

/** Lines of the form files are kept within this width (as `compactJson` lays values out). */
const WIDTH = 120;

const afterAt = (after: unknown, at: At): unknown => valueAtPath(after, at as JSONPath);

/**
 * Steps whose new text would not fit on a line that holds other JSON (a long condition replacing a
 * short one inside a one-line rule) are widened to the outermost value on that line, so that it is
 * laid out again like its neighbours, over several lines, rather than broken mid-line.
 */
function widened(text: string, base: JSONPath, after: unknown, steps: readonly Step[]): Step[] {
  const tree = parseTree(text) as Node;
  const oneLine = (node: Node): boolean => !text.slice(node.offset, node.offset + node.length).includes("\n");
  const out: Step[] = [];
  for (const step of steps) {
    if (step.op !== "set" && step.op !== "insert") {
      out.push(step);
      continue;
    }
    const node = findNodeAtLocation(tree, [...base, ...step.at]);
    if (!node || !oneLine(node)) {
      out.push(step);
      continue;
    }
    const lineStart = text.lastIndexOf("\n", node.offset) + 1;
    const lineEnd = text.indexOf("\n", node.offset) < 0 ? text.length : text.indexOf("\n", node.offset);
    const flat = compactJson(step.value, "", 0, "  ", "\n");
    const grown = step.op === "set" ? flat.length - node.length : flat.length + 2;
    if (!flat.includes("\n") && lineEnd - lineStart + grown <= WIDTH) {
      out.push(step);
      continue;
    }
    let at = step.at;
    for (let depth = step.at.length - 1; depth >= 0; depth--) {
      const outer = findNodeAtLocation(tree, [...base, ...step.at.slice(0, depth)]);
      if (!outer || !oneLine(outer)) break;
      at = step.at.slice(0, depth);
    }
    out.push({ op: "set", at, value: afterAt(after, at) });
  }
  // A widened step rewrites what the steps inside it did.
  return out.filter((step, i) => !out.some((other, j) => j !== i && other.op === "set" && other.at.length < step.at.length && other.at.every((k, n) => step.at[n] === k)));
}

/**
 * Write `shape` as the rule at `site` (a branch's `when` or `logic`, a computed value's `logic`…).
 * One changed number goes through `setThreshold` (with its `textProposals`); otherwise no proposals.
 */
export function writeShape(texts: FormTexts, site: Site, shape: RuleShape): ThresholdChange {
  const parsed = parsedFile(texts, site.file);
  const base = jsonPath(parsed, site.pointer);
  const before = valueAtPath(parsed, base);
  if (before === undefined) throw new EditRefused([refusalFinding("edit-target", site.file, site.pointer, (t) => t.nothingAt(site.file, site.pointer))]);
  const after = toRule(shape);
  const steps = widened(texts[site.file] ?? "", base, after, ruleSteps(before, after));
  const only = steps.length === 1 ? steps[0] : undefined;
  if (only?.op === "set" && typeof only.value === "number" && typeof valueAtPath(before, only.at as JSONPath) === "number") {
    return setThreshold(texts, { file: site.file, pointer: site.pointer + formatPointer(only.at) }, only.value);
  }
  const builder = new ChangeBuilder(texts);
  for (const step of steps) {
    const path: JSONPath = [...base, ...step.at];
    if (step.op === "set") builder.set(site.file, path, step.value as JsonLogic);
    else if (step.op === "insert") builder.insert(site.file, path, step.index, step.value as JsonLogic);
    else if (step.op === "rename") builder.renameKey(site.file, path, step.key);
    else builder.remove(site.file, [...path, step.index]);
  }
  return { ...builder.result(), textProposals: [] };
}
