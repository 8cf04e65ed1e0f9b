/** What the Excel code needs to know of a field's data schema: its kind, label, unit and labelled choices. */
import type { DataSchema } from "@cluster-form/schema";

export type FieldKind = "number" | "integer" | "string" | "date" | "boolean" | "list" | "object" | "any";

export interface Choice {
  readonly value: string | number | boolean;
  readonly title: string;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function declaredTypes(schema: DataSchema): string[] {
  const type = schema.type;
  if (typeof type === "string") return [type];
  if (Array.isArray(type)) return (type as readonly unknown[]).filter((t): t is string => typeof t === "string" && t !== "null");
  return [];
}

/** The choices of `oneOf`/`anyOf` of `{const, title}` or of an `enum`. */
export function choicesOf(schema: DataSchema | undefined): Choice[] {
  if (!schema) return [];
  const branches = schema.oneOf ?? schema.anyOf;
  const choices: Choice[] = [];
  if (Array.isArray(branches)) {
    for (const branch of branches) {
      if (!isObject(branch)) continue;
      const value = branch["const"];
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") {
        const title = branch["title"];
        choices.push({ value, title: typeof title === "string" ? title : String(value) });
      }
    }
  }
  if (Array.isArray(schema.enum)) {
    for (const value of schema.enum) {
      if (typeof value === "string" || typeof value === "number" || typeof value === "boolean") choices.push({ value, title: String(value) });
    }
  }
  return choices;
}

export function kindOf(schema: DataSchema | undefined): FieldKind {
  if (!schema) return "any";
  const types = declaredTypes(schema);
  const choices = choicesOf(schema);
  if (types.length === 0 && choices.length > 0) {
    const kinds = new Set(choices.map((c) => typeof c.value));
    if (kinds.size === 1) {
      const only = [...kinds][0];
      if (only === "boolean") return "boolean";
      if (only === "number") return "number";
      return "string";
    }
    return "any";
  }
  if (types.length !== 1) return "any";
  switch (types[0]) {
    case "number":
      return "number";
    case "integer":
      return "integer";
    case "boolean":
      return "boolean";
    case "string":
      return schema.format === "date" ? "date" : "string";
    case "array":
      return isObject(schema.items) && isPrimitiveKind(kindOf(schema.items as DataSchema)) ? "list" : "object";
    case "object":
      return "object";
    default:
      return "any";
  }
}

export function isPrimitiveKind(kind: FieldKind): boolean {
  return kind !== "list" && kind !== "object" && kind !== "any";
}

export function itemsOf(schema: DataSchema | undefined): DataSchema | undefined {
  return schema && isObject(schema.items) ? (schema.items as DataSchema) : undefined;
}

/** The properties of an object schema, in schema order. */
export function propertiesOf(schema: DataSchema | undefined): [string, DataSchema][] {
  if (!schema || !isObject(schema.properties)) return [];
  return Object.entries(schema.properties).filter((entry): entry is [string, DataSchema] => isObject(entry[1]));
}

export function requiredOf(schema: DataSchema | undefined): readonly string[] {
  return Array.isArray(schema?.required) ? schema.required : [];
}

export function titleOf(schema: DataSchema | undefined, fallback: string): string {
  return typeof schema?.title === "string" && schema.title.trim() ? schema.title : fallback;
}

export function unitOf(schema: DataSchema | undefined): string | undefined {
  return typeof schema?.unit === "string" && schema.unit ? schema.unit : undefined;
}
