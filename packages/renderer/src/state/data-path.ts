/** Reading and immutably writing submission data along JSON-pointer segments. */

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isIndex = (segment: string): boolean => /^(0|[1-9]\d*)$/.test(segment);

/** Own properties only, so that `__proto__` or `constructor` in a pointer never reaches a prototype. */
export function getIn(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (Array.isArray(node) && isIndex(segment)) node = node[Number(segment)];
    else if (isRecord(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/**
 * A copy of `root` with `value` at `segments`; `undefined` removes the key (a blank field).
 * Containers along the way are copied, never mutated, so Lit sees new references.
 */
export function setIn(root: unknown, segments: readonly string[], value: unknown): unknown {
  const [head, ...rest] = segments;
  if (head === undefined) return value;
  const child = rest.length === 0 ? value : setIn(getIn(root, [head]), rest, value);
  // A missing container addressed by an index is a list (a repeating table's first row).
  if (isIndex(head) && (Array.isArray(root) || root === undefined || root === null)) {
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

/** Whether a value counts as filled in: not null, not blank text, not an empty list. */
export function isFilled(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === "string") return value.trim() !== "";
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
