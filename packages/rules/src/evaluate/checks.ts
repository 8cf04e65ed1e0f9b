/** Cross-field checks: each `assert` must hold, otherwise a finding at its field with the form's message. */
import type { DataFinding } from "@cluster-form/schema";
import { truthy } from "../logic/index.js";
import { isWithin } from "./applicability.js";
import type { PreparedForm } from "./prepared.js";
import type { RuleRunner } from "./run-rule.js";

export function evaluateChecks(form: PreparedForm, runner: RuleRunner, notApplicable: readonly string[], findings: DataFinding[]): void {
  for (const check of form.checks) {
    if (isWithin(check.pointer, notApplicable)) continue;
    const { def } = check;
    const outcome = runner.run(check.rule, { site: "check", id: def.id, label: check.label ?? "", pointer: check.pointer, part: check.part });
    if (!outcome.ok || truthy(outcome.value)) continue;
    findings.push({
      code: `check.${def.id}`,
      severity: def.severity === "warning" ? "warning" : "error",
      pointer: check.pointer,
      ...(check.label === undefined ? {} : { label: check.label }),
      message: def.message,
      part: check.part,
    });
  }
}
