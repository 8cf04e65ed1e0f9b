/**
 * Criteria points that do not add up to their part's points, and parts that do not add up to the
 * form's total. With a base form (last year's) the finding stands at what changed since then: the
 * criterion whose points moved, or the part's points in form.json; without one it lists the terms.
 */
import type { FormPackage } from "@cluster-form/schema";
import { arrayOf, childPointer, isFiniteNumber, isObject, ownValue } from "../../form-json/json.js";
import { lintMessage } from "../messages.js";
import type { LintCheckDefinition, LintContext } from "../types.js";

const MANIFEST = "form.json";
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

interface CriterionPoints {
  readonly index: number;
  readonly id: string;
  /** For people: `label [id]`. */
  readonly describe: string;
  readonly points: number;
}

function criteriaPoints(rules: unknown): CriterionPoints[] {
  const criteria = isObject(rules) ? arrayOf(ownValue(rules, "criteria")) : [];
  return criteria.map((c, index) => {
    const id = isObject(c) && typeof c.id === "string" ? c.id : `#${index + 1}`;
    const label = isObject(c) && typeof c.label === "string" ? c.label : "";
    return { index, id, describe: label ? `${label} [${id}]` : id, points: isObject(c) && isFiniteNumber(c.points) ? c.points : 0 };
  });
}

const signed = (n: number): string => (n > 0 ? `+${n}` : String(n));

/**
 * Criteria whose points differ from the base part's, in file order (a new one counts from 0), then
 * those the base had and this form has not (`criterion` undefined: there is nothing to point at).
 */
function changedSinceBase(criteria: readonly CriterionPoints[], base: readonly CriterionPoints[]): { criterion?: CriterionPoints; text: string }[] {
  const before = new Map(base.map((c) => [c.id, c.points]));
  const now = new Set(criteria.map((c) => c.id));
  const changed = criteria.flatMap((criterion) => {
    const was = before.get(criterion.id);
    if (was !== undefined && same(was, criterion.points)) return [];
    return [{ criterion, text: `${criterion.describe} ${was ?? "—"} → ${criterion.points} (${signed(criterion.points - (was ?? 0))})` }];
  });
  const removed = base.filter((c) => !now.has(c.id)).map((c) => ({ text: `${c.describe} ${c.points} → — (${signed(-c.points)})` }));
  return [...changed, ...removed];
}

function reportCriteriaSum(context: LintContext, index: number, criteria: readonly CriterionPoints[], partPoints: number): void {
  const part = context.pkg.parts[index];
  const file = part?.ref.rules;
  if (!part || file === undefined) return;
  const describe = `${part.ref.title} [${part.ref.id}]`;
  const sum = criteria.reduce((total, c) => total + c.points, 0);
  const common = { part: describe, sum, points: partPoints, difference: sum - partPoints };
  const terms = criteria.map((c) => `${c.id} ${c.points}`).join(" + ");
  const basePart = context.base?.parts.find((p) => p.ref.id === part.ref.id);
  const changed = basePart ? changedSinceBase(criteria, criteriaPoints(basePart.rules)) : [];
  if (changed.length > 0) {
    const first = changed.find((c) => c.criterion)?.criterion;
    context.report({
      code: "lint.points.criteriaSum",
      severity: "error",
      file,
      pointer: first ? childPointer("", "criteria", first.index, "points") : "/criteria",
      message: lintMessage("lint.points.criteriaSum", { ...common, terms, changed: changed.map((c) => c.text).join("; ") }),
    });
    return;
  }
  const basePoints: unknown = basePart?.ref.points;
  if (isFiniteNumber(basePoints) && !same(basePoints, partPoints)) {
    // The criteria are as they were: the part's points moved.
    context.report({
      code: "lint.points.criteriaSum",
      severity: "error",
      file: MANIFEST,
      pointer: childPointer("", "parts", index, "points"),
      message: lintMessage("lint.points.criteriaSum", { ...common, terms, changed: `${describe} ${basePoints} → ${partPoints}` }),
    });
    return;
  }
  context.report({
    code: "lint.points.criteriaSum",
    severity: "error",
    file,
    pointer: "/criteria",
    message: lintMessage("lint.points.criteriaSum", { ...common, terms }),
  });
}

/** Parts whose points differ from the base form's, as `id from → to`. */
function partsChangedSinceBase(pkg: FormPackage, base: FormPackage | undefined): { index: number; text: string }[] {
  if (!base) return [];
  return pkg.parts.flatMap((part, index) => {
    const now: unknown = part.ref.points;
    const was: unknown = base.parts.find((p) => p.ref.id === part.ref.id)?.ref.points;
    if (!isFiniteNumber(now) || (isFiniteNumber(was) && same(was, now))) return [];
    return [{ index, text: `${part.ref.id} ${isFiniteNumber(was) ? was : "—"} → ${now}` }];
  });
}

export const points: LintCheckDefinition = {
  name: "points",
  codes: ["lint.points.criteriaSum", "lint.points.noCriteria", "lint.points.partWithoutPoints", "lint.points.partsSum"],
  run(context) {
    const { manifest } = context.pkg;
    const scoring: string[] = [];
    let partsSum = 0;
    context.pkg.parts.forEach((part, index) => {
      const describe = `${part.ref.title} [${part.ref.id}]`;
      const partPoints: unknown = part.ref.points;
      const criteria = criteriaPoints(part.rules);
      const sum = criteria.reduce((total, c) => total + c.points, 0);
      if (isFiniteNumber(partPoints)) {
        partsSum += partPoints;
        scoring.push(`${part.ref.id} ${partPoints}`);
        if (criteria.length === 0 && partPoints > 0) {
          context.report({
            code: "lint.points.noCriteria",
            severity: "error",
            file: MANIFEST,
            pointer: childPointer("", "parts", index, "points"),
            message: lintMessage("lint.points.noCriteria", { part: describe, points: partPoints }),
          });
        } else if (criteria.length > 0 && !same(sum, partPoints)) {
          reportCriteriaSum(context, index, criteria, partPoints);
        }
      } else if (criteria.length > 0) {
        context.report({
          code: "lint.points.partWithoutPoints",
          severity: "error",
          file: MANIFEST,
          pointer: childPointer("", "parts", index),
          message: lintMessage("lint.points.partWithoutPoints", { part: describe, sum }),
        });
      }
    });
    const total: unknown = manifest.totalPoints;
    if (isFiniteNumber(total) && !same(total, partsSum)) {
      const changed = partsChangedSinceBase(context.pkg, context.base);
      const [first] = changed;
      context.report({
        code: "lint.points.partsSum",
        severity: "error",
        file: MANIFEST,
        pointer: first ? childPointer("", "parts", first.index, "points") : "/totalPoints",
        message: lintMessage("lint.points.partsSum", {
          sum: partsSum,
          total,
          parts: scoring.join(" + "),
          difference: partsSum - total,
          ...(first ? { changed: changed.map((c) => c.text).join("; ") } : {}),
        }),
      });
    }
  },
};
