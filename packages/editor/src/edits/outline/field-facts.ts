/**
 * What the outline shows of one field: the form model's reading (choices, title, unit: `readField`
 * of @cluster-form/schema), and the kind of editor the outline offers for it. The outline's kinds
 * are coarser than the model's where an officer edits alike (a list of rows and a list of values are
 * both a list) and finer where they differ (yes/no, a choice).
 */
import { fieldChoices, fieldTitle, fieldUnit, isRecord, type DataSchema } from "@cluster-form/schema";
import type { FieldKind, OutlineChoice } from "../types.js";

/** A choice field's values with their words, by the form model's one rule for choices. */
export const choicesOf = (schema: DataSchema): OutlineChoice[] =>
  fieldChoices(schema).map((choice) => ({ value: choice.value as OutlineChoice["value"], label: choice.label }));

export function kindOf(schema: DataSchema): FieldKind {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "boolean") return "yesNo";
  if (fieldChoices(schema).length > 0) return "choice";
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
  const title = fieldTitle(schema);
  const unit = fieldUnit(schema);
  return { kind: kindOf(schema), ...(title === undefined ? {} : { title }), ...(unit === undefined ? {} : { unit }), choices: choicesOf(schema) };
}
