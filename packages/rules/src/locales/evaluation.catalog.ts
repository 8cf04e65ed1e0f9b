/**
 * The message keys of the evaluator (rule problems, findings on submissions, explanation phrases)
 * and their parameters. The wording is in ./evaluation.zh.ts and ./evaluation.en.ts.
 */
import type { LocalizedMessage } from "@cluster-form/schema";

export interface EvaluationMessageParamsMap {
  "rule.unknownOperation": { operation: string; pointer: string };
  "rule.refusedOperation": { operation: string; pointer: string };
  "rule.tooDeep": { pointer: string; max: number };
  "rule.tooLarge": { max: number };
  "rule.notJson": { pointer: string };
  "rule.overBudget": { max: number };
  "rule.failed": { reason: string };
  /** A rule of the form could not run: `detail` says why. */
  "finding.ruleBroken": { site: SiteKind; owner: string; label: string; detail: LocalizedMessage };
  "finding.computedCycle": { label: string; cycle: string };
  "finding.computedTooLarge": { label: string; max: number };
  "finding.logicNotNumber": { criterion: string; branch: number; value: string };
  "finding.computedOutOfRange": { criterion: string; value: number; points: number };
  "finding.scoreIgnored": { criterion: string; column: string; entered: string; computed: string };
  "finding.scoreInvalid": { criterion: string; column: string; entered: string; min: number; max: number; points: number };
  "finding.scoreUnknownCriterion": { id: string };
  "finding.reviewMismatch": { criterion: string; column: string; entered: string; computed: string };
  "finding.overrideNoReason": { criterion: string; column: string; entered: string; computed: string };
  "finding.overrideOutOfRange": { criterion: string; column: string; entered: string; points: number };
  "finding.requiredBlank": { label: string };
  /** Findings past the cap of one place (a part, the scores), counted instead of listed. */
  "finding.more": { count: number; place: string };
  "explain.branch": { text: string; outcome: string };
  "explain.points": { points: string };
  "explain.notHeld": Record<string, never>;
  "explain.judgement": { min: number; max: number };
  "explain.blank": Record<string, never>;
  "explain.rows": { count: number };
  "explain.noBranch": Record<string, never>;
  "explain.and": Record<string, never>;
  "explain.or": Record<string, never>;
  "summary.computed": { points: string; max: number };
  "summary.judgement": { min: number; max: number };
  "summary.broken": Record<string, never>;
  "summary.notApplicable": Record<string, never>;
  /** A criterion's summary with the invalid values it read named after it. */
  "summary.invalidInputs": { summary: string; labels: readonly string[] };
  "label.formYear": Record<string, never>;
  "label.formId": Record<string, never>;
  "label.formVersion": Record<string, never>;
  "label.row": { array: string; row: number; field: string };
  "label.score": { criterion: string; column: string };
}

export type SiteKind = "computed" | "applicability" | "check" | "criterion" | "veto";
export type EvaluationMessageKey = keyof EvaluationMessageParamsMap;

/** A catalog gives, for every key, the phrase in one language. */
export type EvaluationCatalog = {
  readonly [K in EvaluationMessageKey]: (params: EvaluationMessageParamsMap[K]) => string;
};
