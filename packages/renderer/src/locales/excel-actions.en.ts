/** English words of `<cluster-form-excel>` (Excel import and export buttons). */
import type { ExcelActionMessages } from "./excel-actions.catalog.js";

export const en: ExcelActionMessages = {
  exportExcel: "Export to Excel",
  importExcel: "Import from Excel",
  importTitle: (file) => `Import from Excel: ${file}`,
  tableLabel: (part, table) => `${part}: ${table}`,
  target: "Import into",
  wholeSubmission: "The whole submission (replaces what is there)",
  rowsFound: (count) => `${count} row(s) can be added:`,
  partsFound: (count) => `The workbook holds data of ${count} part(s).`,
  ownFieldsOnly: "Only what the current role fills is imported; the rest stays as it is.",
  readOnlyRole: "The current role fills nothing in this form: there is nothing to import.",
  problemsFound: (count) => `${count} cell(s) or row(s) do not fit and will not be imported:`,
  noProblems: "No problems found.",
  skipped: (count) => `${count} row(s) are not data (such as a total row) and were skipped:`,
  rowNumber: "Excel row",
  problemLine: (sheet, row, column, reason) => (row === 0 && !sheet ? reason : `"${sheet}" row ${row}${column ? ` "${column}"` : ""}: ${reason}`),
  roomFor: (count) => `The table has room for ${count} more row(s); the rest will not be added.`,
  addRows: (count) => `Add ${count} row(s)`,
  replaceAll: "Replace the form's content",
  cancel: "Cancel",
  added: (count) => `Added ${count} row(s).`,
  replaced: "The whole submission was imported from Excel.",
  failed: (detail) => `Could not finish: ${detail}`,
  notLoaded: "The form is not loaded yet.",
};
