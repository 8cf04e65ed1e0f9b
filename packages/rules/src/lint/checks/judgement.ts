/** Judgement branches (the scorer types the score) without a valid range, or with a range beyond the criterion's points. */
import { childPointer, isFiniteNumber, isObject } from "../../form-json/json.js";
import { collectCriteria } from "../criteria.js";
import { lintMessage } from "../messages.js";
import type { LintCheckDefinition } from "../types.js";

export const judgement: LintCheckDefinition = {
  name: "judgement",
  codes: ["lint.judgement.range", "lint.judgement.beyondPoints"],
  run(context) {
    for (const site of collectCriteria(context.pkg)) {
      const points = site.criterion.points;
      site.branches.forEach((branch, j) => {
        if (!isObject(branch) || !Object.hasOwn(branch, "judgement")) return;
        const range = branch.judgement;
        const pointer = childPointer(site.pointer, "branches", j, "judgement");
        const min = isObject(range) ? range.min : undefined;
        const max = isObject(range) ? range.max : undefined;
        if (!isFiniteNumber(min) || !isFiniteNumber(max) || min < 0 || min > max) {
          context.report({
            code: "lint.judgement.range",
            severity: "error",
            file: site.file,
            pointer,
            message: lintMessage("lint.judgement.range", {
              criterion: site.describe,
              branch: j + 1,
              min: JSON.stringify(min) ?? "-",
              max: JSON.stringify(max) ?? "-",
            }),
          });
        } else if (isFiniteNumber(points) && max > points) {
          context.report({
            code: "lint.judgement.beyondPoints",
            severity: "error",
            file: site.file,
            pointer: childPointer(pointer, "max"),
            message: lintMessage("lint.judgement.beyondPoints", { criterion: site.describe, branch: j + 1, max, points }),
          });
        }
      });
    }
  },
};
