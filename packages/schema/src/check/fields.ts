/** Field pointers of layouts and rules, checked against the part's (dereferenced) data schema. */
import { message } from "../locales/all.js";
import { schemaAtPointer } from "../model/schema-at.js";
import { isRecord } from "../model/record.js";
import type { DataSchema, LoadedPart } from "../types.js";
import type { CheckContext } from "./context.js";

export function fieldSchema(part: LoadedPart, field: string): DataSchema | undefined {
  return schemaAtPointer(part.schema, field);
}

/** The schema of `field`, or a finding at `pointer` (the key naming the field) when there is none. */
export function requireField(
  context: CheckContext,
  code: string,
  part: LoadedPart,
  file: string,
  pointer: string,
  field: string,
): DataSchema | undefined {
  if (!part.schema) {
    context.report(code, file, pointer, message("partNoSchema", { part: part.ref.id }));
    return undefined;
  }
  const schema = fieldSchema(part, field);
  if (!schema) context.report(code, file, pointer, message("fieldUnknown", { field, part: part.ref.id }));
  return schema;
}

const hasType = (schema: DataSchema, type: string): boolean =>
  schema.type === type || (Array.isArray(schema.type) && schema.type.includes(type as never));

export const isObjectSchema = (schema: DataSchema): boolean =>
  hasType(schema, "object") || (schema.type === undefined && isRecord(schema.properties));

export const isArrayOfObjects = (schema: DataSchema): boolean =>
  hasType(schema, "array") && typeof schema.items === "object" && schema.items !== null && !Array.isArray(schema.items) && isObjectSchema(schema.items as DataSchema);

/** Whether `key` is a property of an object schema (`properties` may be anything in a broken file: null, a list). */
export const hasProperty = (schema: DataSchema | undefined, key: string): boolean =>
  schema !== undefined && isRecord(schema.properties) && Object.hasOwn(schema.properties, key);
