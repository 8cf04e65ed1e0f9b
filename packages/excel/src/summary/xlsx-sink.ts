/**
 * The summary as an .xlsx workbook: the summary sheet (title, header, one row per cluster,
 * totals row, note, sign-off line) laid out for the stamped paper copy, and a second sheet
 * listing the invalid submissions with their problems.
 * Works with exceljs's in-memory Workbook (browser) and its streaming WorkbookWriter (Node):
 * rows are committed as they are written, so the streaming writer flushes them to disk.
 * Every text goes through cellTextOut, so that it reads back exactly (CR, control characters…).
 */
import type { SummarySheetColumn } from "@cluster-form/schema";
import { cellTextOut } from "../cell-text.js";
import type { CellValue, Row, Workbook, Worksheet } from "../exceljs.js";
import { headerWithUnit } from "../headers.js";
import { sanitizeSheetName } from "../sheet-names.js";
import { invalidHeaders, invalidLines } from "./csv-sink.js";
import { sheetPrintOptions } from "../print-setup.js";
import type { SummaryCell, SummaryLayout, SummarySink } from "./types.js";

/** What the sink needs of a workbook: both exceljs workbooks have it. */
export interface WorkbookTarget {
  addWorksheet: Workbook["addWorksheet"];
}

type CommittableSheet = Worksheet & { commit?: () => void };

const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFEFEFEF" } };
const THIN = { style: "thin" as const, color: { argb: "FF000000" } };
const BOX = { top: THIN, bottom: THIN, left: THIN, right: THIN };
/** Rows before the first data row: the title and the header, repeated on every printed page. */
export const SUMMARY_HEADER_ROWS = 2;

/**
 * A text cell that reads back as `text`. Escaped text goes as a one-run rich text: the streaming
 * writer puts a plain string in a `t="str"` cell, whose `_xHHHH_` escapes readers do not decode.
 */
function textOut(text: string): string | CellValue {
  const escaped = cellTextOut(text);
  return escaped === text ? text : { richText: [{ text: escaped }] };
}

const valueOut = <T>(value: T): T | CellValue => (typeof value === "string" ? textOut(value) : value);

/** Excel multiplies a cell by 100 under a `%` format: a column of percentage points is divided first. */
const isPercentFormat = (numFmt: string | undefined): boolean => numFmt !== undefined && /%/.test(numFmt.replace(/"[^"]*"/g, ""));

function display(cell: SummaryCell, column: SummarySheetColumn | undefined, layout: SummaryLayout): CellValue {
  if (typeof cell === "boolean") return textOut(cell ? layout.words.yes : layout.words.no);
  if (typeof cell === "number" && isPercentFormat(column?.numFmt)) return cell / 100;
  return valueOut(cell);
}

function columnWidth(column: SummarySheetColumn): number {
  if (column.width !== undefined) return column.width;
  if (column.type === "boolean") return 9;
  return column.type === "number" ? 13 : 18;
}

/** Borders, number formats and alignment of a table row (header, data or totals). */
function styleTableRow(row: Row, layout: SummaryLayout, bold: boolean): void {
  for (let c = 1; c <= layout.columns.length + 1; c++) {
    const cell = row.getCell(c);
    const column = c === 1 ? undefined : layout.columns[c - 2];
    cell.border = BOX;
    if (bold) cell.font = { bold: true };
    if (column?.numFmt) cell.numFmt = column.numFmt;
    const centered = c === 1 || column?.type === "boolean";
    // No wrapping: a row's height is not fitted to wrapped text when printed, so widths are declared instead.
    cell.alignment = { vertical: "middle", ...(centered ? { horizontal: "center" } : {}) };
  }
}

function headerRow(sheet: Worksheet, values: (string | number | null)[], height?: number): Row {
  const row = sheet.addRow(values.map(valueOut));
  if (height !== undefined) row.height = height;
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.border = BOX;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  return row;
}

/** A line merged across the table's width (title, note). */
function wideRow(sheet: Worksheet, text: string, width: number, height: number): Row {
  const row = sheet.addRow([textOut(text)]);
  row.height = height;
  sheet.mergeCells(row.number, 1, row.number, width);
  return row;
}

/** The sign-off lines side by side under the table, each over an equal share of the columns. */
function signoffRow(sheet: Worksheet, lines: readonly string[], width: number): Row {
  const share = Math.max(1, Math.floor(width / lines.length));
  const values: CellValue[] = Array.from({ length: width }, () => null);
  lines.forEach((line, i) => (values[i * share] = textOut(line)));
  const row = sheet.addRow(values);
  row.height = 36;
  lines.forEach((_, i) => {
    const from = i * share + 1;
    const to = i === lines.length - 1 ? width : from + share - 1;
    if (to > from) sheet.mergeCells(row.number, from, row.number, to);
    row.getCell(from).alignment = { vertical: "bottom", horizontal: "left" };
    row.getCell(from).font = { size: 12 };
  });
  return row;
}

export function createXlsxSummarySink(workbook: WorkbookTarget): SummarySink {
  let layout: SummaryLayout | undefined;
  let sheet: CommittableSheet | undefined;
  return {
    begin(l) {
      layout = l;
      const width = l.columns.length + 1;
      sheet = workbook.addWorksheet(sanitizeSheetName(l.title), {
        views: [{ state: "frozen", ySplit: SUMMARY_HEADER_ROWS }],
        ...sheetPrintOptions(l.print, SUMMARY_HEADER_ROWS, l.words.pageFooter),
      });
      sheet.columns = [{ width: 6 }, ...l.columns.map((c) => ({ width: columnWidth(c) }))];
      const title = wideRow(sheet, l.title, width, 32);
      title.font = { bold: true, size: 16 };
      title.alignment = { horizontal: "center", vertical: "middle" };
      title.commit();
      headerRow(sheet, [l.words.serial, ...l.columns.map((c) => headerWithUnit(l.words, c.label, c.unit))], 48).commit();
    },
    row(row) {
      if (!sheet || !layout) throw new Error("The summary sink was not begun.");
      const l = layout;
      const added = sheet.addRow([row.serial, ...row.cells.map((c, i) => display(c, l.columns[i], l))]);
      styleTableRow(added, l, false);
      added.commit();
    },
    end(totals, invalid) {
      if (!sheet || !layout) throw new Error("The summary sink was not begun.");
      const l = layout;
      const width = l.columns.length + 1;
      const totalRow = sheet.addRow([l.words.totalRow, ...totals.map((c, i) => display(c, l.columns[i], l))]);
      styleTableRow(totalRow, l, true);
      totalRow.commit();
      if (l.note) {
        const note = wideRow(sheet, l.note, width, 36);
        note.alignment = { wrapText: true, vertical: "top" };
        note.commit();
      }
      if (l.signoff && l.signoff.length > 0) signoffRow(sheet, l.signoff, width).commit();
      sheet.commit?.();

      const invalidSheet: CommittableSheet = workbook.addWorksheet(l.words.invalidSheet, sheetPrintOptions({ paperSize: l.print?.paperSize ?? "A4", orientation: "landscape", fitToWidth: true, repeatHeader: true }, 1, l.words.pageFooter));
      invalidSheet.columns = [{ width: 6 }, { width: 40 }, { width: 36 }, { width: 24 }, { width: 80 }];
      headerRow(invalidSheet, invalidHeaders(l.words)).commit();
      for (const entry of invalid) {
        for (const line of invalidLines(entry, l.lang)) invalidSheet.addRow(line.map((c) => display(c, undefined, l))).commit();
      }
      invalidSheet.commit?.();
    },
  };
}
