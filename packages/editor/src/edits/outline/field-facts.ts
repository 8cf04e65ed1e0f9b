/**
 * What the outline reads of one field's schema: kind, choices, title, unit. Kept in this one module
 * so that it is replaced by the form model's `readField` of @cluster-form/schema when that lands.
 */
import type { DataSchema } from "@cluster-form/schema";
import type { FieldKind, OutlineChoice } from "../types.js";
import { isRecord } from "../json.js";

const text = (value: unknown): string | undefined => (typeof value === "string" ? value : undefined);

/** A choice field's values: `oneOf`/`anyOf` of `const`s with their titles, else `enum`. */
export function choicesOf(schema: DataSchema): OutlineChoice[] {
  const branches = Array.isArray(schema.oneOf) && schema.oneOf.length > 0 ? schema.oneOf : schema.anyOf;
  if (Array.isArray(branches) && branches.length > 0 && branches.every((b) => isRecord(b) && Object.hasOwn(b, "const"))) {
    return branches.map((b) => {
      const branch = b as Record<string, unknown>;
      const value = branch.const as OutlineChoice["value"];
      return { value, label: text(branch.title) ?? String(value) };
    });
  }
  return Array.isArray(schema.enum) ? schema.enum.map((value) => ({ value: value as OutlineChoice["value"], label: String(value) })) : [];
}

export function kindOf(schema: DataSchema): FieldKind {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "boolean") return "yesNo";
  if (choicesOf(schema).length > 0) return "choice";
  if (type === "string") return schema.format === "date" ? "date" : "text";
  if (type === "number") return "number";
  if (type === "integer") return "integer";
  if (type === "object" || isRecord(schema.properties)) return "group";
  if (type === "array") return "list";
  return "other";
}

export interface FieldFacts {
  readonly kind: FieldKind;
  readonly title?: string;
  readonly unit?: string;
  readonly choices: readonly OutlineChoice[];
}

export function readField(schema: DataSchema): FieldFacts {
  return { kind: kindOf(schema), title: text(schema.title), unit: text(schema.unit), choices: choicesOf(schema) };
}
