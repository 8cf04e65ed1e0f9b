/**
 * Move points from one criterion to another, keeping the form's total: both criteria with every
 * place that states their points, their parts' points when they differ, the test expectations the
 * move changes (as `test --update` would propose them), and a stub case at the new full points
 * (its submission taken from a case that reaches them, for the officer to vary).
 */
import type { FormPackage } from "@cluster-form/schema";
import { loadForm } from "../form.js";
import { ChangeBuilder } from "../text-edits.js";
import type { EditResult, FormTexts, MovePointsArgs } from "../types.js";
import { MANIFEST, refuse } from "./part.js";
import { findCriterion, setCriterionPoints, shiftPartPoints } from "./points.js";
import { addTestCase, submissionScoring, updateExpectations } from "./tests.js";

const pointsOf = (pkg: FormPackage, partIndex: number, index: number): number => pkg.parts[partIndex]?.rules?.criteria?.[index]?.points ?? 0;

export async function movePoints(texts: FormTexts, pkg: FormPackage, args: MovePointsArgs): Promise<EditResult> {
  if (!(args.points > 0)) throw refuse(MANIFEST, "", (t) => t.noPoints(args.points));
  const from = findCriterion(pkg, args.from);
  const to = findCriterion(pkg, args.to);
  const fromPoints = pointsOf(pkg, from.partIndex, from.index);
  if (fromPoints < args.points) throw refuse(from.file, `/criteria/${from.index}`, (t) => t.notEnoughPoints(args.from, fromPoints));
  const builder = new ChangeBuilder(texts);
  const toPoints = pointsOf(pkg, to.partIndex, to.index) + args.points;
  setCriterionPoints(builder, from, fromPoints - args.points);
  setCriterionPoints(builder, to, toPoints);
  if (from.partIndex !== to.partIndex) {
    shiftPartPoints(builder, from.partIndex, -args.points);
    shiftPartPoints(builder, to.partIndex, args.points);
  }
  const moved = builder.snapshot();
  updateExpectations(builder, moved, await loadForm(moved), [args.from, args.to]);
  const submission = submissionScoring(builder.snapshot(), pkg, to.partId, args.to, toPoints);
  addTestCase(builder, pkg, to.partId, { name: args.testName, submission, expect: { criteria: { [args.to]: { computed: toPoints } } } });
  return builder.result();
}
