/** `var` paths (and `missing`, `sumOf` keys) that the schemas, the computed values or `$form` do not have. */
import type { Scope } from "../analyzer.js";
import { operationDefinition } from "../../ops/index.js";
import { childPointer } from "../../form-json/json.js";
import type { LintCheckDefinition, LintContext, RuleSite } from "../types.js";
import { walkRule } from "../walk.js";

const pathOf = (value: unknown): string | undefined =>
  typeof value === "string" ? value : typeof value === "number" ? String(value) : undefined;

function checkPath(context: LintContext, site: RuleSite, path: string, scope: Scope, pointer: string, rowKey = false): void {
  const { problem } = context.analyzer.resolveVar(path, scope, rowKey);
  if (problem) context.report({ code: problem.code, severity: "error", file: site.file, pointer, message: problem.message });
}

export const varPaths: LintCheckDefinition = {
  name: "var-paths",
  codes: [
    "lint.var.unknownPart",
    "lint.var.unknownField",
    "lint.var.unknownRowField",
    "lint.var.unknownComputed",
    "lint.var.unknownFormKey",
    "lint.var.resultOutsideSummary",
    "lint.var.unknownParameter",
  ],
  run(context) {
    for (const site of context.sites) {
      walkRule(site, context.analyzer, {
        operation({ op, args, argPointer, scope }) {
          if (op === "var") {
            const path = pathOf(args[0]);
            if (path !== undefined && path !== "") checkPath(context, site, path, scope, argPointer(0));
          } else if (op === "missing") {
            args.forEach((arg, i) => {
              if (Array.isArray(arg)) {
                arg.forEach((p, j) => {
                  const path = pathOf(p);
                  if (path) checkPath(context, site, path, scope, childPointer(argPointer(i), j));
                });
              } else {
                const path = pathOf(arg);
                if (path) checkPath(context, site, path, scope, argPointer(i));
              }
            });
          } else if (op === "missing_some" && Array.isArray(args[1])) {
            args[1].forEach((p, j) => {
              const path = pathOf(p);
              if (path) checkPath(context, site, path, scope, childPointer(argPointer(1), j));
            });
          } else {
            // An argument naming a key of each row of the list (sumOf's): checked against the rows.
            const keyAt = operationDefinition(op)?.rowKey;
            const key = keyAt === undefined ? undefined : args[keyAt];
            if (keyAt === undefined || typeof key !== "string") return;
            const source = context.analyzer.infer(args[0], scope);
            const row = context.analyzer.rowShape(source);
            checkPath(context, site, key, { kind: "row", site, row, array: source.describe ?? "" }, argPointer(keyAt), true);
          }
        },
      });
    }
  },
};
