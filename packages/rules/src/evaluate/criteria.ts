/**
 * Scoring one criterion: its branches in order (`first`: the first that holds decides; `sum`:
 * each that holds adds), then one score cell per score column. A mechanical outcome is the
 * score of every column; a judgement takes each column's typed score within its range.
 */
import { keyedRecord, type DataFinding, type Lang, type ScoreColumnDef } from "@cluster-form/schema";
import { phrase, say } from "../locales/evaluation.js";
import type { CriterionResult, Explanation, ScoreCell } from "../types.js";
import { isWithin } from "./applicability.js";
import type { Context } from "./context.js";
import { previewValue } from "./labels.js";
import { explain, readingsOf, summaryOnly, type BranchOutcomes, type ExplanationSummary } from "./explain.js";
import type { PreparedBranch, PreparedCriterion, PreparedForm } from "./prepared.js";
import type { RuleRunner } from "./run-rule.js";
import { invalidInputsOf } from "./invalid-values.js";
import { withLazyExplanation } from "./lazy-explanation.js";
import { blockedCell, judgementCell, mechanicalCell, type TypedScores } from "./scores.js";
import { truthy, type PreparedRule } from "../logic/index.js";

type Range = { readonly min: number; readonly max: number };

export interface CriterionRun {
  readonly form: PreparedForm;
  readonly context: Context;
  readonly runner: RuleRunner;
  readonly scores: TypedScores;
  readonly notApplicable: readonly string[];
  /** Pointer → label of the data values that fail their schema (./invalid-values.ts): read as blank. */
  readonly invalid: ReadonlyMap<string, string>;
  readonly findings: DataFinding[];
  /** False for batch scoring: explanations keep their summary line only. */
  readonly explain: boolean;
}

/** What the branches that held add up to: mechanical points, and the judgement ranges of those that ask for one. */
interface Held {
  /** The first branch that held. */
  readonly first: number | null;
  readonly points: number;
  readonly judged: boolean;
  readonly min: number;
  readonly max: number;
}

/**
 * The branches in order, in one pass, adding up what those that held give; undefined when a rule
 * fails. What each branch gave is noted in `outcomes` when given (the explanation needs them; batch
 * scoring does not). Runs per criterion per evaluation: no closures or lists of its own.
 */
function runBranches(criterion: PreparedCriterion, run: CriterionRun, outcomes: BranchOutcomes | undefined): Held | undefined {
  const { def, owner } = criterion;
  let first: number | null = null;
  let points = 0;
  let judged = false;
  let min = 0;
  let max = 0;
  for (const branch of criterion.branches) {
    let held = true;
    if (branch.when) {
      const outcome = run.runner.run(branch.when, owner);
      if (!outcome.ok) return undefined;
      held = truthy(outcome.value);
    }
    if (!held) {
      outcomes?.push(false);
      continue;
    }
    first ??= branch.index;
    const { judgement } = branch;
    if (judgement) {
      judged = true;
      min += judgement.min;
      max += judgement.max;
      outcomes?.push(null);
    } else {
      const gained = branch.logic ? logicPoints(criterion, branch, run) : fixedPoints(branch.def.points);
      if (gained === undefined) return undefined;
      points += gained;
      outcomes?.push(gained);
    }
    if (def.method !== "sum") break;
  }
  return { first, points, judged, min, max };
}

const fixedPoints = (points: unknown): number => (typeof points === "number" && Number.isFinite(points) ? points : 0);

/** The points a branch's `logic` computes; undefined (with a finding when it gave no number) when it fails. */
function logicPoints(criterion: PreparedCriterion, branch: PreparedBranch, run: CriterionRun): number | undefined {
  const outcome = run.runner.run(branch.logic as PreparedRule, criterion.owner);
  if (!outcome.ok) return undefined;
  if (typeof outcome.value !== "number" || !Number.isFinite(outcome.value)) {
    const { def } = criterion;
    run.findings.push({
      code: "rule.notNumber",
      severity: "error",
      pointer: criterion.pointer,
      label: def.label,
      message: say("finding.logicNotNumber", { criterion: def.label, branch: branch.index + 1, value: previewValue(outcome.value) }),
      part: criterion.part,
      criterion: def.id,
    });
    return undefined;
  }
  // `+ 0` turns -0 into 0, as JSON would.
  return outcome.value + 0;
}

const clampTo = (value: number, min: number, max: number): number => Math.min(Math.max(value, min), max);

type Outcome = Pick<CriterionResult, "computed" | "branch" | "range" | "scores">;

/** The explanation with the invalid values it read named in its summary, for every reader of explanations (CLI, Excel, print). */
function withInvalidInputs(explanation: Explanation, invalidInputs: CriterionResult["invalidInputs"]): Explanation {
  if (!invalidInputs || invalidInputs.length === 0) return explanation;
  const labels = invalidInputs.map((input) => input.label);
  const summary = (lang: Lang): string => phrase(lang, "summary.invalidInputs", { summary: explanation.summary[lang], labels });
  return { ...explanation, summary: { zh: summary("zh"), en: summary("en") } };
}

/**
 * The result with every key written out (one object shape for all criteria: this runs per
 * criterion per evaluation). A full explanation (`build`) is built when first read, then kept
 * (./lazy-explanation.ts); a summary line alone (batch scoring) costs less than that and is
 * written as it is.
 */
