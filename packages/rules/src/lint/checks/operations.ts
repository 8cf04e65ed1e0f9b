/**
 * Unknown and refused operations, and whatever else the evaluator's own pre-check (`checkRule`)
 * would refuse, so that lint fails exactly where evaluation would. Plus objects with several keys
 * standing where an operation was meant.
 */
import { allowedOperationNames } from "../../logic/allow-list.js";
import { checkRule } from "../../logic/check-rule.js";
import { closest } from "../../form-json/json.js";
import { lintMessage } from "../messages.js";
import type { LintCheckDefinition } from "../types.js";
import { walkRule } from "../walk.js";

export const operations: LintCheckDefinition = {
  name: "operations",
  codes: ["lint.op.unknown", "lint.op.refused", "lint.op.notLogic", "lint.rule.problem"],
  run(context) {
    const known = allowedOperationNames();
    for (const site of context.sites) {
      const siteRef = context.analyzer.siteRef(site);
      for (const problem of checkRule(site.logic)) {
        const pointer = site.pointer + problem.pointer;
        const op = problem.operation ?? "";
        if (problem.code === "rule.unknownOperation") {
          context.report({
            code: "lint.op.unknown",
            severity: "error",
            file: site.file,
            pointer,
            message: lintMessage("lint.op.unknown", { site: siteRef, op, suggestion: closest(op, known) }),
          });
        } else if (problem.code === "rule.refusedOperation") {
          context.report({ code: "lint.op.refused", severity: "error", file: site.file, pointer, message: lintMessage("lint.op.refused", { site: siteRef, op }) });
        } else {
          context.report({
            code: "lint.rule.problem",
            severity: "error",
            file: site.file,
            pointer,
            message: {
              zh: lintMessage("lint.rule.problem", { site: siteRef, problem: problem.message.zh }).zh,
              en: lintMessage("lint.rule.problem", { site: siteRef, problem: problem.message.en }).en,
            },
          });
        }
      }
      walkRule(site, context.analyzer, {
        plainObject(node, pointer) {
          context.report({
            code: "lint.op.notLogic",
            severity: "warning",
            file: site.file,
            pointer,
            message: lintMessage("lint.op.notLogic", { site: siteRef, keys: Object.keys(node).join(", ") }),
          });
        },
      });
    }
  },
};
