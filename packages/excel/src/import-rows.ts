/**
 * Rows of one repeating table from an .xlsx file, for a preview before they are added:
 * the rows that fit, and each row or cell that does not, with its row number and reason.
 */
import type { DataSchema, FormPackage, LoadedPart, SubmissionValidator } from "@cluster-form/schema";
import { parsePointer, schemaAt } from "@cluster-form/schema/pointer";
import type { Workbook, Worksheet } from "./exceljs.js";
import { readWorkbook } from "./exceljs.js";
import { headerWithUnit } from "./headers.js";
import { itemsOf, kindOf, propertiesOf, requiredOf, titleOf, unitOf } from "./field-schema.js";
import type { ImportProblem, RowsImport } from "./import-types.js";
import { key } from "./keys.js";
import type { SheetWords } from "./messages.js";
import { problemMessage, sheetWords } from "./messages.js";
import type { PlannedColumn } from "./part-plan.js";
import { planPart } from "./part-plan.js";
import { RowCheckError, rowSchemaCheck } from "./row-schema-check.js";
import { blockEnd, findPartSheet, isEmptySheet, rowKey } from "./sheet-index.js";
import type { TableSpec } from "./table-reader.js";
import { headerMatches, readTable } from "./table-reader.js";
import { guardWorkbook } from "./workbook-guard.js";

export interface ImportRowsOptions {
  /** Read this sheet (by name) instead of looking for the table's sheet. */
  readonly sheet?: string;
  /** Checks each row (final mode); default: the form's own validator, compiled on first use. A page under a strict CSP passes its precompiled one. */
  readonly validator?: SubmissionValidator;
}

/** Rows not looked at when searching a header in a sheet made by hand. */
const HEADER_SEARCH_ROWS = 20;

function arraySchema(part: LoadedPart, pointer: string): DataSchema | undefined {
  try {
    return schemaAt(part.schema, parsePointer(pointer));
  } catch {
    return undefined;
  }
}

/** The table's columns: as its layout block draws them, or else every property of the row schema. */
export function tableSpec(part: LoadedPart, pointer: string, words: SheetWords): TableSpec | undefined {
  const schema = arraySchema(part, pointer);
  const items = itemsOf(schema);
  if (kindOf(schema) !== "object" || schema?.type !== "array" || !items) return undefined;
  const section = planPart(part, words).sections.find((s) => s.kind === "repeat" && s.pointer === pointer);
  const columns: readonly PlannedColumn[] =
    section?.kind === "repeat"
      ? section.columns
      : propertiesOf(items).map(([name, child]) => {
          const unit = unitOf(child);
          return { key: name, label: titleOf(child, name), ...(unit ? { unit } : {}), schema: child };
        });
  const maxItems = typeof schema.maxItems === "number" ? schema.maxItems : undefined;
  return { columns, required: requiredOf(items), ...(maxItems !== undefined ? { maxItems } : {}) };
}

function locateHeader(sheet: Worksheet, pointer: string, spec: TableSpec, words: SheetWords): { headerRow: number; endRow: number } | undefined {
  const wanted = key.table(pointer);
  for (let r = 1; r <= sheet.rowCount; r++) {
    const k = rowKey(sheet, r);
    if (k && `${k.kind}:${k.arg}` === wanted) return { headerRow: r, endRow: blockEnd(sheet, r) };
  }
  let best = 0;
  let headerRow = 0;
  for (let r = 1; r <= Math.min(sheet.rowCount, HEADER_SEARCH_ROWS); r++) {
    const matches = headerMatches(sheet, r, spec, words);
    if (matches > best) {
      best = matches;
      headerRow = r;
    }
  }
  return headerRow > 0 ? { headerRow, endRow: sheet.rowCount + 1 } : undefined;
}

function chooseSheet(workbook: Workbook, part: LoadedPart, pointer: string, spec: TableSpec, words: SheetWords): Worksheet | undefined {
  const own = findPartSheet(workbook, part.ref.id, part.ref.title);
  if (own && locateHeader(own, pointer, spec, words)) return own;
  const visible = workbook.worksheets.filter((s) => s.state !== "hidden");
  const scored = visible
    .filter((s) => !isEmptySheet(s))
    .map((sheet) => ({ sheet, score: Math.max(0, ...Array.from({ length: Math.min(sheet.rowCount, HEADER_SEARCH_ROWS) }, (_, i) => headerMatches(sheet, i + 1, spec, words))) }))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.sheet ?? visible[0];
}

/**
 * Reads rows for the repeating table at `arrayPointer` (relative to the part, e.g. `/enterprises`)
 * from .xlsx bytes. Rows with a problem are left out of `rows` and named in `problems`.
 */
export async function importRowsXlsx(
  pkg: FormPackage,
  partId: string,
  arrayPointer: string,
  bytes: ArrayBuffer | Uint8Array,
  options: ImportRowsOptions = {},
): Promise<RowsImport> {
  const words = sheetWords(pkg.manifest.locale);
  const none = (sheet: string, reason: ImportProblem["reason"], row = 0): RowsImport => ({
    rows: [],
    rowNumbers: [],
    problems: [{ sheet, row, column: "", reason }],
    notes: [],
    sheet,
    columns: [],
  });
  const part = pkg.parts.find((p) => p.ref.id === partId);
  if (!part) return none("", problemMessage("excel.unknownPart", { part: partId }));
  const spec = tableSpec(part, arrayPointer, words);
  if (!spec) return none("", problemMessage("excel.notAnArray", { pointer: arrayPointer }));

  const refused = await guardWorkbook(pkg, bytes);
  if (refused) return none("", refused.reason);
  let workbook;
  try {
    workbook = await readWorkbook(bytes);
  } catch (error) {
    return none("", problemMessage("excel.unreadable", { detail: error instanceof Error ? error.message : String(error) }));
  }
  const sheet = options.sheet !== undefined ? workbook.getWorksheet(options.sheet) : chooseSheet(workbook, part, arrayPointer, spec, words);
  if (!sheet) return none(options.sheet ?? "", problemMessage("excel.noSheet", { part: options.sheet ?? part.ref.title }));
  if (isEmptySheet(sheet)) return none(sheet.name, problemMessage("excel.empty", { sheet: sheet.name }), 1);
  const found = locateHeader(sheet, arrayPointer, spec, words);
  if (!found) {
    const expected = spec.columns.filter((c) => !c.computed).map((c) => headerWithUnit(words, c.label, c.unit)).join(words.listSeparator);
    return none(sheet.name, problemMessage("excel.noHeader", { expected }), 1);
  }
  const checkRow = await rowSchemaCheck(pkg, partId, arrayPointer, arraySchema(part, arrayPointer) ?? {}, options.validator);
  let read;
  try {
    read = readTable(sheet, found.headerRow, found.endRow, { ...spec, checkRow }, words);
  } catch (error) {
    if (error instanceof RowCheckError) return none(sheet.name, problemMessage("excel.uncheckedRows", { detail: error.detail }));
    throw error;
  }
  const problems =
    read.rows.length === 0 && read.problems.length === 0 && read.notes.length === 0
      ? [{ sheet: sheet.name, row: found.headerRow + 1, column: "", reason: problemMessage("excel.empty", { sheet: sheet.name }) }]
      : read.problems;
  return { ...read, problems, sheet: sheet.name };
}
