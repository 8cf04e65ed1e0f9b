/**
 * Applying a rule safely: pre-checked and compiled once (`prepareRule`), data copied to
 * null-prototype objects, a static work estimate refusing rules that would loop over too many
 * rows, and a run-time meter. Every failure is a `RuleError` with a code and a message in both languages.
 */
import type { LocalizedMessage } from "@cluster-form/schema";
import { say } from "../locales/evaluation.js";
import type { EvaluationLimits } from "../types.js";
import { isOverBudget, runMetered } from "./budget.js";
import { analyseRule } from "./check-rule.js";
import { compileRule } from "./compile.js";
import { resolveLimits } from "./limits.js";
import { toSafeData } from "./safe-data.js";
import type { Compiled, RuleAnalysis, RuleErrorCode, RuleProblem } from "./types.js";

export class RuleError extends Error {
  constructor(
    readonly code: RuleErrorCode,
    readonly localized: LocalizedMessage,
    readonly problems: readonly RuleProblem[] = [],
  ) {
    super(localized.en);
    this.name = "RuleError";
  }
}

/** A deep, frozen copy of a rule that passed the check (so it is plain JSON of bounded depth). */
function frozenCopy(rule: unknown): unknown {
  if (rule === null || typeof rule !== "object") return rule;
  if (Array.isArray(rule)) return Object.freeze(rule.map(frozenCopy));
  // An ordinary object, as json-logic-js gives a literal object back; defineProperty keeps a key
  // named "__proto__" an own property. Rules are only read, never searched for methods.
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(rule)) {
    Object.defineProperty(copy, key, { value: frozenCopy((rule as Record<string, unknown>)[key]), enumerable: true });
  }
  return Object.freeze(copy);
}

/** A rule checked once, ready to be applied many times. */
export interface PreparedRule {
  readonly rule: unknown;
  /** The rule compiled (./compile.ts); undefined when the check refused it. */
  readonly compiled: Compiled | undefined;
  readonly analysis: RuleAnalysis;
  readonly limits: EvaluationLimits;
  /** Upper estimate of the work of one application when the data holds `rows` array items. */
  estimateWork(rows: number): number;
}

export function prepareRule(rule: unknown, limits?: Partial<EvaluationLimits>): PreparedRule {
  const resolved = resolveLimits(limits);
  const analysis = analyseRule(rule, resolved);
  const { weights, literalItems } = analysis;
  // A frozen private copy: changing the caller's object afterwards cannot slip an unchecked operation in.
  const copy = analysis.problems.length === 0 ? frozenCopy(rule) : null;
  let lastRows = Number.NaN;
  let lastWork = 0;
  return {
    rule: copy,
    compiled: analysis.problems.length === 0 ? compileRule(copy) : undefined,
    analysis,
    limits: resolved,
    estimateWork(rows) {
      // Asked for every application with the same rows: the last answer is kept.
      if (rows === lastRows) return lastWork;
      // Nodes inside k scoping operations (filter, map, …) run once per row, per row of the enclosing one…
      const perScope = rows + literalItems + 1;
      let work = 0;
      let factor = 1;
      for (const weight of weights) {
        work += weight * factor;
        factor *= perScope;
        if (!Number.isFinite(work)) {
          work = Number.POSITIVE_INFINITY;
          break;
        }
      }
      lastRows = rows;
      lastWork = work;
      return work;
    },
  };
}

/**
 * Apply a prepared rule to data that is already a safe copy (`toSafeData`) holding `rows` array
 * items (0 when they were not counted: the meter still charges every item a loop visits).
 * `maxWork` overrides the limit the rule was prepared with. Throws `RuleError`.
 */
export function applyPrepared(prepared: PreparedRule, safeData: unknown, rows: number, maxWork = prepared.limits.maxWork): unknown {
  const { analysis, compiled } = prepared;
  // An index, not a destructuring: this runs for every rule of every evaluation.
  const problem = analysis.problems[0];
  if (problem || !compiled) {
    const { code, message } = problem ?? { code: "rule.failed" as const, message: say("rule.failed", { reason: "not compiled" }) };
    throw new RuleError(code, message, analysis.problems);
  }
  if (prepared.estimateWork(rows) > maxWork) throw new RuleError("rule.overBudget", say("rule.overBudget", { max: maxWork }));
  try {
    // The data is also the root: `$form.…` / `$computed.…` read it inside rows too (../ops/var.ts).
    return runMetered(maxWork, compiled, safeData);
  } catch (error) {
    if (isOverBudget(error)) throw new RuleError("rule.overBudget", say("rule.overBudget", { max: maxWork }));
    const reason = error instanceof Error ? error.message : String(error);
    throw new RuleError("rule.failed", say("rule.failed", { reason }));
  }
}

/**
 * The one safe entry point for applying a JSON-Logic rule to untrusted data: checks the rule,
 * copies the data, applies. Throws `RuleError` when the rule is refused, over budget, or fails
 * on the data. To apply one rule many times, `prepareRule` it once and use `applyPrepared`.
 */
export function applyRule(rule: unknown, data: unknown, limits?: Partial<EvaluationLimits>): unknown {
  const prepared = prepareRule(rule, limits);
  const safe = toSafeData(data);
  return applyPrepared(prepared, safe.data, safe.rows);
}
