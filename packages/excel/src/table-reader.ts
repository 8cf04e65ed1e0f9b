/**
 * Reads the rows of a repeating table from a sheet: columns found by header label, each cell
 * read by the column's schema, and every row or cell that does not fit reported, never guessed.
 */
import type { LocalizedMessage } from "@cluster-form/schema";
import { cellText, fromCell, plainCellValue } from "./cells.js";
import { defineValue } from "./data-access.js";
import type { Worksheet } from "./exceljs.js";
import { headerWithUnit, matchHeader, normalizeHeader } from "./headers.js";
import type { ImportProblem } from "./import-types.js";
import { KEY_COLUMN, parseKey } from "./keys.js";
import type { SheetWords } from "./messages.js";
import { problemMessage } from "./messages.js";
import type { PlannedColumn } from "./part-plan.js";
import type { RowCheck } from "./row-schema-check.js";

export interface TableSpec {
  readonly columns: readonly PlannedColumn[];
  readonly required: readonly string[];
  readonly maxItems?: number;
  /** Checks a row that read well against the table's schema: a row with findings is not kept. */
  readonly checkRow?: RowCheck;
}

export interface TableRead {
  readonly rows: Record<string, unknown>[];
  readonly rowNumbers: number[];
  readonly problems: ImportProblem[];
  /** Rows recognised and skipped on purpose (a total row). */
  readonly notes: ImportProblem[];
  readonly columns: { readonly header: string; readonly key: string | null }[];
}

function rowKeyIs(sheet: Worksheet, row: number, kind: string): boolean {
  return parseKey(cellText(sheet.getRow(row).getCell(KEY_COLUMN).value))?.kind === kind;
}

