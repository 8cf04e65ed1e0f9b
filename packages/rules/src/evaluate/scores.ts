/** The typed scores of a submission and the score cells of one criterion. */
import { isRecord, type DataFinding, type ScoreColumnDef } from "@cluster-form/schema";
import { formatPointer } from "@cluster-form/schema";
import { toPlainJson } from "../logic/index.js";
import { say } from "../locales/evaluation.js";
import { previewValue } from "./labels.js";
import type { ScoreCell } from "../types.js";
import type { CellTerms } from "./prepared.js";


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

/** What score cells read and add to in one evaluation. */
export interface CellRun {
  readonly scores: TypedScores;
  readonly findings: DataFinding[];
}

const cellFinding = (terms: CellTerms, column: ScoreColumnDef, code: string, severity: DataFinding["severity"], message: DataFinding["message"]): DataFinding => ({
  code,
  severity,
  pointer: formatPointer(["scores", terms.criterionId, column.id]),
  label: terms.criterionLabel,
  message,
  part: terms.part,
  criterion: terms.criterionId,
});

/**
 * A rule-scored criterion in a `review` column: the rule's score stands as a proposal (`pending`)
 * until the scorer confirms it (enters it) or, where the criterion allows, enters another with a
 * reason (`overridden`). A typed score that is neither leaves the cell pending, with an error. A
 * score confirmed before the data changed no longer matches, so the cell is pending again.
 */
function reviewedCell(computed: number, terms: CellTerms, column: ScoreColumnDef, entered: unknown, run: CellRun): ScoreCell {
  const pending = withEntered({ value: computed, status: "pending" }, entered);
  if (isBlankScore(entered)) return pending;
  if (entered === computed) return { value: computed, status: "confirmed", entered: computed };
  const params = { criterion: terms.criterionLabel, column: column.label, entered: previewValue(entered), computed: String(computed) };
  if (!terms.override) {
    run.findings.push(cellFinding(terms, column, "score.reviewMismatch", "error", say("finding.reviewMismatch", params)));
    return pending;
  }
  if (typeof entered !== "number" || !Number.isFinite(entered) || entered < 0 || entered > terms.points) {
    run.findings.push(cellFinding(terms, column, "score.overrideOutOfRange", "error", say("finding.overrideOutOfRange", { ...params, points: terms.points })));
    return pending;
  }
  const reason = run.scores.reason(terms.criterionId, column.id);
  if (reason === "") {
    run.findings.push(cellFinding(terms, column, "score.overrideNoReason", "error", say("finding.overrideNoReason", params)));
    return pending;
  }
  return { value: entered + 0, status: "overridden", entered: entered + 0, reason };
}

/**
 * A criterion scored by its rule: the rule's score counts in every column; a typed score is kept
 * but not counted. A `review` column counts it once reviewed (`reviewedCell`).
 */
export function mechanicalCell(computed: number, terms: CellTerms, column: ScoreColumnDef, entered: unknown, run: CellRun): ScoreCell {
  if (column.review === true) return reviewedCell(computed, terms, column, entered, run);
  if (!isBlankScore(entered) && entered !== computed) {
    run.findings.push(
      cellFinding(
        terms,
        column,
        "score.ignored",
        "warning",
        say("finding.scoreIgnored", { criterion: terms.criterionLabel, column: column.label, entered: previewValue(entered), computed: String(computed) }),
      ),
    );
  }
  return withEntered({ value: computed, status: "computed" }, entered);
}

/** A judgement: the typed score counts when it is a number within the range. */
export function judgementCell(range: { min: number; max: number }, terms: CellTerms, column: ScoreColumnDef, entered: unknown, run: CellRun): ScoreCell {
  if (isBlankScore(entered)) return withEntered({ value: null, status: "missing" }, entered);
  if (typeof entered === "number" && Number.isFinite(entered) && entered >= range.min && entered <= range.max) {
    // `+ 0`: a typed -0 counts (and is written) as 0.
    return { value: entered + 0, status: "entered", entered: entered + 0 };
  }
  run.findings.push(
    cellFinding(
      terms,
      column,
      "score.invalid",
      "error",
      say("finding.scoreInvalid", { criterion: terms.criterionLabel, column: column.label, entered: previewValue(entered), min: range.min, max: range.max, points: terms.points }),
    ),
  );
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
