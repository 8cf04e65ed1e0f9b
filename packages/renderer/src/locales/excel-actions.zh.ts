/** `<cluster-form-excel>`（Excel 导入导出按钮）的中文用语。 */
import type { ExcelActionMessages } from "./excel-actions.catalog.js";

export const zhCN: ExcelActionMessages = {
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
