/** The typed scores of a submission and the score cells of one criterion. */
import { isRecord, type DataFinding, type ScoreColumnDef } from "@cluster-form/schema";
import { formatPointer } from "@cluster-form/schema";
import { toPlainJson } from "../logic/index.js";
import { say } from "../locales/evaluation.js";
import { previewValue } from "./labels.js";
import type { ScoreCell } from "../types.js";


/** What a scorer typed: criterion id → column id → value, read by own properties only. */
export interface TypedScores {
  entered(criterion: string, column: string): unknown;
  /** The written reason given for a score (`reasons`), trimmed; "" when none. */
  reason(criterion: string, column: string): string;
  criteria(): string[];
}

function cellOf(table: Record<string, unknown>, criterion: string, column: string): unknown {
  const row = Object.hasOwn(table, criterion) ? table[criterion] : undefined;
  return isRecord(row) && Object.hasOwn(row, column) ? row[column] : undefined;
}

export function readTypedScores(submission: unknown): TypedScores {
  const scores = isRecord(submission) && isRecord(submission.scores) ? submission.scores : {};
  const reasons = isRecord(submission) && isRecord(submission.reasons) ? submission.reasons : {};
  return {
    entered: (criterion, column) => cellOf(scores, criterion, column),
    reason(criterion, column) {
      const text = cellOf(reasons, criterion, column);
      return typeof text === "string" ? text.trim() : "";
    },
    criteria: () => Object.keys(scores),
  };
}

const isBlankScore = (value: unknown): boolean => value === undefined || value === null || (typeof value === "string" && value.trim() === "");

const withEntered = (cell: Omit<ScoreCell, "entered">, entered: unknown): ScoreCell =>
  entered === undefined ? cell : { value: cell.value, status: cell.status, entered: toPlainJson(entered) };

interface CellContext {
  readonly criterionId: string;
  readonly criterionLabel: string;
  readonly column: ScoreColumnDef;
  readonly entered: unknown;
  /** The written reason given for the cell's score, "" when none. */
  readonly reason: string;
  readonly findings: DataFinding[];
  readonly part: string;
}

/** What a `review` column needs to know of a rule-scored criterion. */
export interface ReviewTerms {
  /** Whether the criterion lets the scorer replace the rule's score (its `override`). */
  readonly override: boolean;
  readonly points: number;
}

const cellPointer = (c: CellContext): string => formatPointer(["scores", c.criterionId, c.column.id]);

const cellFinding = (c: CellContext, code: string, severity: DataFinding["severity"], message: DataFinding["message"]): DataFinding => ({
  code,
  severity,
  pointer: cellPointer(c),
  label: c.criterionLabel,
  message,
  part: c.part,
  criterion: c.criterionId,
});

/**
 * A rule-scored criterion in a `review` column: the rule's score stands as a proposal (`pending`)
 * until the scorer confirms it (enters it) or, where the criterion allows, enters another with a
 * reason (`overridden`). A typed score that is neither leaves the cell pending, with an error. A
 * score confirmed before the data changed no longer matches, so the cell is pending again.
 */
function reviewedCell(computed: number, c: CellContext, terms: ReviewTerms): ScoreCell {
  const { entered } = c;
  const pending = withEntered({ value: computed, status: "pending" }, entered);
  if (isBlankScore(entered)) return pending;
  if (entered === computed) return { value: computed, status: "confirmed", entered: computed };
  const params = { criterion: c.criterionLabel, column: c.column.label, entered: previewValue(entered), computed: String(computed) };
  if (!terms.override) {
    c.findings.push(cellFinding(c, "score.reviewMismatch", "error", say("finding.reviewMismatch", params)));
    return pending;
  }
  if (typeof entered !== "number" || !Number.isFinite(entered) || entered < 0 || entered > terms.points) {
    c.findings.push(cellFinding(c, "score.overrideOutOfRange", "error", say("finding.overrideOutOfRange", { ...params, points: terms.points })));
    return pending;
  }
  if (c.reason === "") {
    c.findings.push(cellFinding(c, "score.overrideNoReason", "error", say("finding.overrideNoReason", params)));
    return pending;
  }
  return { value: entered + 0, status: "overridden", entered: entered + 0, reason: c.reason };
}

/**
 * A criterion scored by its rule: the rule's score counts in every column; a typed score is kept
 * but not counted. A `review` column counts it once reviewed (`reviewedCell`).
 */
export function mechanicalCell(computed: number, c: CellContext, terms: ReviewTerms): ScoreCell {
  if (c.column.review === true) return reviewedCell(computed, c, terms);
  if (!isBlankScore(c.entered) && c.entered !== computed) {
    c.findings.push({
      code: "score.ignored",
      severity: "warning",
      pointer: cellPointer(c),
      label: c.criterionLabel,
      message: say("finding.scoreIgnored", {
        criterion: c.criterionLabel,
        column: c.column.label,
        entered: previewValue(c.entered),
        computed: String(computed),
      }),
      part: c.part,
      criterion: c.criterionId,
    });
  }
  return withEntered({ value: computed, status: "computed" }, c.entered);
}

/** A judgement: the typed score counts when it is a number within the range. */
export function judgementCell(range: { min: number; max: number }, points: number, c: CellContext): ScoreCell {
  const { entered } = c;
  if (isBlankScore(entered)) return withEntered({ value: null, status: "missing" }, entered);
  if (typeof entered === "number" && Number.isFinite(entered) && entered >= range.min && entered <= range.max) {
    // `+ 0`: a typed -0 counts (and is written) as 0.
    return { value: entered + 0, status: "entered", entered: entered + 0 };
  }
  c.findings.push({
    code: "score.invalid",
    severity: "error",
    pointer: cellPointer(c),
    label: c.criterionLabel,
    message: say("finding.scoreInvalid", {
      criterion: c.criterionLabel,
      column: c.column.label,
      entered: previewValue(entered),
      min: range.min,
      max: range.max,
      points,
    }),
    part: c.part,
    criterion: c.criterionId,
  });
  return withEntered({ value: null, status: "invalid" }, entered);
}

/** No score can be given: the rule failed (`invalid`) or the criterion does not apply. */
export const blockedCell = (status: "invalid" | "notApplicable", entered: unknown): ScoreCell => withEntered({ value: null, status }, entered);

/** Scores typed for ids that are not criteria of the form: kept, reported, not counted. */
export function unknownScoreFindings(scores: TypedScores, known: ReadonlySet<string>): DataFinding[] {
  return scores
    .criteria()
    .filter((id) => !known.has(id))
    .map((id) => ({
      code: "score.unknownCriterion",
      severity: "warning" as const,
      pointer: formatPointer(["scores", id]),
      message: say("finding.scoreUnknownCriterion", { id }),
    }));
}
