/** Criteria without their scoring text, branches without the words that explain them. */
import { childPointer, isObject } from "../../form-json/json.js";
import { collectCriteria } from "../criteria.js";
import { lintMessage } from "../messages.js";
import type { LintCheckDefinition } from "../types.js";

const blank = (value: unknown): boolean => typeof value !== "string" || value.trim() === "";

export const criterionText: LintCheckDefinition = {
  name: "criterion-text",
  codes: ["lint.criterion.noText", "lint.criterion.noBranchText"],
  run(context) {
    for (const site of collectCriteria(context.pkg)) {
      if (blank(site.criterion.text)) {
        context.report({
          code: "lint.criterion.noText",
          severity: "error",
          file: site.file,
          pointer: childPointer(site.pointer, "text"),
          message: lintMessage("lint.criterion.noText", { criterion: site.describe }),
        });
      }
      site.branches.forEach((branch, j) => {
        if (!isObject(branch) || !blank(branch.text)) return;
        context.report({
          code: "lint.criterion.noBranchText",
          severity: "warning",
          file: site.file,
          pointer: childPointer(site.pointer, "branches", j, "text"),
          message: lintMessage("lint.criterion.noBranchText", { criterion: site.describe, branch: j + 1 }),
        });
      });
    }
  },
};
