/**
 * The submission's parts as rules read them: in place, never copied (`var` reads own properties
 * only and never reaches a prototype or a function: ../logic/safe-var.ts), nor walked beforehand
 * (the work budget is spent as rules run: ../logic/budget.ts); and the same parts with the fields
 * that do not apply removed, copied along the removed paths only.
 *
 * An incremental evaluator keeps its masked copies per source object between evaluations, so that
 * data that is the same object as last time is not copied again, and what rules read keeps its
 * identity, which is what lets ./rule-memo.ts tell that it did not change.
 */
import { forgetWrittenSizes } from "../logic/index.js";
import { pathTree, type PathTree } from "./path-tree.js";

export interface PartViews {
  /** Called before each evaluation. */
  begin(): void;
  /** One part's data as rules read it. */
  part(value: unknown): unknown;
  /** `view` without the values at `paths` (segments below the part), shallow-copied along each path, never changed in place. */
  masked(view: unknown, paths: readonly (readonly string[])[]): unknown;
}

/** What a rule may read of a value: JSON's kinds (a function, a symbol or a bigint reads as missing). */
const readable = (value: unknown): unknown =>
  value === null || typeof value === "object" || typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined;

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/**
 * A copy of `node` without the values `tree` names, sharing everything off their paths and
 * copying each object on them once; `node` itself when nothing named is there.
 */
function without(node: unknown, tree: PathTree): unknown {
  if (!isObject(node)) return node;
  const record = node as Record<string, unknown>;
  let copy: Record<string, unknown> | undefined;
  for (const key of Object.keys(tree)) {
    if (!Object.hasOwn(node, key)) continue;
    const below = tree[key] as PathTree | true;
    // A field of a row is removed, never the row: an array keeps its length.
    if (below === true && Array.isArray(node)) continue;
    const child = below === true ? undefined : without(record[key], below);
    if (below !== true && child === record[key]) continue;
    copy ??= (Array.isArray(node) ? node.slice() : Object.assign(Object.create(null) as Record<string, unknown>, record)) as Record<string, unknown>;
    if (below === true) delete copy[key];
    else if (Array.isArray(copy)) copy[Number(key)] = child;
    else copy[key] = child;
  }
  return copy ?? node;
}

const maskAll = (view: unknown, paths: readonly (readonly string[])[]): unknown => without(view, pathTree(paths));

/** Nothing assumed about the caller's objects: sizes measured by rules hold for one evaluation only. */
export function freshViews(): PartViews {
  return {
    begin: forgetWrittenSizes,
    part: readable,
    masked: maskAll,
  };
}

/**
 * Masked copies (and sizes measured by rules) kept per source object. Only for callers that never
 * change a submission in place once evaluated, but replace the objects along a changed path (as
 * `<cluster-form>` does).
 */
export function keptViews(): PartViews {
  const masks = new WeakMap<object, { readonly key: string; readonly value: unknown }>();
  return {
    begin: () => undefined,
    part: readable,
    masked(view, paths) {
      if (!isObject(view)) return maskAll(view, paths);
      const key = JSON.stringify(paths);
      const kept = masks.get(view);
      if (kept?.key === key) return kept.value;
      const value = maskAll(view, paths);
      masks.set(view, { key, value });
      return value;
    },
  };
}
