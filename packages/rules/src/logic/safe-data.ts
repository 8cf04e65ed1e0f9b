/**
 * Untrusted data is copied before any rule sees it: objects become null-prototype objects (so no
 * path can reach `Object.prototype`), functions and other non-JSON values are left out, and
 * nesting is bounded. The copy also counts the array items, the "rows" of the work budget.
 */
import { noteSize } from "./safe-var.js";

/** Nesting deeper than this is cut (the deeper value reads as missing); real forms nest 4–5 levels. */
export const MAX_DATA_DEPTH = 64;

export interface SafeData {
  readonly data: unknown;
  /** Array items anywhere in the data. */
  readonly rows: number;
}

/** Copies already made, by source object, for callers that never change their data in place (see `toSafeData`). */
export type KeptCopies = WeakMap<object, { readonly depth: number; readonly copy: SafeData; readonly nodes: number }>;

/**
 * `depth` is how deep `value` itself sits (a part of the submission's data is at 1). With `kept`,
 * an object copied before at the same depth is not copied again: its copy, the same object as
 * before, is used, so that an unchanged subtree keeps its identity from one evaluation to the next.
 * The written-out size of each list copied is noted on the way (`noteSize`), so that rules
 * reading it spend work without measuring it again.
 */
export function toSafeData(value: unknown, depth = 0, kept?: KeptCopies): SafeData {
  let rows = 0;
  let nodes = 0;
  const copy = (node: unknown, level: number): unknown => {
    if (node === null || typeof node === "string" || typeof node === "number" || typeof node === "boolean") {
      nodes += 1;
      return node;
    }
    if (typeof node !== "object" || level >= MAX_DATA_DEPTH) return undefined;
    const known = kept?.get(node);
    if (known && known.depth === level) {
      rows += known.copy.rows;
      nodes += known.nodes;
      return known.copy.data;
    }
    const rowsBefore = rows;
    const nodesBefore = nodes;
    nodes += 1;
    let data: object;
    if (Array.isArray(node)) {
      rows += node.length;
      const items: unknown[] = new Array<unknown>(node.length);
      for (let i = 0; i < node.length; i += 1) {
        const item = copy(node[i], level + 1);
        if (item === undefined) nodes += 1;
        items[i] = item === undefined ? null : item;
      }
      data = items;
      // Lists are what rules read whole (objects mostly field by field); noting every object costs more than it saves.
      noteSize(items, nodes - nodesBefore);
    } else {
      const result = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(node)) {
        const item = copy((node as Record<string, unknown>)[key], level + 1);
        if (item !== undefined) result[key] = item;
      }
      data = result;
    }
    kept?.set(node, { depth: level, copy: { data, rows: rows - rowsBefore }, nodes: nodes - nodesBefore });
    return data;
  };
  const data = copy(value, depth);
  return { data, rows };
}

/** Most nodes a value computed by a rule may have when it is stored for other rules to read. */
export const MAX_VALUE_NODES = 100_000;

/**
 * A null-prototype copy of a value a rule produced, so that storing it in the context can never
 * make the context contain itself (`{"var": ""}` returns the whole context). A reference back to
 * an enclosing object becomes null. Undefined when the copy would exceed `MAX_VALUE_NODES`.
 */
export function snapshotValue(value: unknown): unknown {
  // Most values are numbers or texts: nothing to copy.
  if (value === null || typeof value !== "object") return typeof value === "function" ? null : value;
  let nodes = 0;
  const ancestors = new Set<object>();
  const copy = (node: unknown): unknown => {
    nodes += 1;
    if (nodes > MAX_VALUE_NODES) throw new RangeError("value too large");
    if (node === null || typeof node !== "object") return typeof node === "function" ? null : node;
    if (ancestors.has(node)) return null;
    ancestors.add(node);
    try {
      if (Array.isArray(node)) return node.map(copy);
      const result = Object.create(null) as Record<string, unknown>;
      for (const key of Object.keys(node)) result[key] = copy((node as Record<string, unknown>)[key]);
      return result;
    } finally {
      ancestors.delete(node);
    }
  };
  try {
    return copy(value);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}

/**
 * An ordinary JSON value (with `Object.prototype`) of a value produced by a rule or typed by a
 * user, for results. Only hostile input reaches the bounds: nesting beyond `MAX_DATA_DEPTH`
 * and everything after the first `MAX_VALUE_NODES` nodes (a rule can build a list that holds
 * itself twice per level) become null.
 */
export function toPlainJson(value: unknown): unknown {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return Number.isFinite(value) ? value + 0 : null;
  let nodes = 0;
  const copy = (node: unknown, depth: number): unknown => {
    nodes += 1;
    if (node === null || typeof node === "string" || typeof node === "boolean") return node;
    // As JSON would write it: -0 is 0, NaN and infinities are null.
    if (typeof node === "number") return Number.isFinite(node) ? node + 0 : null;
    if (typeof node !== "object" || depth >= MAX_DATA_DEPTH || nodes > MAX_VALUE_NODES) return null;
    if (Array.isArray(node)) return node.map((item: unknown) => copy(item, depth + 1));
    const result: Record<string, unknown> = {};
    for (const key of Object.keys(node)) {
      const item = (node as Record<string, unknown>)[key];
      if (item === undefined || typeof item === "function" || typeof item === "symbol") continue;
      // defineProperty: a key named "__proto__" stays an own property and never sets the prototype.
      Object.defineProperty(result, key, { value: copy(item, depth + 1), enumerable: true, writable: true, configurable: true });
    }
    return result;
  };
  return copy(value, 0);
}
