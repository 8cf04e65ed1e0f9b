import type { JsonLogic, RuleShape } from "../types.js";

/** The rule as a shape the structured editors know, or null (then the raw editor): `toRule(recognize(r))` deep-equals `r`. */
export function recognize(rule: JsonLogic): RuleShape | null {
  void rule;
  return null;
}

/** The JSON-Logic of a shape. */
export function toRule(shape: RuleShape): JsonLogic {
  return shape;
}
