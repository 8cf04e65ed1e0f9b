/**
 * The run-time side of the work budget. Rules run synchronously and one at a time, so one
 * module-level meter is enough: `runMetered` arms it around one application, and every `var`,
 * custom operation and loop (a unit per item) spends from it. The static estimate (see
 * ./apply-rule.ts) refuses rules too large for the budget before they run, and rules looping over
 * data whose rows were counted beforehand (`applyRule`); the meter stops the rest while they run.
 */

class OverBudget extends Error {
  constructor(readonly max: number) {
    super(`over the work budget of ${max}`);
  }
}

let remaining = Number.POSITIVE_INFINITY;
let armedMax = Number.POSITIVE_INFINITY;

export function spendWork(units: number): void {
  remaining -= units;
  if (remaining < 0) throw new OverBudget(armedMax);
}

/** The work left in the armed meter. */
export const remainingWork = (): number => remaining;

export const isOverBudget = (error: unknown): error is OverBudget => error instanceof OverBudget;

/** Apply a compiled rule to `data` (also its root) with `max` units of work; the previous meter is restored afterwards (re-entrancy). */
export function runMetered(max: number, rule: (data: unknown, root: unknown) => unknown, data: unknown): unknown {
  const savedRemaining = remaining;
  const savedMax = armedMax;
  remaining = max;
  armedMax = max;
  try {
    return rule(data, data);
  } finally {
    remaining = savedRemaining;
    armedMax = savedMax;
  }
}
