/**
 * Scoring one criterion: its branches in order (`first`: the first that holds decides; `sum`:
 * each that holds adds), then one score cell per score column. A mechanical outcome is the
 * score of every column; a judgement takes each column's typed score within its range.
 */
import type { DataFinding, Lang, ScoreColumnDef } from "@cluster-form/schema";
import { phrase, say } from "../locales/evaluation.js";
import type { CriterionResult, Explanation, ScoreCell } from "../types.js";
import { isWithin } from "./applicability.js";
import type { Context } from "./context.js";
import { previewValue } from "./labels.js";
import { explain, readingsOf, summaryOnly, type ConsideredBranch, type ExplanationSummary } from "./explain.js";
import type { PreparedCriterion, PreparedForm } from "./prepared.js";
import type { RuleRunner } from "./run-rule.js";
import { invalidInputsOf } from "./invalid-values.js";
import { withLazyExplanation } from "./lazy-explanation.js";
import { blockedCell, judgementCell, mechanicalCell, type TypedScores } from "./scores.js";
import { truthy } from "../logic/index.js";

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

type BranchOutcome = { readonly broken: true } | { readonly broken: false; readonly considered: ConsideredBranch[] };

function runBranches(criterion: PreparedCriterion, run: CriterionRun): BranchOutcome {
  const { def, owner } = criterion;
  const considered: ConsideredBranch[] = [];
  for (const branch of criterion.branches) {
    let held = true;
    if (branch.when) {
      const outcome = run.runner.run(branch.when, owner);
      if (!outcome.ok) return { broken: true };
      held = truthy(outcome.value);
    }
    if (!held) {
      considered.push({ branch, held, points: null });
      continue;
    }
    const { judgement, points } = branch.def;
    if (judgement) {
      const min = Number.isFinite(judgement.min) ? judgement.min : 0;
      considered.push({ branch, held, points: null, judgement: { min, max: Number.isFinite(judgement.max) ? judgement.max : min } });
    } else if (branch.logic) {
      const outcome = run.runner.run(branch.logic, owner);
      if (!outcome.ok) return { broken: true };
      if (typeof outcome.value !== "number" || !Number.isFinite(outcome.value)) {
        run.findings.push({
          code: "rule.notNumber",
          severity: "error",
          pointer: criterion.pointer,
          label: def.label,
          message: say("finding.logicNotNumber", { criterion: def.label, branch: branch.index + 1, value: previewValue(outcome.value) }),
          part: criterion.part,
          criterion: def.id,
        });
        return { broken: true };
      }
      // `+ 0` turns -0 into 0, as JSON would.
      considered.push({ branch, held, points: outcome.value + 0 });
    } else {
      considered.push({ branch, held, points: typeof points === "number" && Number.isFinite(points) ? points : 0 });
    }
    if (def.method !== "sum") break;
  }
  return { broken: false, considered };
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

/** The explanation of `considered`: built when read, or its summary alone for batch scoring. */
function explanationOf(considered: readonly ConsideredBranch[], run: Pick<CriterionRun, "context" | "explain">, summary: ExplanationSummary): Explanation | (() => Explanation) {
  if (!run.explain) return summaryOnly(considered, summary);
  const readings = readingsOf(considered, run.context);
  return () => explain(considered, readings, summary);
}

/** Whether the criterion has evidence and none of it applies: then neither does the criterion. */
export const evidenceNotApplicable = (criterion: PreparedCriterion, notApplicable: readonly string[]): boolean =>
  criterion.evidence.length > 0 && criterion.evidence.every((pointer) => isWithin(pointer, notApplicable));

/** One score cell per score column, each made by `make` from what was typed there. */
function cellsOf(
  criterion: PreparedCriterion,
  run: Pick<CriterionRun, "form" | "scores">,
  make: (column: ScoreColumnDef, entered: unknown) => ScoreCell,
): Record<string, ScoreCell> {
  const cells: Record<string, ScoreCell> = {};
  const { columns } = run.form;
  for (let i = 0; i < columns.length; i += 1) {
    const column = columns[i] as ScoreColumnDef;
    cells[column.id] = make(column, run.scores.entered(criterion.def.id, column.id));
  }
  return cells;
}

/** A criterion not scored: its rules cannot run (`invalid`), or its evidence does not apply. */
export function blockedCriterion(
  criterion: PreparedCriterion,
  run: Pick<CriterionRun, "form" | "scores" | "context" | "explain">,
  status: "invalid" | "notApplicable",
  summary: ExplanationSummary,
): CriterionResult {
  return criterionResult(criterion, {
    computed: null,
    branch: null,
    range: null,
    scores: cellsOf(criterion, run, (_column, entered) => blockedCell(status, entered)),
  }, explanationOf([], run, summary));
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

/** Runs per criterion per evaluation: one pass over the branches, no lists or closures. */
function heldOf(considered: readonly ConsideredBranch[]): Held {
  let first: number | null = null;
  let points = 0;
  let judged = false;
  let min = 0;
  let max = 0;
  for (let i = 0; i < considered.length; i += 1) {
    const step = considered[i] as ConsideredBranch;
    if (!step.held) continue;
    first ??= step.branch.index;
    if (step.judgement) {
      judged = true;
      min += step.judgement.min;
      max += step.judgement.max;
    } else points += step.points ?? 0;
  }
  return { first, points, judged, min, max };
}

/** What a score cell of `criterion` needs to know of its column. */
function cellContext(criterion: PreparedCriterion, run: CriterionRun, column: ScoreColumnDef, entered: unknown) {
  const { def } = criterion;
  return { criterionId: def.id, criterionLabel: def.label, column, entered, reason: run.scores.reason(def.id, column.id), findings: run.findings, part: criterion.part };
}

export function evaluateCriterion(criterion: PreparedCriterion, run: CriterionRun): CriterionResult {
  const { def, part } = criterion;
  const maxPoints = Number.isFinite(def.points) && def.points > 0 ? def.points : 0;

  if (evidenceNotApplicable(criterion, run.notApplicable)) return blockedCriterion(criterion, run, "notApplicable", { kind: "notApplicable" });
  const outcome = runBranches(criterion, run);
  if (outcome.broken) return blockedCriterion(criterion, run, "invalid", { kind: "broken" });
  const invalidInputs = invalidInputsOf(criterion, run.invalid);

  const { considered } = outcome;
  const held = heldOf(considered);
  const decided = def.method === "sum" ? null : held.first;
  const mechanicalPoints = held.points;

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
    const terms = { override: def.override === true, points: maxPoints };
    return criterionResult(
      criterion,
      {
        computed,
        branch: decided,
        range: null,
        scores: cellsOf(criterion, run, (column, entered) => mechanicalCell(computed, cellContext(criterion, run, column, entered), terms)),
      },
      explanationOf(considered, run, { kind: "computed", points: computed, max: maxPoints }),
      invalidInputs,
    );
  }

  // A judgement (with any mechanical points of a `sum` criterion inside the typed score), never above the criterion's points.
  const min = clampTo(mechanicalPoints + held.min, 0, maxPoints);
  const max = clampTo(mechanicalPoints + held.max, min, maxPoints);
  const range = { min, max };
  return criterionResult(
    criterion,
    {
      computed: null,
      branch: decided,
      range,
      scores: cellsOf(criterion, run, (column, entered) => judgementCell(range, maxPoints, cellContext(criterion, run, column, entered))),
    },
    explanationOf(considered, run, { kind: "judgement", min, max }),
    invalidInputs,
  );
}
