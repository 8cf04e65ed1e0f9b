/**
 * The one place that imports exceljs. Its package is CommonJS in Node and a UMD bundle in
 * browsers (its `browser` field), so the namespace arrives as the default export.
 */
import ExcelJS from "exceljs";
import type { Workbook } from "exceljs";

export type { AddWorksheetOptions, Cell, CellValue, DataValidation, PageSetup, Row, Workbook, Worksheet } from "exceljs";

export function newWorkbook(): Workbook {
  return new ExcelJS.Workbook();
}

/** Reads .xlsx bytes into a workbook. */
export async function readWorkbook(bytes: ArrayBuffer | Uint8Array): Promise<Workbook> {
  const workbook = newWorkbook();
  const buffer = bytes instanceof Uint8Array ? bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) : bytes;
  await workbook.xlsx.load(buffer as ArrayBuffer);
  return workbook;
}

/** Writes a workbook to .xlsx bytes. */
export async function writeWorkbook(workbook: Workbook): Promise<Uint8Array> {
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
