/**
 * The `var` operation, replacing json-logic-js's own: it descends by own properties only, so
 * `__proto__`, `constructor`, `toString` or `hasOwnProperty` read as ordinary missing fields,
 * and it never hands back a function. Its semantics are otherwise those of json-logic-js 2.0.5
 * (dotted paths, numeric indexes, a default for missing values, `""` for the whole data), except
 * that `$form.…` and `$computed.…` read the root context also inside row scopes (`isRootPath`).
 */
import { remainingWork, spendWork } from "./budget.js";

/** Split paths, cached: rules read the same few paths over and over. Bounded, since paths can come from data. */
const splitCache = new Map<string, readonly string[]>();
const MAX_CACHED_PATHS = 10_000;

function segmentsOf(path: string): readonly string[] {
  let segments = splitCache.get(path);
  if (!segments) {
    if (splitCache.size >= MAX_CACHED_PATHS) splitCache.clear();
    segments = path.split(".");
    splitCache.set(path, segments);
  }
  return segments;
}

/** The value at a dotted path, by own properties; undefined when any step is missing. */
export function readPath(data: unknown, path: string | number): unknown {
  let node: unknown = data;
  for (const segment of segmentsOf(String(path))) {
    if (node === null || node === undefined) return undefined;
    const holder: object = typeof node === "object" ? node : Object(node);
    if (!Object.hasOwn(holder, segment)) return undefined;
    node = (holder as Record<string, unknown>)[segment];
  }
  return typeof node === "function" ? undefined : node;
}

/**
 * Written-out sizes of values already measured. Values are not changed once rules can read
 * them (the context only gains `$computed` entries, which can make the size of the whole context
 * an underestimate: harmless, since only values that rules build can grow without bound).
 */
const sizes = new WeakMap<object, number>();

/**
 * Nodes of a value counted as if it were written out, stopping once `limit` is passed. Rules can
 * build values that hold the same list many times (`[{"var": ""}, {"var": ""}]` inside a `map`,
 * or a `reduce` accumulator): small in memory, exponentially large once compared or joined.
 * Known sizes are reused, so that measuring a value that doubles per step stays cheap.
 */
function writtenSize(value: object, limit: number): number {
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

/**
 * The data `applyPrepared` was called with. Rules run synchronously and one at a time (as the
 * work meter, ./budget.ts), so one module-level slot is enough; `withRootContext` sets it around
 * one application and restores the previous one afterwards (re-entrancy). Undefined outside an
 * application: root paths then read the data in scope, as json-logic-js would.
 */
let rootContext: unknown;
let rootArmed = false;

export function withRootContext<T>(root: unknown, fn: () => T): T {
  const saved = { rootContext, rootArmed };
  rootContext = root;
  rootArmed = true;
  try {
    return fn();
  } finally {
    rootContext = saved.rootContext;
    rootArmed = saved.rootArmed;
  }
}

/**
 * Where a path is read from. A root path is always read from the root, also at the top level
 * where the root is the data in scope anyway. Rows never shadow it: a row is submitted data, and
 * a row with its own key "$form" or "$computed" (typed by an applicant, or imported from a
 * spreadsheet) must not change the assessment year or a computed value a rule compares with.
 * The root is a safe copy (`toSafeData`, or the evaluator's null-prototype context), and
 * `readPath` descends by own properties only, so the safety rules of rows hold for it too.
 */
const sourceOf = (data: unknown, path: string): unknown => (rootArmed && isRootPath(path) ? rootContext : data);

export function safeVar(this: unknown, path?: unknown, fallback?: unknown): unknown {
  spendWork(1);
  const notFound = fallback === undefined ? null : fallback;
  const text = path === undefined || path === "" || path === null ? undefined : typeof path === "number" ? path : String(path);
  const value = text === undefined ? this : readPath(typeof text === "string" ? sourceOf(this, text) : this, text);
  if (value === undefined || typeof value === "function") return notFound;
  // Reading a list or an object costs its written-out size, so that doubling it per step runs out of budget.
  if (typeof value === "object" && value !== null) spendWork(writtenSize(value, Math.max(remainingWork(), 0)));
  return value;
}
