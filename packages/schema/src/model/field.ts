/**
 * Reading a field from its data schema: the kinds of value it takes, its choices, title, unit and
 * limits. Every package reads a field through these functions, so the element's input, the Excel
 * sheet, the lint and the scoring service agree on what a field is.
 */
import type { DataSchema } from "../types.js";
import { isRecord, ownValue } from "./record.js";

export type JsonType = "null" | "boolean" | "integer" | "number" | "string" | "array" | "object";

/** One value a choice field may take, with the words shown for it. */
export interface Choice {
  readonly value: unknown;
  readonly label: string;
}

/** What an input needs to know of a field: `date` is a string of `format: "date"`, `list` an array of plain values, `any` a schema that allows more than one kind. */
export type FieldKind = "number" | "integer" | "string" | "date" | "boolean" | "list" | "object" | "any";

/** The bounds a schema puts on a value: finite numbers only, each present when the schema says it. */
export interface FieldLimits {
  readonly minimum?: number;
  readonly maximum?: number;
  readonly exclusiveMinimum?: number;
  readonly exclusiveMaximum?: number;
  readonly multipleOf?: number;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly minItems?: number;
  readonly maxItems?: number;
}

/** Everything the model reads of one field. */
export interface FieldFacts {
  readonly kind: FieldKind;
  readonly choices: readonly Choice[];
  readonly title?: string;
  readonly unit?: string;
  readonly limits: FieldLimits;
}

const JSON_TYPES: ReadonlySet<string> = new Set(["null", "boolean", "integer", "number", "string", "array", "object"]);
/** Composed schemas are followed this deep: form schemas are shallow, hostile ones are not. */
const MAX_DEPTH = 8;

export const jsonTypeOf = (value: unknown): JsonType =>
  value === null ? "null" : Array.isArray(value) ? "array" : typeof value === "number" ? (Number.isInteger(value) ? "integer" : "number") : typeof value === "string" ? "string" : typeof value === "boolean" ? "boolean" : "object";

const sameValue = (a: unknown, b: unknown): boolean => a === b || (typeof a === "object" && a !== null && typeof b === "object" && b !== null && JSON.stringify(a) === JSON.stringify(b));

const labelOf = (value: unknown): string => (typeof value === "string" ? value : JSON.stringify(value) ?? String(value));

/**
 * The choices of a field. The one rule: a field is a choice when its schema lists its values —
 * `oneOf` (or, without it, `anyOf`) whose every branch holds a `const`, each labelled by its
 * `title`; otherwise `enum`, each labelled by the value itself. A schema with both keeps the listed
 * values that `enum` allows too, which is what validation accepts.
 */
export function fieldChoices(schema: DataSchema | undefined): readonly Choice[] {
  if (!isRecord(schema)) return [];
  const enumValues = ownValue(schema, "enum");
  const allowed = Array.isArray(enumValues) ? enumValues : undefined;
  const oneOf = ownValue(schema, "oneOf");
  const branches = Array.isArray(oneOf) && oneOf.length > 0 ? oneOf : ownValue(schema, "anyOf");
  if (Array.isArray(branches) && branches.length > 0 && branches.every((b) => isRecord(b) && Object.hasOwn(b, "const"))) {
    const listed = (branches as readonly Record<string, unknown>[]).map((b) => {
      const title = ownValue(b, "title");
      return { value: b["const"], label: typeof title === "string" && title.trim() !== "" ? title : labelOf(b["const"]) };
    });
    return allowed ? listed.filter((c) => allowed.some((v) => sameValue(v, c.value))) : listed;
  }
  return allowed ? allowed.map((value) => ({ value, label: labelOf(value) })) : [];
}

/**
 * The kinds of JSON value a schema allows, or undefined when it does not say: its `type`, else its
 * `const`, else its choices', else what every branch of its `oneOf`/`anyOf` allows.
 */
