/** Turning what a person typed into the value the schema asks for, without dropping anything. */
import { valueTypes, type DataSchema } from "@cluster-form/schema";

export type ValueKind = "number" | "integer" | "string" | "boolean" | "other";

/** How typed text is read: as a number where the field takes numbers (the form model's `valueTypes`), else as text. */
export function valueKind(schema: DataSchema | undefined): ValueKind {
  const types = [...(valueTypes(schema) ?? [])].filter((t) => t !== "null");
  if (types.includes("integer")) return "integer";
  if (types.includes("number")) return "number";
  if (types.includes("boolean")) return "boolean";
  if (types.includes("string")) return "string";
  return types.length === 0 ? "string" : "other";
}

const FULL_WIDTH_DIGITS = /[\uFF10-\uFF19\uFF0E\uFF0D\uFF0B]/g;

/** Normalizes spreadsheet and IME habits: full-width digits, thousands separators, a trailing percent sign. */
function normalizeNumberText(text: string): string {
  return text
    .replace(FULL_WIDTH_DIGITS, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[,\s]/g, "")
    .replace(/%$/, "");
}

/**
 * The value to store for typed text. Blank text removes the field (undefined). Text that is not
 * a number where a number is expected is kept as text, so the validator can say so and nothing
 * the user typed is lost.
 */
export function coerceText(text: string, schema: DataSchema | undefined): unknown {
  if (text.trim() === "") return undefined;
  const kind = valueKind(schema);
  if (kind === "number" || kind === "integer") {
    const normalized = normalizeNumberText(text);
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(normalized)) {
      const n = Number(normalized);
      if (Number.isFinite(n)) return n;
    }
    return text;
  }
  return text;
}

/** The text to show for a stored value. */
export function displayText(value: unknown): string {
  if (value === undefined || value === null) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}
