/** Applying one prepared rule during an evaluation: a failure becomes a finding on its owner, never an exception. */
import type { DataFinding } from "@cluster-form/schema";
import { applyPrepared, RuleError, type PreparedRule } from "../logic/index.js";
import { say, type SiteKind } from "../locales/evaluation.js";
import type { Context } from "./context.js";
import { NO_MEMO, type RuleMemo } from "./rule-memo.js";

export interface RuleOwner {
  readonly site: SiteKind;
  readonly id: string;
  readonly label: string;
  readonly pointer: string;
  readonly part?: string;
  readonly criterion?: string;
}

export type RuleOutcome = { readonly ok: true; readonly value: unknown } | { readonly ok: false };

export interface RuleRunner {
  run(rule: PreparedRule, owner: RuleOwner): RuleOutcome;
}

/**
 * The evaluator counts no rows before rules run (it reads the submission in place, unwalked): a
 * rule's static estimate covers its own size and literal lists, and the meter its loops, item by
 * item (../logic/budget.ts).
 */
const ROWS_NOT_COUNTED = 0;

export function createRuleRunner(context: Context, maxWork: number, findings: DataFinding[], memo: RuleMemo): RuleRunner {
  return {
    run(rule, owner) {
      // A remembered value stands only while the rule is still within its budget.
      const remembered = memo !== NO_MEMO && rule.estimateWork(ROWS_NOT_COUNTED) <= maxWork ? memo.recall(rule, context, maxWork) : undefined;
      if (remembered) return { ok: true, value: remembered.value };
      try {
        const value = applyPrepared(rule, context, ROWS_NOT_COUNTED, maxWork);
        memo.remember(rule, context, maxWork, value);
        return { ok: true, value };
      } catch (error) {
        const detail = error instanceof RuleError ? error.localized : say("rule.failed", { reason: String(error) });
        findings.push({
          code: error instanceof RuleError ? error.code : "rule.failed",
          severity: "error",
          pointer: owner.pointer,
          ...(owner.label ? { label: owner.label } : {}),
          message: say("finding.ruleBroken", { site: owner.site, owner: owner.id, label: owner.label, detail }),
          ...(owner.part === undefined ? {} : { part: owner.part }),
          ...(owner.criterion === undefined ? {} : { criterion: owner.criterion }),
        });
        return { ok: false };
      }
    },
  };
}
