/**
 * The element's words for reviewing and for undoable actions: confirming and overriding computed
 * scores, what a total leaves out, clearing a role's entries, discarding a draft, undo.
 * The wording is in ./review.zh.ts and ./review.en.ts, which import only this file.
 */
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
