/** Finding things in a workbook: sheets by the part they hold, keyed rows, where a table's rows end. */
import { cellText } from "./cells.js";
import type { Workbook, Worksheet } from "./exceljs.js";
import type { ParsedKey } from "./keys.js";
import { KEY_COLUMN, key, parseKey } from "./keys.js";
import { sanitizeSheetName } from "./sheet-names.js";

export function rowKey(sheet: Worksheet, row: number): ParsedKey | undefined {
  return parseKey(cellText(sheet.getRow(row).getCell(KEY_COLUMN).value));
}

/** The sheet exported for a part (found by its hidden key, whatever it was renamed to), or the sheet named like the part. */
export function findPartSheet(workbook: Workbook, partId: string, title: string): Worksheet | undefined {
  const wanted = key.part(partId);
  const byKey = workbook.worksheets.find((sheet) => {
    for (let r = 1; r <= Math.min(sheet.rowCount, 5); r++) if (cellText(sheet.getRow(r).getCell(KEY_COLUMN).value) === wanted) return true;
    return false;
  });
  return byKey ?? workbook.worksheets.find((sheet) => sheet.name === sanitizeSheetName(title));
}

/** The row after the last row of a block that starts at `from`: the next keyed row (other than a table row), or past the end. */
export function blockEnd(sheet: Worksheet, from: number): number {
  for (let r = from + 1; r <= sheet.rowCount; r++) {
    const k = rowKey(sheet, r);
    if (k && k.kind !== "item") return r;
  }
  return sheet.rowCount + 1;
}

/** True when no cell of the sheet holds anything. */
export function isEmptySheet(sheet: Worksheet): boolean {
  return sheet.actualRowCount === 0;
}
