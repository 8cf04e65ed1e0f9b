/** Limits that keep an untrusted rule, or untrusted data, from exhausting the evaluator. */
import type { EvaluationLimits } from "../types.js";

export const DEFAULT_LIMITS: EvaluationLimits = Object.freeze({
  maxRuleDepth: 48,
  maxRuleNodes: 10_000,
  maxWork: 2_000_000,
});

/** Missing or nonsensical entries fall back to the defaults. */
export function resolveLimits(limits?: Partial<EvaluationLimits>): EvaluationLimits {
  const pick = (key: keyof EvaluationLimits): number => {
    const value = limits?.[key];
    return typeof value === "number" && value > 0 ? value : DEFAULT_LIMITS[key];
  };
  return { maxRuleDepth: pick("maxRuleDepth"), maxRuleNodes: pick("maxRuleNodes"), maxWork: pick("maxWork") };
}
