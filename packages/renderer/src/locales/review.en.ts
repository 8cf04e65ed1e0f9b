/** English words for reviewing and undoable actions. */
import type { ReviewMessages } from "./review.catalog.js";

export const en: ReviewMessages = {
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
