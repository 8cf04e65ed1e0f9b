/**
 * Reading data by path, safely: by own properties only, so `__proto__`, `constructor`,
 * `toString` or `hasOwnProperty` read as ordinary missing fields, and never a function. The
 * `var` operation (../ops/var.ts) is built on it.
 */

/**
 * Split paths, cached: rules read the same few paths over and over. Bounded in count and in each
 * path's length, since paths can come from data (`missing`, a computed `var`): a service scoring
 * for months must not keep 10,000 megabyte-long strings a submission once named.
 */
const splitCache = new Map<string, readonly string[]>();
const MAX_CACHED_PATHS = 10_000;
const MAX_CACHED_PATH_LENGTH = 256;

/** A `var` path's dot-separated segments (not a JSON pointer). */
export function dottedPathSegments(path: string): readonly string[] {
  let segments = splitCache.get(path);
  if (!segments) {
    segments = path.split(".");
    if (path.length > MAX_CACHED_PATH_LENGTH) return segments;
    if (splitCache.size >= MAX_CACHED_PATHS) splitCache.clear();
    splitCache.set(path, segments);
  }
  return segments;
}

/** The value at a path split into segments, by own properties; undefined when any step is missing. */
export function readSegments(data: unknown, segments: readonly string[]): unknown {
  let node: unknown = data;
  for (let index = 0; index < segments.length; index += 1) {
    // Never into a function (data read in place, as the evaluator does, may hold one).
    if (node === null || node === undefined || typeof node === "function") return undefined;
    const holder: object = typeof node === "object" ? node : Object(node);
    const segment = segments[index] as string;
    if (!Object.hasOwn(holder, segment)) return undefined;
    node = (holder as Record<string, unknown>)[segment];
  }
  return typeof node === "function" ? undefined : node;
}

/** The value at a dotted path, by own properties; undefined when any step is missing. */
export const readPath = (data: unknown, path: string | number): unknown => readSegments(data, dottedPathSegments(String(path)));

/**
 * Written-out sizes of values already measured. Values are not changed once rules can read
 * them (the context only gains `$computed` entries, which can make the size of the whole context
 * an underestimate: harmless, since only values that rules build can grow without bound).
 */
let sizes = new WeakMap<object, number>();

/**
 * Forget every size measured so far: for data read in place (the evaluator's), whose owner may
 * change it between evaluations, sizes hold for one evaluation only.
 */
export const forgetWrittenSizes = (): void => {
  sizes = new WeakMap();
};

/** Note the written-out size of a value that is known when it is made (a copy of the data, ./safe-data.ts). */
export const noteSize = (value: object, size: number): void => void sizes.set(value, size);

/**
 * Nodes of a value counted as if it were written out, stopping once `limit` is passed. Rules can
 * build values that hold the same list many times (`[{"var": ""}, {"var": ""}]` inside a `map`,
 * or a `reduce` accumulator): small in memory, exponentially large once compared or joined.
 * Known sizes are reused, so that measuring a value that doubles per step stays cheap.
 */
export function writtenSize(value: object, limit: number): number {
  const known = sizes.get(value);
  if (known !== undefined) return known;
  let size = 0;
  const stack: unknown[] = [value];
  while (stack.length > 0 && size <= limit) {
    const node = stack.pop();
    if (node === null || typeof node !== "object") {
      size += 1;
      continue;
    }
    const measured = node === value ? undefined : sizes.get(node);
    if (measured !== undefined) {
      size += measured;
      continue;
    }
    size += 1;
    if (Array.isArray(node)) for (const item of node) stack.push(item);
    else for (const key of Object.keys(node)) stack.push((node as Record<string, unknown>)[key]);
  }
  if (size <= limit) sizes.set(value, size);
  return size;
}

/**
 * Paths that name the evaluation's own values rather than the data in scope: `$form.<key>` and
 * `$computed.<id>` (and the two groups themselves). Inside a row scope (filter, map, reduce, all,
 * some, none) `var` reads the row, but these are read from the root context of the application,
 * so that a row filter can compare with the assessment year or a computed value.
 */
export function isRootPath(path: string): boolean {
  if (path.charCodeAt(0) !== 36 /* "$" */) return false;
  return path === "$form" || path === "$computed" || path.startsWith("$form.") || path.startsWith("$computed.");
}

