/**
 * Memoized pointer work. Drawing a large form asks the same questions of the same pointers on
 * every keystroke (parse it, find its schema, make its id); the answers never change for a loaded
 * package, so they are computed once. The maps grow with the number of distinct fields drawn.
 */
import { parsePointer } from "@cluster-form/schema";

export function memoize<T>(compute: (key: string) => T): (key: string) => T {
  const cache = new Map<string, T>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined && !cache.has(key)) {
      value = compute(key);
      cache.set(key, value);
    }
    return value as T;
  };
}

/** A JSON pointer's segments, parsed once per pointer (a rule var's dotted path is the rules' dottedPathSegments). */
export const pointerSegments: (pointer: string) => readonly string[] = memoize(parsePointer);
