/** The places where JSON Schema keywords hold subschemas, so that walkers never mistake data for schema. */
import { formatPointer } from "./model/pointer.js";
import { isRecord } from "./model/record.js";

/** Keywords whose value is one schema. */
export const SINGLE_SCHEMA_KEYWORDS = [
  "items",
  "contains",
  "not",
  "if",
  "then",
  "else",
  "additionalProperties",
  "propertyNames",
  "unevaluatedItems",
  "unevaluatedProperties",
] as const;

/** Keywords whose value is a list of schemas. */
export const SCHEMA_LIST_KEYWORDS = ["allOf", "anyOf", "oneOf", "prefixItems"] as const;

/** Keywords whose value maps names to schemas. */
export const SCHEMA_MAP_KEYWORDS = ["properties", "patternProperties", "$defs", "dependentSchemas"] as const;


/**
 * A copy of a schema with `transform` applied to every (sub)schema object, bottom-up.
 * `transform` receives the node with its subschemas already transformed and its pointer.
 */
export function mapSchema(
  schema: unknown,
  transform: (node: Record<string, unknown>, pointer: string) => Record<string, unknown>,
  pointer = "",
): unknown {
  if (!isRecord(schema)) return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    const at = pointer + formatPointer([key]);
    if ((SINGLE_SCHEMA_KEYWORDS as readonly string[]).includes(key)) {
      out[key] = mapSchema(value, transform, at);
    } else if ((SCHEMA_LIST_KEYWORDS as readonly string[]).includes(key) && Array.isArray(value)) {
      out[key] = value.map((item, index) => mapSchema(item, transform, `${at}/${index}`));
    } else if ((SCHEMA_MAP_KEYWORDS as readonly string[]).includes(key) && isRecord(value)) {
      const map: Record<string, unknown> = {};
      for (const [name, sub] of Object.entries(value)) {
        map[name] = mapSchema(sub, transform, at + formatPointer([name]));
      }
      out[key] = map;
    } else {
      out[key] = value;
    }
  }
  return transform(out, pointer);
}

/** Calls `visit` on a schema and each of its subschemas, parents first, with their JSON pointers. */
export function forEachSubschema(schema: unknown, visit: (node: Record<string, unknown>, pointer: string) => void, pointer = ""): void {
  if (!isRecord(schema)) return;
  visit(schema, pointer);
  for (const [key, value] of Object.entries(schema)) {
    const at = pointer + formatPointer([key]);
    if ((SINGLE_SCHEMA_KEYWORDS as readonly string[]).includes(key)) forEachSubschema(value, visit, at);
    else if ((SCHEMA_LIST_KEYWORDS as readonly string[]).includes(key) && Array.isArray(value)) value.forEach((item, index) => forEachSubschema(item, visit, `${at}/${index}`));
    else if ((SCHEMA_MAP_KEYWORDS as readonly string[]).includes(key) && isRecord(value)) {
      for (const [name, sub] of Object.entries(value)) forEachSubschema(sub, visit, at + formatPointer([name]));
    }
  }
}
