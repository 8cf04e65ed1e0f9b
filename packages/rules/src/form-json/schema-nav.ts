/** Reading a dereferenced data schema the way `var` reads data: by property name and array index. */
import { arrayOf, isObject, ownValue, type JsonObject } from "./json.js";

/** The kinds of value the type check tells apart. */
export type ValueType = "number" | "string" | "boolean" | "array" | "object" | "null";

const COMPOSITION = ["allOf", "anyOf", "oneOf", "then", "else"] as const;
const MAX_DEPTH = 8;

/** The schema itself and the subschemas it is composed of (allOf, anyOf, oneOf, then, else). */
function variants(schema: JsonObject, depth = 0): JsonObject[] {
  const found: JsonObject[] = [schema];
  if (depth >= MAX_DEPTH) return found;
  for (const key of COMPOSITION) {
    const value = ownValue(schema, key);
    const list = Array.isArray(value) ? value : [value];
    for (const sub of list) if (isObject(sub)) found.push(...variants(sub, depth + 1));
  }
  return found;
}

export type ChildLookup =
  | { readonly kind: "found"; readonly schema: JsonObject }
  /** The schema does not say what is there (an open object): nothing to check. */
  | { readonly kind: "open" }
  | { readonly kind: "length" }
  | { readonly kind: "missing"; readonly known: readonly string[] };

export function schemaChild(schema: JsonObject, segment: string): ChildLookup {
  const all = variants(schema);
  const known: string[] = [];
  for (const v of all) {
    const properties = ownValue(v, "properties");
    if (!isObject(properties)) continue;
    known.push(...Object.keys(properties));
    const child = ownValue(properties, segment);
    if (isObject(child)) return { kind: "found", schema: child };
    if (child === true) return { kind: "open" };
  }
  for (const v of all) {
    const items = ownValue(v, "items");
    if (/^\d+$/.test(segment) && isObject(items)) return { kind: "found", schema: items };
    const patterns = ownValue(v, "patternProperties");
    if (isObject(patterns)) {
      for (const [pattern, sub] of Object.entries(patterns)) {
        if (safeTest(pattern, segment)) return isObject(sub) ? { kind: "found", schema: sub } : { kind: "open" };
      }
    }
    const additional = ownValue(v, "additionalProperties");
    if (isObject(additional)) return { kind: "found", schema: additional };
  }
  const types = schemaTypes(schema);
  if (segment === "length" && types !== undefined && (types.has("array") || types.has("string"))) return { kind: "length" };
  if (known.length > 0) return { kind: "missing", known: [...new Set(known)] };
  if (types !== undefined && !types.has("object") && !types.has("array")) return { kind: "missing", known: [] };
  return { kind: "open" };
}

function safeTest(pattern: string, value: string): boolean {
  try {
    return new RegExp(pattern, "u").test(value);
  } catch {
    return false;
  }
}

/** The element schema of an array schema. */
export function schemaItems(schema: JsonObject): JsonObject | undefined {
  for (const v of variants(schema)) {
    const items = ownValue(v, "items");
    if (isObject(items)) return items;
  }
  return undefined;
}

const typeOfValue = (value: unknown): ValueType =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? "number" : typeof value === "string" ? "string" : typeof value === "boolean" ? "boolean" : "object";

const typeNames: Record<string, ValueType> = {
  number: "number",
  integer: "number",
  string: "string",
  boolean: "boolean",
  array: "array",
  object: "object",
  null: "null",
};

/** The kinds of value the schema allows, or undefined when it does not say. */
export function schemaTypes(schema: JsonObject, depth = 0): Set<ValueType> | undefined {
  const declared = ownValue(schema, "type");
  const names = typeof declared === "string" ? [declared] : Array.isArray(declared) ? declared : undefined;
  if (names) {
    const set = new Set<ValueType>();
    for (const name of names) if (typeof name === "string" && typeNames[name]) set.add(typeNames[name]);
    return set.size > 0 ? set : undefined;
  }
  if (Object.hasOwn(schema, "const")) return new Set([typeOfValue(schema.const)]);
  const enumValues = ownValue(schema, "enum");
  if (Array.isArray(enumValues)) return new Set(enumValues.map(typeOfValue));
  if (depth >= MAX_DEPTH) return undefined;
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = ownValue(schema, key);
    if (!Array.isArray(list) || list.length === 0) continue;
    const set = new Set<ValueType>();
    for (const sub of list) {
      const subTypes = isObject(sub) ? schemaTypes(sub, depth + 1) : undefined;
      if (!subTypes) return undefined;
      subTypes.forEach((t) => set.add(t));
    }
    return set;
  }
  return undefined;
}

/** The values a choice field may take (`enum`, or `oneOf`/`anyOf` of `const`), or undefined when it is not a choice. */
export function schemaChoices(schema: JsonObject): readonly unknown[] | undefined {
  const enumValues = ownValue(schema, "enum");
  if (Array.isArray(enumValues)) return enumValues;
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = arrayOf(ownValue(schema, key));
    if (list.length > 0 && list.every((sub) => isObject(sub) && Object.hasOwn(sub, "const"))) {
      return list.map((sub) => (isObject(sub) ? sub.const : undefined));
    }
  }
  return undefined;
}

export const schemaTitle = (schema: JsonObject): string | undefined => {
  const title = ownValue(schema, "title");
  return typeof title === "string" ? title : undefined;
};

export { typeOfValue };
