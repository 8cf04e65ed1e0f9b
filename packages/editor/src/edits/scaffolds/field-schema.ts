/**
 * The schema of a new field or column from the officer's words, and the placeholder a test stub
 * gives it. A yes/no field takes the yes/no titles the form already uses for its yes/no fields, so
 * that no wording is written in code.
 */
import { isRecord, parsePointer, type DataSchema, type FormPackage } from "@cluster-form/schema";
import type { NewColumnArgs } from "../types.js";

const DEFAULT_MAX_LENGTH = 200;
const DATE_LENGTH = 10;
/** Schemas are searched this deep for a yes/no field to copy. */
const MAX_DEPTH = 12;

function yesNoOf(schema: unknown, depth: number): unknown[] | undefined {
  if (!isRecord(schema) || depth > MAX_DEPTH) return undefined;
  const oneOf = schema.oneOf;
  if (schema.type === "boolean" && Array.isArray(oneOf) && oneOf.length === 2 && oneOf.every((b) => isRecord(b) && typeof b.const === "boolean")) return oneOf;
  for (const child of [...Object.values(isRecord(schema.properties) ? schema.properties : {}), schema.items]) {
    const found = yesNoOf(child, depth + 1);
    if (found) return found;
  }
  return undefined;
}

/** The `oneOf` of the form's first yes/no field with titled choices, if it has one. */
function formYesNo(pkg: FormPackage): unknown[] | undefined {
  for (const part of pkg.parts) {
    const found = yesNoOf(part.schema, 0);
    if (found) return structuredClone(found);
  }
  return undefined;
}

export function columnSchema(pkg: FormPackage, column: NewColumnArgs & { readonly choices?: readonly { readonly value: string; readonly label: string }[] }): Record<string, unknown> {
  const unit = column.unit === undefined ? {} : { unit: column.unit };
  const choices = column.choices?.length ? { oneOf: column.choices.map((c) => ({ const: c.value, title: c.label })) } : {};
  switch (column.kind) {
    case "text":
      return { type: "string", title: column.label, maxLength: column.maxLength ?? DEFAULT_MAX_LENGTH, ...choices };
    case "number":
    case "integer":
      return { type: column.kind, title: column.label, ...unit };
    case "date":
      return { type: "string", title: column.label, format: "date", maxLength: DATE_LENGTH };
    case "yesNo": {
      const oneOf = formYesNo(pkg);
      return { type: "boolean", title: column.label, ...(oneOf ? { oneOf } : {}) };
    }
  }
}

/** A value a stub case gives a field: blank text for the officer to fill in, 0, a date in the form's year, yes. */
export function placeholder(schema: DataSchema | undefined, year: number, date: "start" | "end" = "start"): unknown {
  if (!schema) return "";
  if (Array.isArray(schema.oneOf) && isRecord(schema.oneOf[0]) && "const" in schema.oneOf[0]) return schema.oneOf[0].const;
  if (schema.type === "boolean") return true;
  if (schema.type === "number" || schema.type === "integer") return 0;
  if (schema.format === "date") return date === "start" ? `${year}-01-01` : `${year}-12-31`;
  return "";
}

/** The raw-file path of the schema of the data at `pointer` (objects only): `/brands/x` → properties/brands/properties/x. */
export function schemaPath(pointer: string): string[] {
  return parsePointer(pointer).flatMap((key) => ["properties", key]);
}
