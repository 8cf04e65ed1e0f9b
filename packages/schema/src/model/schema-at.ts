/** Walking a dereferenced data schema along a data path, as a value is found along the same path. */
import type { DataSchema, FormPackage, LoadedPart } from "../types.js";
import { parsePointer } from "./pointer.js";
import { isRecord } from "./record.js";

/** The subschema one segment below `node`: a property by name, the items by any index; undefined where the schema does not say. */
export function schemaBelow(node: DataSchema | undefined, segment: string): DataSchema | undefined {
  if (!node) return undefined;
  if (isRecord(node.properties) && Object.hasOwn(node.properties, segment)) return node.properties[segment] as DataSchema;
  if (/^\d+$/.test(segment) && isRecord(node.items)) return node.items as DataSchema;
  return undefined;
}

/**
 * The subschema at `segments` inside a dereferenced schema: object properties by name,
 * array items by any index. Returns undefined where the schema does not say.
 */
export function schemaAt(schema: DataSchema | undefined, segments: readonly string[]): DataSchema | undefined {
  let node: DataSchema | undefined = schema;
  for (const segment of segments) {
    node = schemaBelow(node, segment);
    if (!node) return undefined;
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

/** The part a submission pointer (`/data/<part>/…`) lies in, with the rest of its segments. */
export function partAt(form: FormPackage, submissionPointer: string): { readonly part: LoadedPart; readonly path: readonly string[] } | undefined {
  let segments: string[];
  try {
    segments = parsePointer(submissionPointer);
  } catch {
    return undefined;
  }
  const [root, partId, ...path] = segments;
  if (root !== "data" || partId === undefined) return undefined;
  const part = form.parts.find((p) => p.ref.id === partId);
  return part ? { part, path } : undefined;
}

/** The schema of a field given its pointer into a submission (`/data/<part>/…`). */
export function fieldSchemaAt(form: FormPackage, submissionPointer: string): DataSchema | undefined {
  const found = partAt(form, submissionPointer);
  return found ? schemaAt(found.part.schema, found.path) : undefined;
}
