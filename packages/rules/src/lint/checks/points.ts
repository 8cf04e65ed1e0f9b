/** Criteria points that do not add up to their part's points, and parts that do not add up to the form's total. */
import { arrayOf, childPointer, isFiniteNumber, isObject, ownValue } from "../json.js";
import { lintMessage } from "../messages.js";
import type { LintCheckDefinition } from "../types.js";

const MANIFEST = "form.json";
const same = (a: number, b: number): boolean => Math.abs(a - b) < 1e-9;

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
      const criteria = isObject(part.rules) ? arrayOf(ownValue(part.rules, "criteria")) : [];
      const sum = criteria.reduce<number>((total, c) => total + (isObject(c) && isFiniteNumber(c.points) ? c.points : 0), 0);
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
        } else if (criteria.length > 0 && !same(sum, partPoints) && part.ref.rules !== undefined) {
          context.report({
            code: "lint.points.criteriaSum",
            severity: "error",
            file: part.ref.rules,
            pointer: "/criteria",
            message: lintMessage("lint.points.criteriaSum", { part: describe, sum, points: partPoints }),
          });
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
      context.report({
        code: "lint.points.partsSum",
        severity: "error",
        file: MANIFEST,
        pointer: "/totalPoints",
        message: lintMessage("lint.points.partsSum", { sum: partsSum, total, parts: scoring.join(" + ") }),
      });
    }
  },
};
