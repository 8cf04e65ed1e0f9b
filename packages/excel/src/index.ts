/**
 * `@cluster-form/excel`: .xlsx import and export of submissions and the city data-summary
 * sheet. Browser-safe (bytes in, bytes out), so the renderer can load it with `import()`.
 */
export { exportSubmissionXlsx, buildSubmissionWorkbook } from "./export-submission.js";
export type { ExportOptions } from "./export-submission.js";
export { importRowsXlsx } from "./import-rows.js";
export type { ImportRowsOptions } from "./import-rows.js";
export { importSubmissionXlsx } from "./import-submission.js";
export type { ImportProblem, RowsImport, SubmissionImport } from "./import-types.js";
export { sanitizeSheetName } from "./sheet-names.js";
export { checkWorkbook, checkWorkbookFileSize, guardWorkbook } from "./workbook-guard.js";
export type { WorkbookRefusal } from "./workbook-guard.js";
export { workbookLimits, MAX_WORKBOOK_BYTES, MAX_WORKBOOK_ENTRIES, UNBOUNDED_FORM_BYTES } from "./workbook-limits.js";
export type { WorkbookLimits } from "./workbook-limits.js";
export { summarizeSubmissions, NoSummarySheetError, UnknownSummaryParameterError } from "./summary/summarize.js";
export type { SummaryOptions } from "./summary/summarize.js";
export { summaryEntry, unreadableEntry, isSummaryEntry } from "./summary/entries.js";
export type { SummaryEntry } from "./summary/entries.js";
export { createCsvSummarySink, csvField, csvLine } from "./summary/csv-sink.js";
export type { TextWriter } from "./summary/csv-sink.js";
export { createXlsxSummarySink } from "./summary/xlsx-sink.js";
export type { WorkbookTarget } from "./summary/xlsx-sink.js";
export { summarizeToCsv, summarizeToXlsx } from "./summary/in-memory.js";
export type { InvalidProblem, InvalidSubmission, SummaryCell, SummaryLayout, SummaryReport, SummaryRow, SummarySink } from "./summary/types.js";
