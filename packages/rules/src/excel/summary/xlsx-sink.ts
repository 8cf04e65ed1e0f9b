/**
 * The summary as an .xlsx workbook: the summary sheet (title, header, one row per cluster,
 * totals row, note) and a second sheet listing the invalid submissions with their problems.
 * Works with exceljs's in-memory Workbook (browser) and its streaming WorkbookWriter (Node):
 * rows are committed as they are written, so the streaming writer flushes them to disk.
 */
import type { Workbook, Worksheet } from "../exceljs.js";
import { sanitizeSheetName } from "../sheet-names.js";
import { headerWithUnit } from "../headers.js";
import { invalidHeaders, invalidLines } from "./csv-sink.js";
import type { SummaryCell, SummaryLayout, SummarySink } from "./types.js";

/** What the sink needs of a workbook: both exceljs workbooks have it. */
export interface WorkbookTarget {
  addWorksheet: Workbook["addWorksheet"];
}

type CommittableSheet = Worksheet & { commit?: () => void };

const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFEFEFEF" } };

function display(cell: SummaryCell, layout: SummaryLayout): string | number | null {
  if (typeof cell === "boolean") return cell ? layout.words.yes : layout.words.no;
  return cell;
}

function boldRow(sheet: Worksheet, values: (string | number | null)[]): void {
  const row = sheet.addRow(values);
  row.font = { bold: true };
  row.eachCell((cell) => {
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
  row.commit();
}

export function createXlsxSummarySink(workbook: WorkbookTarget): SummarySink {
  let layout: SummaryLayout | undefined;
  let sheet: CommittableSheet | undefined;
  return {
    begin(l) {
      layout = l;
      const width = l.columns.length + 1;
      sheet = workbook.addWorksheet(sanitizeSheetName(l.title), { views: [{ state: "frozen", ySplit: 2 }] });
      sheet.columns = [{ width: 6 }, ...l.columns.map((c) => ({ width: c.type === "number" ? 14 : 24 }))];
      const title = sheet.addRow([l.title]);
      title.font = { bold: true, size: 16 };
      title.alignment = { horizontal: "center" };
      sheet.mergeCells(1, 1, 1, width);
      title.commit();
      boldRow(sheet, [l.words.serial, ...l.columns.map((c) => headerWithUnit(l.words, c.label, c.unit))]);
    },
    row(row) {
      if (!sheet || !layout) throw new Error("The summary sink was not begun.");
      const l = layout;
      sheet.addRow([row.serial, ...row.cells.map((c) => display(c, l))]).commit();
    },
    end(totals, invalid) {
      if (!sheet || !layout) throw new Error("The summary sink was not begun.");
      const l = layout;
      const totalRow = sheet.addRow([l.words.totalRow, ...totals.map((c) => display(c, l))]);
      totalRow.font = { bold: true };
      totalRow.commit();
      if (l.note) {
        const note = sheet.addRow([l.note]);
        note.alignment = { wrapText: true };
        note.commit();
      }
      sheet.commit?.();

      const invalidSheet: CommittableSheet = workbook.addWorksheet(l.words.invalidSheet);
      invalidSheet.columns = [{ width: 6 }, { width: 40 }, { width: 36 }, { width: 24 }, { width: 80 }];
      boldRow(invalidSheet, invalidHeaders(l.words));
      for (const entry of invalid) {
        for (const line of invalidLines(entry, l.lang)) invalidSheet.addRow(line.map((c) => display(c, l))).commit();
      }
      invalidSheet.commit?.();
    },
  };
}