export function valueTypes(schema: DataSchema | undefined, depth = 0): ReadonlySet<JsonType> | undefined {
  if (!isRecord(schema)) return undefined;
  const declared = ownValue(schema, "type");
  const names = typeof declared === "string" ? [declared] : Array.isArray(declared) ? declared : undefined;
  if (names) {
    const types = new Set(names.filter((n): n is JsonType => typeof n === "string" && JSON_TYPES.has(n)));
    return types.size > 0 ? types : undefined;
  }
  if (Object.hasOwn(schema, "const")) return new Set([jsonTypeOf(schema["const"])]);
  const choices = fieldChoices(schema);
  if (choices.length > 0) return new Set(choices.map((c) => jsonTypeOf(c.value)));
  if (depth >= MAX_DEPTH) return undefined;
  for (const key of ["oneOf", "anyOf"] as const) {
    const list = ownValue(schema, key);
    if (!Array.isArray(list) || list.length === 0) continue;
    const types = new Set<JsonType>();
    for (const sub of list) {
      const subTypes = valueTypes(sub as DataSchema, depth + 1);
      if (!subTypes) return undefined;
      subTypes.forEach((t) => types.add(t));
    }
    return types;
  }
  return undefined;
}

/** The kind of input a field needs; `null` beside one other type does not count (an optional value). */
export function fieldKind(schema: DataSchema | undefined, depth = 0): FieldKind {
  const types = [...(valueTypes(schema) ?? [])].filter((t) => t !== "null");
  const declared = isRecord(schema) && Object.hasOwn(schema, "type");
  // Whole and fractional values of a list of choices are one kind, a number.
  const kinds = declared ? types : [...new Set(types.map((t) => (t === "integer" ? "number" : t)))];
  if (kinds.length !== 1) return "any";
  switch (kinds[0]) {
    case "number":
    case "integer":
    case "boolean":
      return kinds[0];
    case "string":
      return schema?.format === "date" ? "date" : "string";
    case "array": {
      const items = fieldItems(schema);
      return items && depth < MAX_DEPTH && isPlainKind(fieldKind(items, depth + 1)) ? "list" : "object";
    }
    case "object":
      return "object";
    default:
      return "any";
  }
}

/** Whether a kind holds one plain value (a cell of a sheet, an input of a page). */
export const isPlainKind = (kind: FieldKind): boolean => kind !== "list" && kind !== "object" && kind !== "any";

/** The schema of an array's items. */
export const fieldItems = (schema: DataSchema | undefined): DataSchema | undefined =>
  isRecord(schema) && isRecord(ownValue(schema, "items")) ? (schema.items as DataSchema) : undefined;

/** The properties of an object schema, in schema order. */
export function fieldProperties(schema: DataSchema | undefined): [string, DataSchema][] {
  const properties = isRecord(schema) ? ownValue(schema, "properties") : undefined;
  if (!isRecord(properties)) return [];
  return Object.entries(properties).filter((entry): entry is [string, DataSchema] => isRecord(entry[1]));
}

/** The property names an object schema requires. */
export function fieldRequired(schema: DataSchema | undefined): readonly string[] {
  const required = isRecord(schema) ? ownValue(schema, "required") : undefined;
  return Array.isArray(required) ? required.filter((name): name is string => typeof name === "string") : [];
}

const textOf = (schema: DataSchema | undefined, key: string): string | undefined => {
  const value = isRecord(schema) ? ownValue(schema, key) : undefined;
  return typeof value === "string" && value.trim() !== "" ? value : undefined;
};

/** The field's label as the form writes it (`title`), when it has one that is not blank. */
export const fieldTitle = (schema: DataSchema | undefined): string | undefined => textOf(schema, "title");

/** The unit printed after the value (an amount's, a percent sign, a count's), when the schema gives one. */
export const fieldUnit = (schema: DataSchema | undefined): string | undefined => textOf(schema, "unit");

const LIMIT_KEYS = ["minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength", "minItems", "maxItems"] as const;

export function fieldLimits(schema: DataSchema | undefined): FieldLimits {
  const limits: Partial<Record<(typeof LIMIT_KEYS)[number], number>> = {};
  if (!isRecord(schema)) return limits;
  for (const key of LIMIT_KEYS) {
    const value = ownValue(schema, key);
    if (typeof value === "number" && Number.isFinite(value)) limits[key] = value;
  }
  return limits;
}

/** Everything the model reads of one field's schema. */
export function readField(schema: DataSchema | undefined): FieldFacts {
  const title = fieldTitle(schema);
  const unit = fieldUnit(schema);
  return { kind: fieldKind(schema), choices: fieldChoices(schema), ...(title === undefined ? {} : { title }), ...(unit === undefined ? {} : { unit }), limits: fieldLimits(schema) };
}
