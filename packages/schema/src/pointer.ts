/** JSON pointers (RFC 6901) and walking a dereferenced data schema along one. */
import type { DataSchema, FormPackage } from "./types.js";

export function parsePointer(pointer: string): string[] {
  if (pointer === "") return [];
  if (!pointer.startsWith("/")) throw new SyntaxError(`Not a JSON pointer: ${pointer}`);
  return pointer
    .slice(1)
    .split("/")
    .map((segment) => segment.replace(/~1/g, "/").replace(/~0/g, "~"));
}

export function formatPointer(segments: readonly (string | number)[]): string {
  return segments.map((s) => "/" + String(s).replace(/~/g, "~0").replace(/\//g, "~1")).join("");
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** The value at `segments` in a JSON document, through own properties and array indexes only; undefined where there is none. */
export function valueAt(document: unknown, segments: readonly string[]): unknown {
  let node = document;
  for (const segment of segments) {
    if (Array.isArray(node) && /^(0|[1-9]\d*)$/.test(segment)) node = node[Number(segment)];
    else if (isObject(node) && Object.hasOwn(node, segment)) node = node[segment];
    else return undefined;
  }
  return node;
}

/**
 * The subschema at `segments` inside a dereferenced schema: object properties by name,
 * array items by any index. Returns undefined where the schema does not say.
 */
export function schemaAt(schema: DataSchema | undefined, segments: readonly string[]): DataSchema | undefined {
  let node: DataSchema | undefined = schema;
  for (const segment of segments) {
    if (!node) return undefined;
    if (isObject(node.properties) && Object.hasOwn(node.properties, segment)) {
      node = node.properties[segment] as DataSchema;
    } else if (/^\d+$/.test(segment) && isObject(node.items)) {
      node = node.items as DataSchema;
    } else {
      return undefined;
    }
  }
  return node;
}

/** The subschema at a JSON pointer; undefined where the schema does not say, or the pointer is malformed. */
export function schemaAtPointer(schema: DataSchema | undefined, pointer: string): DataSchema | undefined {
  try {
    return schemaAt(schema, parsePointer(pointer));
  } catch {
    return undefined;
  }
}

/** The schema of a field given its pointer into a submission (`/data/<part>/…`). */
export function fieldSchemaAt(pkg: FormPackage, submissionPointer: string): DataSchema | undefined {
  const [root, partId, ...rest] = parsePointer(submissionPointer);
  if (root !== "data" || partId === undefined) return undefined;
  const part = pkg.parts.find((p) => p.ref.id === partId);
  return schemaAt(part?.schema, rest);
}
