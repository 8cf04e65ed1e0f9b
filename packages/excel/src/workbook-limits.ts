/**
 * How large a workbook of a form can legitimately be, derived from the form: every field at its
 * `maxLength`, every list at its `maxItems`. A workbook that expands to more is refused before
 * it is parsed (workbook-guard.ts): exceljs holds about eight bytes of memory per byte of XML.
 */
import type { DataSchema, FormPackage } from "@cluster-form/schema";
import { choicesOf } from "./field-schema.js";

export interface WorkbookLimits {
  /** The most the workbook's parts may expand to, all entries together (bytes). */
  readonly maxBytes: number;
  /** The most entries (files) the archive may hold. */
  readonly maxEntries: number;
  /** The largest .xlsx file accepted (bytes): a stored (uncompressed) archive of `maxBytes`, with its headers. */
  readonly maxFileBytes: number;
}

/** UTF-8 bytes of a Chinese character: the widest a form's text is written. */
const BYTES_PER_CHAR = 3;
/** XML around one cell (`<c r="AB123" s="4" t="s"><v>812</v></c>`, its shared-string item). */
const BYTES_PER_CELL = 64;
/** Styles, the scores sheet, column settings, and the other sheets and formatting a hand-made workbook carries. */
const FIXED_PART_BYTES = 16 * 2 ** 20;
/** For a form whose text has no bound (a string without `maxLength`, a list without `maxItems`). */
export const UNBOUNDED_FORM_BYTES = 64 * 2 ** 20;
/** Never more, whatever the form declares: parsing 256 MiB of XML takes about 2 GB of memory. */
export const MAX_WORKBOOK_BYTES = 256 * 2 ** 20;
/** A workbook of a form has a few files per sheet; a hand-made one adds drawings and the like. */
export const MAX_WORKBOOK_ENTRIES = 1000;
/** Text of a number, a date or a yes/no. */
const SCALAR_CHARS = 24;
/** Deeper schemas are not a form's: counted as unbounded. */
const MAX_DEPTH = 64;

interface Capacity {
  readonly chars: number;
  readonly cells: number;
}

const NONE: Capacity = { chars: 0, cells: 0 };
const UNBOUNDED: Capacity = { chars: Number.POSITIVE_INFINITY, cells: Number.POSITIVE_INFINITY };
const isSchema = (value: unknown): value is DataSchema => typeof value === "object" && value !== null && !Array.isArray(value);
const plus = (a: Capacity, b: Capacity): Capacity => ({ chars: a.chars + b.chars, cells: a.cells + b.cells });
const times = (a: Capacity, n: number): Capacity => ({ chars: a.chars * n, cells: a.cells * n });
const larger = (a: Capacity, b: Capacity): Capacity => ({ chars: Math.max(a.chars, b.chars), cells: Math.max(a.cells, b.cells) });

function typesOf(schema: DataSchema): readonly string[] {
  if (typeof schema.type === "string") return [schema.type];
  return Array.isArray(schema.type) ? schema.type : [];
}

/** The most text (and cells) a value of the schema can hold. */
function capacity(schema: DataSchema, depth: number): Capacity {
  if (depth > MAX_DEPTH) return UNBOUNDED;
  const choices = choicesOf(schema);
  if (choices.length > 0) return { chars: Math.max(...choices.map((c) => Math.max(c.title.length, String(c.value).length))), cells: 1 };
  const branches = schema.anyOf ?? schema.oneOf;
  if (Array.isArray(branches) && branches.length > 0) return branches.filter(isSchema).reduce((a, b) => larger(a, capacity(b, depth + 1)), NONE);
  const types = typesOf(schema);
  if (types.includes("object") || isSchema(schema.properties)) {
    return Object.entries(schema.properties ?? {}).reduce((sum, [name, child]) => (isSchema(child) ? plus(sum, plus({ chars: name.length, cells: 0 }, capacity(child, depth + 1))) : sum), NONE);
  }
  if (types.includes("array")) {
    const fixed = (schema.prefixItems ?? []).reduce((sum, item) => plus(sum, capacity(item, depth + 1)), NONE);
    if (typeof schema.maxItems !== "number") return UNBOUNDED;
    const items = isSchema(schema.items) ? capacity(schema.items, depth + 1) : UNBOUNDED;
    return plus(fixed, times(items, schema.maxItems));
  }
  if (types.includes("string")) {
    if (typeof schema.maxLength === "number") return { chars: schema.maxLength, cells: 1 };
    return schema.format === "date" ? { chars: SCALAR_CHARS, cells: 1 } : UNBOUNDED;
  }
  if (types.length > 0 && types.every((t) => t === "number" || t === "integer" || t === "boolean" || t === "null")) return { chars: SCALAR_CHARS, cells: 1 };
  return UNBOUNDED;
}

/** The limits of the form's workbooks: what every field at its largest needs, plus a fixed allowance. */
export function workbookLimits(pkg: FormPackage): WorkbookLimits {
  const total = pkg.parts.reduce((sum, part) => plus(sum, part.schema ? capacity(part.schema, 0) : NONE), NONE);
  const formBytes = total.chars * BYTES_PER_CHAR + total.cells * BYTES_PER_CELL;
  const maxBytes = Math.min(MAX_WORKBOOK_BYTES, Number.isFinite(formBytes) ? FIXED_PART_BYTES + formBytes : UNBOUNDED_FORM_BYTES);
  return { maxBytes, maxEntries: MAX_WORKBOOK_ENTRIES, maxFileBytes: maxBytes + 2 ** 20 };
}
