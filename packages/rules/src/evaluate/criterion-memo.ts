/**
 * Criterion results of the previous evaluation, reused while nothing a criterion depends on has
 * changed: the values at every path its rules (and so its explanation) read, the scores typed in
 * its cells, whether its evidence applies, the work budget and the explanation setting. Typing in
 * one table then scores again only the criteria that read it; the others keep their result
 * objects, so that a renderer can tell them unchanged by identity. A criterion with a rule whose
 * paths are computed at run time is always scored.
 */
import type { DataFinding } from "@cluster-form/schema";
import { readPath } from "../logic/index.js";
import type { CriterionResult } from "../types.js";
import { evaluateCriterion, evidenceNotApplicable, type CriterionRun } from "./criteria.js";
import { invalidInputsOf } from "./invalid-values.js";
import type { PreparedCriterion } from "./prepared.js";

/** Scores one criterion; `budget` holds what else its rules' outcomes depend on (`maxWork`). */
export type ScoreCriterion = (criterion: PreparedCriterion, run: CriterionRun, budget: readonly unknown[]) => CriterionResult;

/** For evaluations that share nothing: every criterion is scored. */
export const scoreEveryTime: ScoreCriterion = (criterion, run) => evaluateCriterion(criterion, run);

interface Scored {
  readonly inputs: readonly unknown[];
  readonly result: CriterionResult;
  /** The findings scoring it added (a typed score out of range, a failed rule), given again with the result. */
  readonly findings: readonly DataFinding[];
}

export function createCriterionMemo(): ScoreCriterion {
  const scored = new Map<PreparedCriterion, Scored>();
  return (criterion, run, budget) => {
    const { reads, def } = criterion;
    if (!reads) return evaluateCriterion(criterion, run);
    // The same number of inputs every time for one criterion: the form's columns and reads do not change.
    const inputs = [
      ...budget,
      run.explain,
      evidenceNotApplicable(criterion, run.notApplicable),
      ...run.form.columns.map((column) => run.scores.entered(def.id, column.id)),
      ...run.form.columns.map((column) => run.scores.reason(def.id, column.id)),
      // Blank and invalid both read as nothing: which of its values are invalid is an input of its own.
      invalidInputsOf(criterion, run.invalid)
        .map((input) => input.pointer)
        .join("\n"),
      ...reads.map((path) => readPath(run.context, path)),
    ];
    const last = scored.get(criterion);
    if (last?.inputs.every((input, i) => Object.is(input, inputs[i]))) {
      run.findings.push(...last.findings);
      return last.result;
    }
    const from = run.findings.length;
    const result = evaluateCriterion(criterion, run);
    scored.set(criterion, { inputs, result, findings: run.findings.slice(from) });
    return result;
  };
}
