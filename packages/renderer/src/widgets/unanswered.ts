/**
 * Which scores a blank copy prints blank rather than 0: a criterion none of whose inputs is filled
 * in, and a subtotal or total of nothing but such criteria. The paper form is filled by hand.
 */
import { ownValue, type CriterionDef } from "@cluster-form/schema";
import type { CriterionResult } from "@cluster-form/rules";
import { isBlankDeep } from "../state/blank.js";
import type { WidgetContext } from "./types.js";

/**
 * Answers kept by criterion result: the evaluator hands back the same result for a criterion a
 * change did not touch, and the summary asks about every criterion after each keystroke (an input
 * can be a whole table). An answer that read the criterion's part holds while the part's value is
 * the same object (a change replaces the submission, never changes it in place).
 */
const answers = new WeakMap<CriterionResult, { readonly partRead: { readonly value: unknown } | undefined; readonly answer: boolean }>();

/**
 * Nothing the criterion reads is filled in. A value computed from the criterion's own part (a
 * count of its rows) is blank when that part is.
 */
export function unanswered(result: CriterionResult, ctx: WidgetContext): boolean {
  const kept = answers.get(result);
  if (kept && (kept.partRead === undefined || kept.partRead.value === ctx.partValue(result.part))) return kept.answer;
  let partRead: { readonly value: unknown } | undefined;
  const { inputs } = result.explanation;
  const answer =
    inputs.length > 0 &&
    inputs.every((input) => {
      if (!input.path.startsWith("$computed.")) return isBlankDeep(input.value);
      if (input.path.split(".")[1] !== result.part) return false;
      partRead ??= { value: ctx.partValue(result.part) };
      return isBlankDeep(partRead.value);
    });
  answers.set(result, { partRead, answer });
  return answer;
}

const byId = new WeakMap<readonly CriterionResult[], ReadonlyMap<string, CriterionResult>>();

/** The criteria results by id, made once per evaluation: the summary looks up every criterion of the form. */
function resultsById(criteria: readonly CriterionResult[]): ReadonlyMap<string, CriterionResult> {
  let found = byId.get(criteria);
  if (!found) byId.set(criteria, (found = new Map(criteria.map((c) => [c.id, c]))));
  return found;
}

/** A score column where none of the criteria is scored yet: its subtotal prints blank too. */
export function blankColumn(ctx: WidgetContext, defs: readonly CriterionDef[], column: string): boolean {
  const results = resultsById(ctx.result?.criteria ?? []);
  return defs.every((def) => {
    const result = results.get(def.id);
    const cell = ownValue(result?.scores, column);
    return !result || !cell || cell.status === "missing" || cell.status === "notApplicable" || ((cell.status === "computed" || cell.status === "pending") && unanswered(result, ctx));
  });
}
