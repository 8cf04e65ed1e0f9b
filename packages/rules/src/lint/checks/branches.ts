/** Branches that give more than the criterion is worth, negative points, no branches, unreachable branches. */
import { operationOf } from "../analyzer.js";
import { childPointer, isFiniteNumber, isObject, type JsonObject } from "../../form-json/json.js";
import { collectCriteria } from "../criteria.js";
import { lintMessage } from "../messages.js";
import type { LintCheckDefinition } from "../types.js";

const KINDS = ["points", "logic", "judgement"] as const;

/** The most a branch can give, when it can be told without data: fixed points, a judgement's max, a clamp's literal max. */
function branchMaximum(branch: JsonObject): { value: number; key: string } | undefined {
  if (isFiniteNumber(branch.points)) return { value: branch.points, key: "points" };
  if (isObject(branch.judgement) && isFiniteNumber(branch.judgement.max)) return { value: branch.judgement.max, key: "judgement" };
  const operation = operationOf(branch.logic);
  if (operation?.op === "clamp" && isFiniteNumber(operation.args[2])) return { value: operation.args[2], key: "logic" };
  return undefined;
}

export const branches: LintCheckDefinition = {
  name: "branches",
  codes: ["lint.branch.none", "lint.branch.kind", "lint.branch.beyondPoints", "lint.branch.negative", "lint.branch.sumBeyondPoints", "lint.branch.unreachable"],
  run(context) {
    for (const site of collectCriteria(context.pkg)) {
      const { criterion, file } = site;
      const points = isFiniteNumber(criterion.points) ? criterion.points : undefined;
      if (site.branches.length === 0) {
        context.report({
          code: "lint.branch.none",
          severity: "error",
          file,
          pointer: childPointer(site.pointer, "branches"),
          message: lintMessage("lint.branch.none", { criterion: site.describe }),
        });
        continue;
      }
      let sum = 0;
      let catchAll: number | undefined;
      site.branches.forEach((branch, j) => {
        if (!isObject(branch)) return;
        const pointer = childPointer(site.pointer, "branches", j);
        if (catchAll !== undefined && criterion.method === "first") {
          context.report({
            code: "lint.branch.unreachable",
            severity: "error",
            file,
            pointer,
            message: lintMessage("lint.branch.unreachable", { criterion: site.describe, branch: j + 1, catchAll: catchAll + 1 }),
          });
        }
        if (!Object.hasOwn(branch, "when") && catchAll === undefined) catchAll = j;
        const kinds = KINDS.filter((k) => Object.hasOwn(branch, k));
        if (kinds.length !== 1) {
          context.report({
            code: "lint.branch.kind",
            severity: "error",
            file,
            pointer,
            message: lintMessage("lint.branch.kind", { criterion: site.describe, branch: j + 1 }),
          });
        }
        if (isFiniteNumber(branch.points) && branch.points < 0) {
          context.report({
            code: "lint.branch.negative",
            severity: "error",
            file,
            pointer: childPointer(pointer, "points"),
            message: lintMessage("lint.branch.negative", { criterion: site.describe, branch: j + 1, branchPoints: branch.points }),
          });
        }
        const maximum = branchMaximum(branch);
        if (!maximum) return;
        sum += Math.max(0, maximum.value);
        // A judgement's range is the judgement check's concern.
        if (points !== undefined && maximum.key !== "judgement" && maximum.value > points) {
          context.report({
            code: "lint.branch.beyondPoints",
            severity: "error",
            file,
            pointer: childPointer(pointer, maximum.key),
            message: lintMessage("lint.branch.beyondPoints", { criterion: site.describe, branch: j + 1, branchPoints: maximum.value, points }),
          });
        }
      });
      if (criterion.method === "sum" && points !== undefined && sum > points + 1e-9) {
        context.report({
          code: "lint.branch.sumBeyondPoints",
          severity: "warning",
          file,
          pointer: childPointer(site.pointer, "branches"),
          message: lintMessage("lint.branch.sumBeyondPoints", { criterion: site.describe, sum, points }),
        });
      }
    }
  },
};
