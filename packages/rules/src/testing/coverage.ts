/**
 * Which criteria and branches the test cases cover. A criterion is covered by a case that expects something
 * of it (`expect.criteria[id]`); a branch (a points level of the scoring text) by such a case in which it held.
 */
import type { FormPackage, RuleTestCase } from "@cluster-form/schema";
import type { EvaluationResult } from "../types.js";

export interface CriterionName {
  readonly part: string;
  readonly id: string;
  readonly label: string;
}

export interface UncoveredCriterion extends CriterionName {
  /** How many branches it has (none of them covered either). */
  readonly branches: number;
}

export interface UncoveredBranch extends CriterionName {
  /** From 1, as in the scoring text. */
  readonly branch: number;
  readonly text: string;
}

export interface RuleCoverage {
  readonly criteria: number;
  readonly branches: number;
  readonly uncoveredCriteria: readonly UncoveredCriterion[];
  readonly uncoveredBranches: readonly UncoveredBranch[];
}

/** Collects, case by case, the branches that held in the criteria each case expects something of. */
export class CoverageRecorder {
  readonly #held = new Map<string, Set<number>>();

  record(testCase: RuleTestCase, result: EvaluationResult): void {
    const expected = testCase.expect?.criteria;
    if (typeof expected !== "object" || expected === null) return;
    for (const criterion of result.criteria) {
      if (!Object.hasOwn(expected, criterion.id)) continue;
      const held = this.#held.get(criterion.id) ?? new Set<number>();
      for (const step of criterion.explanation.steps) if (step.held) held.add(step.branch);
      this.#held.set(criterion.id, held);
    }
  }

  coverage(pkg: FormPackage): RuleCoverage {
    const uncoveredCriteria: UncoveredCriterion[] = [];
    const uncoveredBranches: UncoveredBranch[] = [];
    let criteria = 0;
    let branches = 0;
    for (const part of pkg.parts) {
      for (const def of part.rules?.criteria ?? []) {
        criteria++;
        branches += def.branches.length;
        const named = { part: part.ref.id, id: def.id, label: def.label };
        const held = this.#held.get(def.id);
        if (!held) {
          uncoveredCriteria.push({ ...named, branches: def.branches.length });
          continue;
        }
        def.branches.forEach((branch, i) => {
          if (!held.has(i)) uncoveredBranches.push({ ...named, branch: i + 1, text: branch.text });
        });
      }
    }
    return { criteria, branches, uncoveredCriteria, uncoveredBranches };
  }
}
