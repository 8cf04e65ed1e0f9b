/**
 * Converting between submission values and spreadsheet cells, per the field's schema:
 * numbers stay numbers, labelled choices are written by their title, dates as dates.
 * Reading back never guesses silently: text that does not fit the field is a problem.
 */
import type { DataSchema, LocalizedMessage } from "@cluster-form/schema";
import type { CellValue } from "./exceljs.js";
import { choicesOf, itemsOf, kindOf, unitOf } from "./field-schema.js";
import type { SheetWords } from "./messages.js";
import { problemMessage } from "./messages.js";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth.js";

/** A value as written into a cell, with the number format it needs. */
export interface CellOut {
  readonly value: string | number | boolean | Date | null;
  readonly numFmt?: string;
}

export type CellIn = { readonly kind: "blank" } | { readonly kind: "value"; readonly value: unknown } | { readonly kind: "problem"; readonly reason: LocalizedMessage };

const BLANK: CellIn = { kind: "blank" };
export const DATE_FORMAT = "yyyy-mm-dd";
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

function choiceTitle(schema: DataSchema | undefined, value: unknown): string | undefined {
  return choicesOf(schema).find((c) => c.value === value)?.title;
}

function primitiveOut(value: unknown, schema: DataSchema | undefined, words: SheetWords): CellOut {
  const title = choiceTitle(schema, value);
  if (title !== undefined) return { value: title };
  if (typeof value === "number") return { value };
  if (typeof value === "boolean") return { value: value ? words.yes : words.no };
  if (typeof value === "string") {
    const date = kindOf(schema) === "date" ? ISO_DATE.exec(value) : null;
    if (date) {
      const [, y, m, d] = date;
      const at = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
      if (at.toISOString().slice(0, 10) === value) return { value: at, numFmt: DATE_FORMAT };
    }
    return { value };
  }
  return { value: JSON.stringify(value) };
}

const LIST_SEPARATORS = /[,;\n\uFF0C\uFF1B]/;

/**
 * True when the value, written by `toCell`, reads back as the same value with `fromCell`. Values
 * of the wrong kind for their field (text in a number field, a list in a text field) do not:
 * they travel in the hidden sheet instead, so that nothing is changed or lost on the way.
 */
export function cellRoundTrips(value: unknown, schema: DataSchema | undefined, words: SheetWords): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "string" && value.trim() === "") return false;
  const choices = choicesOf(schema);
  if (choices.length > 0) return choices.some((c) => c.value === value) && new Set(choices.map((c) => c.title)).size === choices.length;
  switch (kindOf(schema)) {
    case "number":
      return typeof value === "number";
    case "integer":
      return typeof value === "number" && Number.isInteger(value);
    case "boolean":
      return typeof value === "boolean";
    case "date":
      return typeof value === "string" && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    case "string":
      return typeof value === "string";
    case "list": {
      const items = itemsOf(schema);
      const separator = words.listSeparator.trim();
      return (
        Array.isArray(value) &&
        value.length > 0 &&
        value.every((v) => (typeof v === "string" ? v.trim() === v && v !== "" && !LIST_SEPARATORS.test(v) && !(separator && v.includes(separator)) : true) && cellRoundTrips(v, items, words))
      );
    }
    case "object":
      return typeof value === "object";
    default:
      // No schema: numbers and booleans keep their cell type; text only when it cannot pass for JSON.
      return typeof value === "number" || typeof value === "boolean" || (typeof value === "string" && !/^\s*[[{]/.test(value));
  }
}

/** The cell for a value of a field. Lists of simple values share one cell; anything else is written as JSON. */
export function toCell(value: unknown, schema: DataSchema | undefined, words: SheetWords): CellOut {
  if (value === undefined || value === null) return { value: null };
  if (Array.isArray(value) && kindOf(schema) === "list" && value.every((v) => typeof v !== "object" || v === null)) {
    const items = itemsOf(schema);
    return { value: value.map((v) => String(primitiveOut(v, items, words).value ?? "")).join(words.listSeparator) };
  }
  if (typeof value === "object") return { value: JSON.stringify(value) };
  return primitiveOut(value, schema, words);
}

/** The plain value of an exceljs cell: rich text joined, formulas by their result, links by their text. */
export function plainCellValue(cell: CellValue | undefined): string | number | boolean | Date | { error: string } | null {
  if (cell === undefined || cell === null) return null;
  if (typeof cell === "string" || typeof cell === "number" || typeof cell === "boolean" || cell instanceof Date) return cell;
  if ("richText" in cell && Array.isArray(cell.richText)) return cell.richText.map((r) => r.text).join("");
  if ("error" in cell) return { error: String(cell.error) };
  if ("result" in cell) return plainCellValue(cell.result as CellValue | undefined);
  if ("formula" in cell || "sharedFormula" in cell) return null;
  if ("text" in cell && typeof cell.text === "string") return cell.text;
  return null;
}

/** Text of a cell for headers and labels. */
export function cellText(cell: CellValue | undefined): string {
  const plain = plainCellValue(cell);
  if (plain === null || typeof plain === "object") return plain instanceof Date ? plain.toISOString().slice(0, 10) : "";
  return String(plain).trim();
}

function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ").trim();
}

