/**
 * JSON pointers (RFC 6901) and the data paths they name: one segment syntax for the whole
 * project, so that a pointer made in one package is read the same way in every other.
 */
import { isRecord } from "./record.js";

/** A segment as written inside a pointer: `~` as `~0`, `/` as `~1`. */
export const escapeSegment = (segment: string | number): string => String(segment).replace(/~/g, "~0").replace(/\//g, "~1");

/** A segment as written inside a pointer, read back. */
export const unescapeSegment = (segment: string): string => (segment.includes("~") ? segment.replace(/~1/g, "/").replace(/~0/g, "~") : segment);

/** The segments of a pointer; throws a SyntaxError on text that is not one. */
export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new SyntaxError(`Not a JSON pointer: ${pointer}`);
  return pointer.slice(1).split("/").map(unescapeSegment);
}

/** The pointer of a list of segments. */
export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + escapeSegment(s)).join("");
}

/** `pointer` extended by `segments`. */
export const joinPointer = (pointer: string, ...segments: readonly (string | number)[]): string => pointer + formatPointer(segments);

/** The pointer of the container of `pointer` (`/brands/other` → `/brands`; "" for a top-level key or the root). */
export const parentPointer = (pointer: string): string => pointer.slice(0, Math.max(0, pointer.lastIndexOf("/")));

/** The last segment of a pointer, unescaped ("" for the root). */
export const lastSegment = (pointer: string): string => unescapeSegment(pointer.slice(pointer.lastIndexOf("/") + 1));

/** Whether `pointer` is `prefix` or lies under it. */
export const isWithin = (pointer: string, prefix: string): boolean =>
  pointer === prefix || (pointer.startsWith(prefix) && pointer.charCodeAt(prefix.length) === 47); /* "/" */

/** An array index as a pointer writes it: digits, no leading zero. */
export const isArrayIndex = (segment: string): boolean => /^(0|[1-9]\d*)$/.test(segment);

/** The value at `path` (segments or a pointer) in a JSON document, through own properties and array indexes only; undefined where there is none or the pointer is malformed. */
export function valueAt(document: unknown, path: string | readonly string[]): unknown {
  let segments: readonly string[];
  if (typeof path === "string") {
    try {
      segments = parsePointer(path);
    } catch {
      return undefined;
    }
  } else segments = path;
  let node = document;
  for (const segment of segments) {
    if (Array.isArray(node) && isArrayIndex(segment)) node = node[Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `root` with `value` at `segments`; `undefined` removes the key (a blank field).
 * Containers along the way are copied, never mutated; keys are defined as own properties, so a
 * `__proto__` segment makes a key and never reaches a prototype.
 */
export function setValueAt(root: unknown, segments: readonly string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  const child = rest.length === 0 ? value : setValueAt(valueAt(root, [head]), rest, value);
  // A missing container addressed by an index is a list (a repeating table's first row).
  if (isArrayIndex(head) && (Array.isArray(root) || root === undefined || root === null)) {
    const copy = Array.isArray(root) ? root.slice() : [];
    const index = Number(head);
    while (copy.length < index) copy.push({});
    copy[index] = child === undefined ? {} : child;
    return copy;
  }
  const copy: Record<string, unknown> = isRecord(root) ? { ...root } : {};
  if (child === undefined) delete copy[head];
  else Object.defineProperty(copy, head, { value: child, enumerable: true, writable: true, configurable: true });
  return copy;
}
