/** The editing library's refusals in Chinese. */
import type { EditsCatalog } from "./edits.catalog.js";

export const editsZh: EditsCatalog = {
  fileMissing: (file) => `找不到文件 ${file}`,
  fileExists: (file) => `文件 ${file} 已存在`,
  nothingAt: (file, pointer) => `${file} 中没有 ${pointer}`,
  notANumber: (file, pointer) => `${file} 的 ${pointer} 处不是数字`,
  thresholdNotNumber: "阈值必须是数字",
  noPart: (part) => `表单中没有部分 ${part}`,
  noSchema: (part) => `部分 ${part} 没有数据定义（schema）文件`,
  noList: (part, pointer) => `部分 ${part} 中 ${pointer} 不是列表`,
  noObject: (part, pointer) => `部分 ${part} 中 ${pointer} 不是一组填报项`,
  noCriterion: (id) => `没有考核指标 ${id}`,
  keyTaken: (key) => `名称 ${key} 已被使用，请换一个`,
  noColumns: (label) => `请为新列表“${label}”给出各列`,
  noValidityColumns: (label) => `列表“${label}”没有有效期（起、止）两个日期列，无法只计有效期内的项`,
  noCountFor: (label) => `找不到列表“${label}”的计数`,
  notEnoughPoints: (id, points) => `考核指标 ${id} 只有 ${points} 分，不够移出`,
  noPoints: (points) => `移动的分值必须大于 0（现为 ${points}）`,
  changedOutside: (file) => `文件 ${file} 在编辑器之外被修改过（另一个窗口或其他程序），未保存，以免覆盖那些修改`,
  outsideFolder: (file) => `${file} 不在表单文件夹内，不能写入`,
  judgementRange: (min, max) => `酌情打分的范围须从 0 或更多分到不少于起点的分数（现为 ${min}–${max} 分）`,
};
