/**
 * What an evaluation did, kept with its result so that `update` can re-run only what a change
 * touches (./dependency-graph.ts): the outcome of every rule it ran and every criterion it
 * scored, with the findings each added, and what the whole evaluation depended on.
 */
import type { DataFinding } from "@cluster-form/schema";
import type { PreparedRule } from "../logic/index.js";
import type { CriterionResult } from "../types.js";
import type { ScoreCriterion } from "./criterion-memo.js";
import type { Touched } from "./dependency-graph.js";
import type { PreparedCriterion } from "./prepared.js";
import type { RuleOutcome, RuleRunner } from "./run-rule.js";

interface Recorded<T> {
  readonly value: T;
  /** The findings producing it added, given again when it is reused. */
  readonly findings: readonly DataFinding[];
}

export interface Trace {
  /** What every rule and criterion depended on besides the data: a change in any means a full evaluation. */
  readonly settings: readonly unknown[];
  readonly notApplicable: readonly string[];
  /** Pointers of the values that failed their schema. */
  readonly invalid: readonly string[];
  readonly rules: Map<PreparedRule, Recorded<RuleOutcome>>;
  readonly criteria: Map<PreparedCriterion, Recorded<CriterionResult>>;
}

/** What to reuse: the previous trace, and what the change touches (replaced once applicability is known). */
export interface Reuse {
  readonly previous: Trace;
  touched: Touched;
}

/** `runner`, recording into `trace` every outcome, and reusing the previous one of each rule the change does not touch. */
export function tracingRunner(runner: RuleRunner, findings: DataFinding[], trace: Trace, reuse: Reuse | undefined): RuleRunner {
  return {
    run(rule, owner) {
      const kept = reuse && !reuse.touched.rule(rule) ? reuse.previous.rules.get(rule) : undefined;
      if (kept) {
        findings.push(...kept.findings);
        trace.rules.set(rule, kept);
        return kept.value;
      }
      const from = findings.length;
      const value = runner.run(rule, owner);
      trace.rules.set(rule, { value, findings: findings.slice(from) });
      return value;
    },
  };
}

/** `score`, recording into `trace`, and reusing the previous result of each criterion the change does not touch. */
export function tracingScorer(score: ScoreCriterion, trace: Trace, reuse: Reuse | undefined): ScoreCriterion {
  return (criterion, run, budget) => {
    const kept = reuse && !reuse.touched.criterion(criterion) ? reuse.previous.criteria.get(criterion) : undefined;
    if (kept) {
      run.findings.push(...kept.findings);
      trace.criteria.set(criterion, kept);
      // Its rules did not run: their outcomes stand as they were, for the next change.
      for (const branch of criterion.branches) {
        for (const rule of [branch.when, branch.logic]) {
          const outcome = rule && reuse?.previous.rules.get(rule);
          if (rule && outcome) trace.rules.set(rule, outcome);
        }
      }
      return kept.value;
    }
    const from = run.findings.length;
    const value = score(criterion, run, budget);
    trace.criteria.set(criterion, { value, findings: run.findings.slice(from) });
    return value;
  };
}

/** Pointers in one list and not the other. */
export function differing(a: readonly string[], b: readonly string[]): string[] {
  const inA = new Set(a);
  const inB = new Set(b);
  return [...a.filter((p) => !inB.has(p)), ...b.filter((p) => !inA.has(p))];
}