function parseNumber(text: string, unit: string | undefined): number | undefined {
  let t = foldWidth(text).replace(/\s+/g, "");
  if (unit === "%" && t.endsWith("%")) t = t.slice(0, -1);
  if (/^[-+]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(t)) return undefined;
  const n = Number(t);
  return Number.isFinite(n) ? n : undefined;
}

function dateFromParts(y: number, m: number, d: number): string | undefined {
  const at = new Date(Date.UTC(y, m - 1, d));
  if (at.getUTCFullYear() !== y || at.getUTCMonth() !== m - 1 || at.getUTCDate() !== d) return undefined;
  return at.toISOString().slice(0, 10);
}

/** Excel's serial day number (1900 system) as an ISO date. */
function dateFromSerial(serial: number): string | undefined {
  if (!Number.isInteger(serial) || serial < 1 || serial > 2958465) return undefined;
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function parseDate(text: string): string | undefined {
  const parts = /^(\d{4})\D(\d{1,2})\D(\d{1,2})\D?$/.exec(foldWidth(text));
  return parts ? dateFromParts(Number(parts[1]), Number(parts[2]), Number(parts[3])) : undefined;
}

function displayText(plain: string | number | boolean | Date): string {
  return plain instanceof Date ? plain.toISOString().slice(0, 10) : String(plain);
}

function primitiveIn(plain: string | number | boolean | Date, schema: DataSchema | undefined, words: SheetWords): CellIn {
  const text = displayText(plain).trim();
  const choices = choicesOf(schema);
  if (choices.length > 0) {
    const wanted = foldWidth(text);
    const choice = choices.find((c) => c.value === plain || foldWidth(c.title) === wanted || foldWidth(String(c.value)) === wanted);
    if (choice) return { kind: "value", value: choice.value };
    return { kind: "problem", reason: problemMessage("excel.notAChoice", { text, choices: choices.map((c) => c.title).join(words.listSeparator) }) };
  }
  switch (kindOf(schema)) {
    case "number":
    case "integer": {
      const n = typeof plain === "number" ? plain : typeof plain === "string" ? parseNumber(plain, unitOf(schema)) : undefined;
      if (n === undefined) return { kind: "problem", reason: problemMessage("excel.notANumber", { text }) };
      if (kindOf(schema) === "integer" && !Number.isInteger(n)) return { kind: "problem", reason: problemMessage("excel.notAnInteger", { value: n }) };
      return { kind: "value", value: n };
    }
    case "boolean": {
      if (typeof plain === "boolean") return { kind: "value", value: plain };
      const t = foldWidth(text).toLowerCase();
      if (t === words.yes.toLowerCase() || t === "true" || t === "1" || t === "yes") return { kind: "value", value: true };
      if (t === words.no.toLowerCase() || t === "false" || t === "0" || t === "no") return { kind: "value", value: false };
      return { kind: "problem", reason: problemMessage("excel.notYesNo", { text }) };
    }
    case "date": {
      const iso =
        plain instanceof Date ? plain.toISOString().slice(0, 10) : typeof plain === "number" ? dateFromSerial(plain) : typeof plain === "string" ? parseDate(plain) : undefined;
      return iso ? { kind: "value", value: iso } : { kind: "problem", reason: problemMessage("excel.notADate", { text }) };
    }
    case "string":
      // Phone numbers and codes often arrive as numbers; the text is what was typed.
      return { kind: "value", value: typeof plain === "string" ? plain : text };
    default:
      return { kind: "value", value: plain instanceof Date ? text : plain };
  }
}

/** Reads a cell as a value of the field, or says why it does not fit. */
export function fromCell(cell: CellValue | undefined, schema: DataSchema | undefined, words: SheetWords): CellIn {
  const plain = plainCellValue(cell);
  if (plain === null || (typeof plain === "string" && plain.trim() === "")) return BLANK;
  if (typeof plain === "object" && !(plain instanceof Date)) return { kind: "problem", reason: problemMessage("excel.cellError", { text: plain.error }) };
  const kind = kindOf(schema);
  if (kind === "list") {
    const items = itemsOf(schema);
    const separators = new RegExp(`[${escapeClass(words.listSeparator.trim() || ",")},;\\n\\uFF0C\\uFF1B]`);
    const values: unknown[] = [];
    for (const part of displayText(plain).split(separators)) {
      if (!part.trim()) continue;
      const one = primitiveIn(part.trim(), items, words);
      if (one.kind === "problem") return one;
      if (one.kind === "value") values.push(one.value);
    }
    return { kind: "value", value: values };
  }
  if (kind === "object" || (kind === "any" && typeof plain === "string" && /^\s*[[{]/.test(plain))) {
    if (typeof plain !== "string") return { kind: "problem", reason: problemMessage("excel.notJson", { text: displayText(plain) }) };
    try {
      const parsed: unknown = JSON.parse(plain);
      if (nestsDeeperThan(parsed)) return { kind: "problem", reason: problemMessage("excel.tooDeep", { max: MAX_JSON_DEPTH }) };
      if (kind === "any" || isRecord(parsed) || Array.isArray(parsed)) return { kind: "value", value: parsed };
    } catch {
      // A field without a schema keeps text that merely looks like JSON.
      if (kind === "any") return { kind: "value", value: plain };
    }
    return { kind: "problem", reason: problemMessage("excel.notJson", { text: plain }) };
  }
  return primitiveIn(plain, schema, words);
}

function escapeClass(text: string): string {
  return text.replace(/[\\\]^-]/g, "\\$&");
}
