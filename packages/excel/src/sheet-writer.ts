/** Appends rows to a worksheet with the hidden key column and the few styles exported sheets use. */
import type { CellOut } from "./cells.js";
import { cellTextOut, cellValueOut } from "./cell-text.js";
import type { Worksheet } from "./exceljs.js";
import { FIRST_COLUMN, KEY_COLUMN } from "./keys.js";

export type RowStyle = "plain" | "title" | "heading" | "note" | "header" | "label" | "total";

const THIN = { style: "thin" as const, color: { argb: "FF9E9E9E" } };

export class SheetWriter {
  private next = 1;
  private widest = FIRST_COLUMN;

  constructor(readonly sheet: Worksheet) {
    sheet.getColumn(KEY_COLUMN).hidden = true;
  }

  get rowNumber(): number {
    return this.next;
  }

  /** Writes a row: the key into the hidden column and the cells from the first visible column on. */
  write(key: string | null, cells: readonly CellOut[], style: RowStyle = "plain", wrap = false): number {
    const number = this.next++;
    const row = this.sheet.getRow(number);
    if (key !== null) row.getCell(KEY_COLUMN).value = cellTextOut(key);
    cells.forEach((out, i) => {
      const cell = row.getCell(FIRST_COLUMN + i);
      cell.value = cellValueOut(out.value);
      if (out.numFmt) cell.numFmt = out.numFmt;
      if (style === "title") cell.font = { bold: true, size: 14 };
      if (style === "heading") cell.font = { bold: true };
      if (style === "note") cell.font = { italic: true };
      if (style === "header" || style === "total") {
        cell.font = { bold: true };
        cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFEFEFEF" } };
      }
      if (style === "header" || style === "label" || style === "plain" || style === "total") {
        cell.border = { top: THIN, bottom: THIN, left: THIN, right: THIN };
      }
      if (style === "label" && i === 0) cell.font = { bold: true };
      if (wrap || style === "header") cell.alignment = { wrapText: true, vertical: "top" };
    });
    this.widest = Math.max(this.widest, FIRST_COLUMN + cells.length - 1);
    return number;
  }

  blank(): void {
    this.next++;
  }

  /** Sets column widths: the label column wide, the others for numbers or, in a text-heavy sheet, for text. */
  finish(labelWidth: number, valueWidth: number): void {
    this.sheet.getColumn(FIRST_COLUMN).width = labelWidth;
    for (let c = FIRST_COLUMN + 1; c <= this.widest; c++) this.sheet.getColumn(c).width = valueWidth;
  }
}
