/**
 * An incremental evaluator gives back last time's object for a criterion whose result is the same
 * as then: a caller can tell what changed by identity (`<cluster-form>` then leaves the parts whose
 * criteria are all the same objects alone) instead of comparing or serialising whole results.
 */

/** Equality of JSON-like values: the same primitives, arrays of equal items, objects with equal own keys. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i += 1) if (!sameJson(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !sameJson((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false;
  }
  return true;
}

export interface KeptResults<T> {
  /** `next`, or the object last kept under `key` when it is equal to `next`. */
  keep(key: string, next: T): T;
}

export function keptResults<T>(): KeptResults<T> {
  const kept = new Map<string, T>();
  return {
    keep(key, next) {
      const previous = kept.get(key);
      if (previous !== undefined && sameJson(previous, next)) return previous;
      kept.set(key, next);
      return next;
    },
  };
}

/** For evaluations that share nothing: every result is new. */
export const NO_KEPT_RESULTS: KeptResults<never> = { keep: (_key, next) => next };