function columnLetter(col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function headerLabel(column: PlannedColumn, words: SheetWords): string {
  return headerWithUnit(words, column.label, column.unit);
}

/** How many of the table's columns a row of the sheet names: picks the header row of a sheet someone else made. */
export function headerMatches(sheet: Worksheet, rowNumber: number, spec: TableSpec, words: SheetWords): number {
  const candidates = spec.columns.filter((c) => !c.computed).map((c) => ({ label: c.label, ...(c.unit ? { unit: c.unit } : {}), target: c.key }));
  const found = new Set<string>();
  sheet.getRow(rowNumber).eachCell((cell) => {
    const key = matchHeader(cellText(cell.value), candidates, words);
    if (key) found.add(key);
  });
  return found.size;
}

/** A finding of the row's schema check, placed at its row and column as Excel shows them. */
function rowProblem(row: number, column: string, detail: LocalizedMessage): LocalizedMessage {
  return {
    zh: problemMessage("excel.rowInvalid", { row, column, detail: detail.zh }).zh,
    en: problemMessage("excel.rowInvalid", { row, column, detail: detail.en }).en,
  };
}

const isSerialHeader = (text: string, words: SheetWords): boolean => {
  const t = normalizeHeader(text);
  return t === normalizeHeader(words.serial) || t === "no." || t === "no" || t === "#";
};

/** Reads rows `headerRow + 1` up to (not including) `endRow`. */
export function readTable(sheet: Worksheet, headerRow: number, endRow: number, spec: TableSpec, words: SheetWords): TableRead {
  const problems: ImportProblem[] = [];
  const notes: ImportProblem[] = [];
  const problem = (row: number, column: string, reason: LocalizedMessage, cell?: string): void => {
    problems.push({ sheet: sheet.name, row, column, ...(cell ? { cell } : {}), reason });
  };
  const importable = spec.columns.filter((c) => !c.computed);
  const candidates = importable.map((c) => ({ label: c.label, ...(c.unit ? { unit: c.unit } : {}), target: c }));
  const expected = importable.map((c) => headerLabel(c, words)).join(words.listSeparator);

  const mapped = new Map<number, { column: PlannedColumn; header: string }>();
  const ignored = new Set<number>();
  const serials = new Set<number>();
  const columns: TableRead["columns"] = [];
  const header = sheet.getRow(headerRow);
  const lastColumn = Math.max(header.cellCount, sheet.columnCount);
  for (let col = 1; col <= lastColumn; col++) {
    const text = cellText(header.getCell(col).value);
    if (col === 1 && parseKey(text)) continue;
    if (!text) {
      ignored.add(col);
      continue;
    }
    const target = matchHeader(text, candidates, words);
    if (target && [...mapped.values()].some((m) => m.column.key === target.key)) {
      problem(headerRow, text, problemMessage("excel.duplicateColumn", { header: text }), header.getCell(col).address);
      columns.push({ header: text, key: null });
    } else if (target) {
      mapped.set(col, { column: target, header: text });
      columns.push({ header: text, key: target.key });
    } else if (isSerialHeader(text, words)) {
      serials.add(col);
      columns.push({ header: text, key: null });
    } else {
      problem(headerRow, text, problemMessage("excel.unknownColumn", { header: text, expected }), header.getCell(col).address);
      columns.push({ header: text, key: null });
    }
  }
  const present = new Set([...mapped.values()].map((m) => m.column.key));
  const columnOf = new Map([...mapped].map(([col, m]) => [m.column.key, { col, header: m.header }]));
  for (const key of spec.required) {
    const column = importable.find((c) => c.key === key);
    if (column && !present.has(key)) problem(headerRow, headerLabel(column, words), problemMessage("excel.missingColumn", { header: headerLabel(column, words) }));
  }

  const rows: Record<string, unknown>[] = [];
  const rowNumbers: number[] = [];
  const unnamedWithData = new Set<number>();
  const totalWord = normalizeHeader(words.totalRow);
  for (let r = headerRow + 1; r < endRow; r++) {
    const row = sheet.getRow(r);
    for (const col of ignored) {
      const value = plainCellValue(row.getCell(col).value);
      if (value !== null && !(typeof value === "string" && value.trim() === "")) unnamedWithData.add(col);
    }
    const record: Record<string, unknown> = {};
    let filled = false;
    let fits = true;
    // 合计 in the serial column or in any column read marks a total row.
    let isTotal = [...serials].some((col) => normalizeHeader(cellText(row.getCell(col).value)) === totalWord);
    for (const [col, { column, header: label }] of mapped) {
      const cell = row.getCell(col);
      if (normalizeHeader(cellText(cell.value)) === totalWord) isTotal = true;
      const read = fromCell(cell.value, column.schema, words);
      if (read.kind === "blank") continue;
      filled = true;
      if (read.kind === "problem") {
        fits = false;
        problem(r, label, read.reason, cell.address);
      } else {
        defineValue(record, column.key, read.value);
      }
    }
    // A row exported empty stays a row; a blank row typed in Excel is nothing.
    if (!filled && !(fits && rowKeyIs(sheet, r, "item"))) continue;
    if (isTotal) {
      notes.push({ sheet: sheet.name, row: r, column: "", reason: problemMessage("excel.totalRow", {}) });
      continue;
    }
    if (!fits) continue;
    const findings = spec.checkRow?.(record) ?? [];
    for (const finding of findings) {
      // A column missing from the sheet is said once, at the header; the row is still not kept.
      if (finding.key !== undefined && spec.required.includes(finding.key) && !present.has(finding.key)) continue;
      const at = finding.key === undefined ? undefined : columnOf.get(finding.key);
      const letter = at ? columnLetter(at.col) : "";
      problem(r, at?.header ?? "", rowProblem(r, letter, finding.message), at ? `${letter}${r}` : undefined);
    }
    if (findings.length > 0) continue;
    if (spec.maxItems !== undefined && rows.length >= spec.maxItems) {
      problem(r, "", problemMessage("excel.tooManyRows", { max: spec.maxItems }));
      continue;
    }
    rows.push(record);
    rowNumbers.push(r);
  }
  for (const col of unnamedWithData) problem(headerRow, columnLetter(col), problemMessage("excel.unnamedColumn", { column: columnLetter(col) }));
  return { rows, rowNumbers, problems, notes, columns };
}