function criterionResult(criterion: PreparedCriterion, outcome: Outcome, explanation: Explanation | (() => Explanation), invalidInputs: CriterionResult["invalidInputs"] = []): CriterionResult {
  const { def, part } = criterion;
  const { computed, branch, range, scores } = outcome;
  const result: { -readonly [K in keyof CriterionResult]: CriterionResult[K] } =
    typeof explanation === "function"
      ? withLazyExplanation(
          { id: def.id, part, label: def.label, points: def.points, text: def.text, computed, branch, range, scores },
          invalidInputs.length === 0 ? explanation : () => withInvalidInputs(explanation(), invalidInputs),
        )
      : { id: def.id, part, label: def.label, points: def.points, text: def.text, computed, branch, range, scores, explanation: withInvalidInputs(explanation, invalidInputs) };
  if (def.group !== undefined) result.group = def.group;
  if (invalidInputs.length > 0) result.invalidInputs = invalidInputs;
  return result;
}

/** The explanation of the considered branches (`outcomes`, undefined for batch scoring): built when read, or its summary alone. */
function explanationOf(
  criterion: PreparedCriterion,
  outcomes: BranchOutcomes | undefined,
  anyHeld: boolean,
  run: Pick<CriterionRun, "context">,
  summary: ExplanationSummary,
): Explanation | (() => Explanation) {
  if (!outcomes) return summaryOnly(anyHeld, summary);
  // A blocked criterion considered no branch: its explanation, the summary line alone, costs less to write now than an accessor.
  if (outcomes.length === 0) return explain(criterion, outcomes, [], summary, anyHeld);
  const readings = readingsOf(criterion.explanationReads, outcomes.length, run.context);
  return () => explain(criterion, outcomes, readings, summary, anyHeld);
}

/** Whether the criterion has evidence and none of it applies: then neither does the criterion. */
export const evidenceNotApplicable = (criterion: PreparedCriterion, notApplicable: readonly string[]): boolean =>
  criterion.evidence.length > 0 && criterion.evidence.every((pointer) => isWithin(pointer, notApplicable));

type Blocked = "invalid" | "notApplicable";

/**
 * One score cell per score column, from what was typed there: a blocked criterion's, the rule's
 * score (a number), or a judgement within its range.
 */
function cellsOf(criterion: PreparedCriterion, run: Pick<CriterionRun, "form" | "scores" | "findings">, outcome: Blocked | number | Range): Record<string, ScoreCell> {
  const cells = keyedRecord<ScoreCell>();
  const { columns } = run.form;
  const { cells: terms } = criterion;
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i] as ScoreColumnDef;
    const entered = run.scores.entered(terms.criterionId, column.id);
    cells[column.id] =
      typeof outcome === "number"
        ? mechanicalCell(outcome, terms, column, entered, run)
        : typeof outcome === "string"
          ? blockedCell(outcome, entered)
          : judgementCell(outcome, terms, column, entered, run);
  }
  return cells;
}

/** A criterion not scored: its rules cannot run (`invalid`), or its evidence does not apply. */
export function blockedCriterion(
  criterion: PreparedCriterion,
  run: Pick<CriterionRun, "form" | "scores" | "findings" | "context" | "explain">,
  status: Blocked,
  summary: ExplanationSummary,
): CriterionResult {
  const explanation = explanationOf(criterion, run.explain ? [] : undefined, false, run, summary);
  return criterionResult(criterion, { computed: null, branch: null, range: null, scores: cellsOf(criterion, run, status) }, explanation);
}

export function evaluateCriterion(criterion: PreparedCriterion, run: CriterionRun): CriterionResult {
  const { def, part } = criterion;
  const maxPoints = criterion.cells.points;

  if (evidenceNotApplicable(criterion, run.notApplicable)) return blockedCriterion(criterion, run, "notApplicable", { kind: "notApplicable" });
  const outcomes: BranchOutcomes | undefined = run.explain ? [] : undefined;
  const held = runBranches(criterion, run, outcomes);
  if (!held) return blockedCriterion(criterion, run, "invalid", { kind: "broken" });
  const invalidInputs = invalidInputsOf(criterion, run.invalid);
  const decided = def.method === "sum" ? null : held.first;
  const mechanicalPoints = held.points;
  const anyHeld = held.first !== null;

  if (!held.judged) {
    const computed = clampTo(mechanicalPoints, 0, maxPoints);
    if (computed !== mechanicalPoints) {
      run.findings.push({
        code: "score.outOfRange",
        severity: "warning",
        pointer: criterion.pointer,
        label: def.label,
        message: say("finding.computedOutOfRange", { criterion: def.label, value: mechanicalPoints, points: maxPoints }),
        part,
        criterion: def.id,
      });
    }
    const scores = cellsOf(criterion, run, computed);
    const explanation = explanationOf(criterion, outcomes, anyHeld, run, { kind: "computed", points: computed, max: maxPoints });
    return criterionResult(criterion, { computed, branch: decided, range: null, scores }, explanation, invalidInputs);
  }

  // A judgement (with any mechanical points of a `sum` criterion inside the typed score), never above the criterion's points.
  const min = clampTo(mechanicalPoints + held.min, 0, maxPoints);
  const max = clampTo(mechanicalPoints + held.max, min, maxPoints);
  const range = { min, max };
  const scores = cellsOf(criterion, run, range);
  const explanation = explanationOf(criterion, outcomes, anyHeld, run, { kind: "judgement", min, max });
  return criterionResult(criterion, { computed: null, branch: decided, range, scores }, explanation, invalidInputs);
}
