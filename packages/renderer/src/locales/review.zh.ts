/** 评审与可撤销操作的中文用语。 */
import type { ReviewMessages } from "./review.catalog.js";

export const zh: ReviewMessages = {
  pending: "待评",
  confirm: (score) => `确认 ${score} 分`,
  confirmLabel: (criterion, column, score) => `确认“${criterion}”${column} ${score} 分`,
  confirmAll: (n) => `确认全部规则计分（${n} 项待评）`,
  confirmed: "已确认",
  override: "改分",
  overrideScoreShort: "改为（分）",
  overrideScore: (criterion, column) => `“${criterion}”${column}改分`,
  overrideReasonShort: "改分理由",
  overrideReason: (criterion, column) => `“${criterion}”${column}改分理由`,
  overridden: "改分",
  reasonShown: (reason) => `改分理由：${reason}`,
  computedWas: (score) => `规则计分 ${score} 分`,
  notCounted: "无效，不计入",
  invalidInputs: (labels) => `无效数据不得分：${labels}`,
  leftOut: ({ pending, unscored, invalid, invalidInputs }) =>
    [
      pending > 0 ? `${pending} 项` : "",
      unscored > 0 ? `${unscored} 项未评` : "",
      invalid > 0 ? `${invalid} 项无效未计入` : "",
      invalidInputs > 0 ? `${invalidInputs} 项含无效数据` : "",
    ]
      .filter(Boolean)
      .join("，")
      .replace(/.+/, "（$&）"),
  clearConfirm: (values, parts, scores) =>
    `将清空您填写的 ${values} 项内容${scores > 0 ? `（其中分数及理由 ${scores} 项）` : ""}${parts.length > 0 ? `，涉及：${parts.join("、")}` : ""}。其他角色填写的内容保留不变。清空后可以撤销。`,
  clearNothing: "您可填写的内容都是空的，没有可清空的内容。",
  cleared: (values) => `已清空 ${values} 项内容。`,
  draftDiscarded: (when, values) => `已放弃 ${when} 保存的草稿（${values} 项内容）。`,
  undo: "撤销",
  undone: "已撤销，内容已恢复。",
  nothingToReview: "没有可评审的申报数据：请先打开申报单位提交的文件，再提交评审。",
  reviewPending: (n) => `还有 ${n} 项规则计分待评：请逐项确认或改分，或使用“确认全部规则计分”，再提交。`,
};
