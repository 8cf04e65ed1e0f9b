/**
 * Which scores a blank copy prints blank rather than 0: a criterion none of whose inputs is filled
 * in, and a subtotal or total of nothing but such criteria. The paper form is filled by hand.
 */
import type { CriterionDef } from "@cluster-form/schema";
import type { CriterionResult } from "@cluster-form/rules";
import { isBlankDeep } from "../state/blank.js";
import type { WidgetContext } from "./types.js";

/**
 * Nothing the criterion reads is filled in. A value computed from the criterion's own part (a
 * count of its rows) is blank when that part is.
 */
export function unanswered(result: CriterionResult, ctx: WidgetContext): boolean {
  const { inputs } = result.explanation;
  return (
    inputs.length > 0 &&
    inputs.every((input) => {
      if (!input.path.startsWith("$computed.")) return isBlankDeep(input.value);
      return input.path.split(".")[1] === result.part && isBlankDeep(ctx.partValue(result.part));
    })
  );
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
    const cell = result?.scores[column];
    return !result || !cell || cell.status === "missing" || cell.status === "notApplicable" || ((cell.status === "computed" || cell.status === "pending") && unanswered(result, ctx));
  });
}
