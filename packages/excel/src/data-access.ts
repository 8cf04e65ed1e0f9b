/** Reading and writing plain JSON data along pointer segments, never through prototypes. */

export type JsonRecord = Record<string, unknown>;

export const isRecord = (value: unknown): value is JsonRecord => typeof value === "object" && value !== null && !Array.isArray(value);

export function getAt(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (Array.isArray(node) && /^\d+$/.test(segment)) node = node[Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

function defineOwn(target: JsonRecord | unknown[], segment: string, value: unknown): void {
  Object.defineProperty(target, segment, { value, writable: true, enumerable: true, configurable: true });
}

/**
 * Sets a value, creating objects on the way (or, with `arraysForIndexes`, arrays before a numeric
 * segment). Values restored from the hidden sheet pass `false`: there every array is whole or
 * already exists, and an object with numeric keys must come back an object.
 */
export function setAt(root: JsonRecord, segments: readonly string[], value: unknown, arraysForIndexes = true): void {
  let node: JsonRecord | unknown[] = root;
  segments.forEach((segment, i) => {
    const last = i === segments.length - 1;
    if (Array.isArray(node) && !/^\d+$/.test(segment)) throw new RangeError(`Not an array index: ${segment}`);
    if (last) {
      defineOwn(node, segment, value);
      return;
    }
    const existing: unknown = Array.isArray(node) ? node[Number(segment)] : Object.hasOwn(node, segment) ? node[segment] : undefined;
    if (isRecord(existing) || Array.isArray(existing)) {
      node = existing;
      return;
    }
    const next: JsonRecord | unknown[] = arraysForIndexes && /^\d+$/.test(segments[i + 1] ?? "") ? [] : {};
    defineOwn(node, segment, next);
    node = next;
  });
}

/** Sets an own property even when the key is `__proto__`. */
export function defineValue(target: JsonRecord, key: string, value: unknown): void {
  defineOwn(target, key, value);
}
