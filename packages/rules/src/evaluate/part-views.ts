/**
 * The submission's parts as rules read them: in place, never copied (`var` reads own properties
 * only and never reaches a prototype or a function: ../logic/safe-var.ts), surveyed first for the
 * work budget (`surveyData`); and the same parts with the fields that do not apply removed, copied
 * along the removed paths only.
 *
 * An incremental evaluator keeps its surveys and masked copies per source object between
 * evaluations, so that data that is the same object as last time is neither walked nor copied
 * again, and what rules read keeps its identity, which is what lets ./rule-memo.ts tell that it
 * did not change.
 */
import { forgetWrittenSizes, readSegments, surveyData, type KeptSurveys } from "../logic/index.js";

export interface PartViews {
  /** Called before each evaluation. */
  begin(): void;
  /** One part's data as rules read it. */
  part(value: unknown): unknown;
  /**
   * The rows of the work budget: the array items in the context under `paths` (the data paths the
   * rules read, none inside another), or in all of it when undefined.
   */
  rows(context: Readonly<Record<string, unknown>>, paths: readonly (readonly string[])[] | undefined): number;
  /** `view` without the values at `paths` (segments below the part), shallow-copied along each path, never changed in place. */
  masked(view: unknown, paths: readonly (readonly string[])[]): unknown;
}

/** What a rule may read of a value: JSON's kinds (a function, a symbol or a bigint reads as missing). */
const readable = (value: unknown): unknown =>
  value === null || typeof value === "object" || typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? value : undefined;

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

function rowsUnder(context: Readonly<Record<string, unknown>>, paths: readonly (readonly string[])[] | undefined, kept?: KeptSurveys): number {
  let rows = 0;
  // The context itself is no row, and its parts sit at depth 1, as in the submission's data.
  if (!paths) for (const key of Object.keys(context)) rows += surveyData(context[key], 1, kept);
  else for (const path of paths) rows += surveyData(readSegments(context, path), path.length, kept);
  return rows;
}

/** Nothing assumed about the caller's objects: surveyed afresh every evaluation, sizes measured for that evaluation only. */
export function freshViews(): PartViews {
  return {
    begin: forgetWrittenSizes,
    part: readable,
    rows: (context, paths) => rowsUnder(context, paths),
    masked: maskAll,
  };
}

/**
 * Surveys and masked copies kept per source object. Only for callers that never change a
 * submission in place once evaluated, but replace the objects along a changed path (as
 * `<cluster-form>` does).
 */
export function keptViews(): PartViews {
  const surveys: KeptSurveys = new WeakMap();
  const masks = new WeakMap<object, { readonly key: string; readonly value: unknown }>();
  return {
    begin: () => undefined,
    part: readable,
    rows: (context, paths) => rowsUnder(context, paths, surveys),
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
