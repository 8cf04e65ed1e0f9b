/**
 * The safe copies of a submission's parts that rules read (see ../logic/safe-data.ts), and the
 * same copies with the fields that do not apply removed.
 *
 * An incremental evaluator keeps them per source object between evaluations: data that is the same
 * object as last time is not copied again, and its copy stays the same object, which is what lets
 * ./rule-memo.ts tell that what a rule reads did not change.
 */
import { toSafeData, type KeptCopies, type SafeData } from "../logic/index.js";

export interface DataCopies {
  /** The safe copy of one part's data (the part sits at depth 1 of the submission's data). */
  part(value: unknown): SafeData;
  /** `copy` without the values at `paths` (segments below the part), shallow-copied along each path, never changed in place. */
  masked(copy: unknown, paths: readonly (readonly string[])[]): unknown;
}

const isObject = (value: unknown): value is object => typeof value === "object" && value !== null;

/** A copy of `node` without the value at `path`, sharing everything off the path; `node` itself when nothing is there. */
function without(node: unknown, path: readonly string[], from = 0): unknown {
  const key = path[from];
  if (key === undefined || !isObject(node) || !Object.hasOwn(node, key)) return node;
  const record = node as Record<string, unknown>;
  const last = from === path.length - 1;
  // A field of a row is removed, never the row: an array keeps its length.
  if (last && Array.isArray(node)) return node;
  const child = last ? undefined : without(record[key], path, from + 1);
  if (!last && child === record[key]) return node;
  if (Array.isArray(node)) {
    const copy = node.slice();
    copy[Number(key)] = child;
    return copy;
  }
  const copy = Object.assign(Object.create(null) as Record<string, unknown>, record);
  if (last) delete copy[key];
  else copy[key] = child;
  return copy;
}

function maskAll(copy: unknown, paths: readonly (readonly string[])[]): unknown {
  let result = copy;
  for (const path of paths) result = without(result, path);
  return result;
}

/** Copies made afresh for every evaluation: nothing is assumed about the caller's objects. */
export function freshCopies(): DataCopies {
  return { part: (value) => toSafeData(value, 1), masked: maskAll };
}

/**
 * Copies kept per source object. Only for callers that never change a submission in place once
 * evaluated, but replace the objects along a changed path (as `<cluster-form>` does).
 */
export function keptCopies(): DataCopies {
  const kept: KeptCopies = new WeakMap();
  const masks = new WeakMap<object, { readonly key: string; readonly value: unknown }>();
  return {
    part: (value) => toSafeData(value, 1, kept),
    masked(copy, paths) {
      if (!isObject(copy)) return maskAll(copy, paths);
      const key = JSON.stringify(paths);
      const kept = masks.get(copy);
      if (kept?.key === key) return kept.value;
      const value = maskAll(copy, paths);
      masks.set(copy, { key, value });
      return value;
    },
  };
}
