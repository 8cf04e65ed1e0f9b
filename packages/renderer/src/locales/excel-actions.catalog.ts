/**
 * Words of `<cluster-form-excel>` (Excel import and export buttons).
 * The wording is in ./excel-actions.zh.ts and ./excel-actions.en.ts, which import only this file.
 */
export interface ExcelActionMessages {
  readonly exportExcel: string;
  readonly importExcel: string;
  readonly importTitle: (file: string) => string;
  readonly tableLabel: (part: string, table: string) => string;
  readonly target: string;
  readonly wholeSubmission: string;
  readonly rowsFound: (count: number) => string;
  readonly partsFound: (count: number) => string;
  readonly ownFieldsOnly: string;
  readonly readOnlyRole: string;
  readonly problemsFound: (count: number) => string;
  readonly noProblems: string;
  readonly skipped: (count: number) => string;
  readonly rowNumber: string;
  /** A problem with its place; a problem of the whole workbook (row 0, no sheet) is its reason alone. */
  readonly problemLine: (sheet: string, row: number, column: string, reason: string) => string;
  readonly roomFor: (count: number) => string;
  readonly addRows: (count: number) => string;
  readonly replaceAll: string;
  readonly cancel: string;
  readonly added: (count: number) => string;
  readonly replaced: string;
  readonly failed: (detail: string) => string;
  readonly notLoaded: string;
}
