/**
 * The safety net under the specific comparisons: where a file's content differs (`$comment`s aside) but no
 * change names it, the first differences are reported by file and pointer, so "no differences" is never said wrongly.
 */
import { childPointer, isObject, ownValue } from "../form-json/json.js";

export interface Difference {
  readonly pointer: string;
  readonly from: unknown;
  readonly to: unknown;
}

const MAX_DIFFERENCES = 5;
const MAX_DEPTH = 32;

/** Up to five pointers where `before` and `after` differ, ignoring `$comment` keys. */
export function differences(before: unknown, after: unknown): Difference[] {
  const found: Difference[] = [];
  const walk = (a: unknown, b: unknown, pointer: string, depth: number): void => {
    if (found.length >= MAX_DIFFERENCES || Object.is(a, b)) return;
    if (depth < MAX_DEPTH && Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
      a.forEach((item, i) => walk(item, b[i], childPointer(pointer, i), depth + 1));
      return;
    }
    if (depth < MAX_DEPTH && isObject(a) && isObject(b)) {
      const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
      for (const key of keys) if (key !== "$comment") walk(ownValue(a, key), ownValue(b, key), childPointer(pointer, key), depth + 1);
      return;
    }
    found.push({ pointer, from: a ?? null, to: b ?? null });
  };
  walk(before, after, "", 0);
  return found;
}
