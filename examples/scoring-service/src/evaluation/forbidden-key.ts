/**
 * Keys the service refuses in a body, as Fastify's own JSON parser does: `__proto__`, and a
 * `constructor` object with a `prototype`. JSON.parse keeps them as plain own properties, but
 * code that copies or merges the submission later could turn them into a prototype change.
 */
import { formatPointer } from "@cluster-form/schema";

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

function isForbidden(node: Record<string, unknown>, key: string): boolean {
  if (key === "__proto__") return true;
  const value = node[key];
  return key === "constructor" && isObject(value) && Object.hasOwn(value, "prototype");
}

interface Visit {
  readonly node: unknown;
  readonly key: string | number;
  readonly parent: Visit | undefined;
}

function pathOf(visit: Visit): (string | number)[] {
  const path: (string | number)[] = [];
  for (let at: Visit | undefined = visit; at?.parent; at = at.parent) path.unshift(at.key);
  return path;
}

/** The pointer of the first forbidden key in `value`, or undefined. Iterative, with parent links: deep nesting costs no stack and no copied paths. */
export function forbiddenKeyAt(value: unknown): string | undefined {
  const pending: Visit[] = [{ node: value, key: "", parent: undefined }];
  while (pending.length > 0) {
    const visit = pending.pop() as Visit;
    const { node } = visit;
    if (!isObject(node)) continue;
    const list = Array.isArray(node);
    for (const key of Object.keys(node)) {
      if (!list && isForbidden(node, key)) return formatPointer([...pathOf(visit), key]);
      pending.push({ node: node[key], key: list ? Number(key) : key, parent: visit });
    }
  }
  return undefined;
}
