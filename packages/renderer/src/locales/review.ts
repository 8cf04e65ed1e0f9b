/**
 * The element's words for reviewing and for undoable actions: confirming and overriding computed
 * scores, what a total leaves out, clearing a role's entries, discarding a draft, undo.
 */
import { isEnglish } from "./index.js";

export interface ReviewMessages {
  /** A review column's computed score the scorer has not confirmed yet, and a total holding one. */
  readonly pending: string;
  readonly confirm: (score: string) => string;
  /** The accessible name of a confirm button: which criterion, which column. */
  readonly confirmLabel: (criterion: string, column: string, score: string) => string;
  readonly confirmAll: (n: number) => string;
  readonly confirmed: string;
  readonly override: string;
  /** The visible label of the override's score field; `overrideScore` is its accessible name. */
  readonly overrideScoreShort: string;
  readonly overrideScore: (criterion: string, column: string) => string;
  readonly overrideReasonShort: string;
  readonly overrideReason: (criterion: string, column: string) => string;
  readonly overridden: string;
  readonly reasonShown: (reason: string) => string;
  readonly computedWas: (score: string) => string;
  /** Beside a typed score that does not count (out of its range). */
  readonly notCounted: string;
  readonly invalidInputs: (labels: string) => string;
  /** What a total leaves out, in brackets after it (empty when nothing); the pending count first, right after the total's "pending" word. */
  readonly leftOut: (counts: { readonly pending: number; readonly unscored: number; readonly invalid: number; readonly invalidInputs: number }) => string;
  readonly clearConfirm: (values: number, parts: readonly string[], scores: number) => string;
  readonly clearNothing: string;
  readonly cleared: (values: number) => string;
  readonly draftDiscarded: (when: string, values: number) => string;
  readonly undo: string;
  readonly undone: string;
  readonly nothingToReview: string;
  readonly reviewPending: (n: number) => string;
}

const zh: ReviewMessages = {
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

const en: ReviewMessages = {
  pending: "To review",
  confirm: (score) => `Confirm ${score}`,
  confirmLabel: (criterion, column, score) => `Confirm ${column} ${score} for "${criterion}"`,
  confirmAll: (n) => `Confirm all rule scores (${n} to review)`,
  confirmed: "Confirmed",
  override: "Override",
  overrideScoreShort: "New score",
  overrideScore: (criterion, column) => `${column} override of "${criterion}"`,
  overrideReasonShort: "Reason",
  overrideReason: (criterion, column) => `Reason for the ${column} override of "${criterion}"`,
  overridden: "Overridden",
  reasonShown: (reason) => `Reason: ${reason}`,
  computedWas: (score) => `Rule score ${score}`,
  notCounted: "Invalid, not counted",
  invalidInputs: (labels) => `Invalid values earn nothing: ${labels}`,
  leftOut: ({ pending, unscored, invalid, invalidInputs }) =>
    [
      pending > 0 ? `${pending} ${pending === 1 ? "score" : "scores"}` : "",
      unscored > 0 ? `${unscored} not scored` : "",
      invalid > 0 ? `${invalid} invalid, not counted` : "",
      invalidInputs > 0 ? `${invalidInputs} with invalid values` : "",
    ]
      .filter(Boolean)
      .join(", ")
      .replace(/.+/, " ($&)"),
  clearConfirm: (values, parts, scores) =>
    `This clears the ${values} ${values === 1 ? "entry" : "entries"} you filled${scores > 0 ? ` (${scores} of them scores or reasons)` : ""}${parts.length > 0 ? `, in: ${parts.join(", ")}` : ""}. What other roles filled stays. You can undo it.`,
  clearNothing: "Nothing you can fill holds a value: there is nothing to clear.",
  cleared: (values) => `Cleared ${values} ${values === 1 ? "entry" : "entries"}.`,
  draftDiscarded: (when, values) => `Discarded the draft saved at ${when} (${values} ${values === 1 ? "entry" : "entries"}).`,
  undo: "Undo",
  undone: "Undone: the entries are back.",
  nothingToReview: "There is nothing to review: open the applicant's submission before submitting a review.",
  reviewPending: (n) => `${n} rule ${n === 1 ? "score waits" : "scores wait"} for review: confirm or override each, or use "Confirm all rule scores", then submit.`,
};

export const reviewMessagesFor = (lang: string): ReviewMessages => (isEnglish(lang) ? en : zh);
