/** Words of `<cluster-form-excel>` (Excel import and export buttons), in Chinese and English. */
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

const zhCN: ExcelActionMessages = {
  exportExcel: "导出 Excel",
  importExcel: "导入 Excel",
  importTitle: (file) => `从 Excel 导入：${file}`,
  tableLabel: (part, table) => `${part}：${table}`,
  target: "导入到",
  wholeSubmission: "整份材料（替换当前内容）",
  rowsFound: (count) => `可添加 ${count} 行：`,
  partsFound: (count) => `工作簿中有 ${count} 个部分的数据。`,
  ownFieldsOnly: "只导入当前角色填写的内容，其余内容保持不变。",
  readOnlyRole: "当前角色不填写本表，没有可导入的内容。",
  problemsFound: (count) => `${count} 处内容不符合要求，不会导入：`,
  noProblems: "没有发现问题。",
  skipped: (count) => `${count} 行不是数据（如合计行），已跳过：`,
  rowNumber: "Excel 行号",
  problemLine: (sheet, row, column, reason) => (row === 0 && !sheet ? reason : `“${sheet}”第 ${row} 行${column ? `“${column}”` : ""}：${reason}`),
  roomFor: (count) => `本表最多还能添加 ${count} 行，多出的行不会添加。`,
  addRows: (count) => `添加 ${count} 行`,
  replaceAll: "替换当前内容",
  cancel: "取消",
  added: (count) => `已添加 ${count} 行。`,
  replaced: "已从 Excel 导入整份材料。",
  failed: (detail) => `无法完成：${detail}`,
  notLoaded: "表格尚未加载。",
};

const en: ExcelActionMessages = {
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

export function excelActionMessages(lang: string): ExcelActionMessages {
  return lang.toLowerCase().startsWith("en") ? en : zhCN;
}
