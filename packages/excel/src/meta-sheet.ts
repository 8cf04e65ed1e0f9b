/**
 * The hidden sheet that carries what no visible cell holds (see uncovered.ts): one row per
 * value, its pointer and its JSON text split over as many cells as Excel's cell limit needs.
 */
import type { Workbook, Worksheet } from "./exceljs.js";
import { cellText } from "./cells.js";
import { cellTextOut } from "./cell-text.js";
import { META_SHEET } from "./keys.js";
import type { Leftover } from "./uncovered.js";
import { MAX_CELL_TEXT } from "./uncovered.js";

export function writeMetaSheet(workbook: Workbook, leftovers: readonly Leftover[]): void {
  const sheet = workbook.addWorksheet(META_SHEET, { state: "hidden" });
  leftovers.forEach((leftover, i) => {
    const json = JSON.stringify(leftover.value) ?? "null";
    const chunks: string[] = [];
    for (let at = 0; at < json.length; at += MAX_CELL_TEXT) chunks.push(json.slice(at, at + MAX_CELL_TEXT));
    sheet.getRow(i + 1).values = [leftover.pointer, ...chunks].map(cellTextOut);
  });
}

export interface MetaEntry {
  readonly row: number;
  readonly pointer: string;
  readonly json: string;
}

export function findMetaSheet(workbook: Workbook): Worksheet | undefined {
  return workbook.worksheets.find((sheet) => sheet.name === META_SHEET);
}

export function readMetaSheet(sheet: Worksheet): MetaEntry[] {
  const entries: MetaEntry[] = [];
  sheet.eachRow((row, number) => {
    // Not trimmed: a key may be a space.
    const first = row.getCell(1).value;
    const pointer = typeof first === "string" ? first : cellText(first);
    const chunks: string[] = [];
    for (let c = 2; c <= row.cellCount; c++) {
      const value = row.getCell(c).value;
      chunks.push(typeof value === "string" ? value : cellText(value));
    }
    if (pointer) entries.push({ row: number, pointer, json: chunks.join("") });
  });
  return entries;
}
