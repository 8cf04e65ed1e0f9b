/**
 * JSON pointers (RFC 6901) and walking a data schema along one, as in @cluster-form/schema's
 * pointer module. Kept here so the browser's lazily loaded Excel chunk does not pull in that
 * package's entry (and the schema validator behind it) for three small functions.
 */
import type { DataSchema } from "@cluster-form/schema";

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

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** The subschema at `segments`: object properties by name, array items by any index; undefined where the schema does not say. */
export function schemaAt(schema: DataSchema | undefined, segments: readonly string[]): DataSchema | undefined {
  let node: DataSchema | undefined = schema;
  for (const segment of segments) {
    if (!node) return undefined;
    if (isObject(node.properties) && Object.hasOwn(node.properties, segment)) node = node.properties[segment] as DataSchema;
    else if (/^\d+$/.test(segment) && isObject(node.items)) node = node.items as DataSchema;
    else return undefined;
  }
  return node;
}
