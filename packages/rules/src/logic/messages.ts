/** Messages of rule problems, from the locale catalog. */
import type { LocalizedMessage } from "@cluster-form/schema";
import { say } from "../locales/evaluation.js";
import type { RuleProblemCode } from "./types.js";

interface ProblemContext {
  readonly pointer: string;
  readonly operation: string | undefined;
  readonly limits: { readonly maxRuleDepth: number; readonly maxRuleNodes: number };
}

export function ruleProblemMessage(code: RuleProblemCode, { pointer, operation, limits }: ProblemContext): LocalizedMessage {
  switch (code) {
    case "rule.unknownOperation":
      return say(code, { operation: operation ?? "", pointer });
    case "rule.refusedOperation":
      return say(code, { operation: operation ?? "", pointer });
    case "rule.tooDeep":
      return say(code, { pointer, max: limits.maxRuleDepth });
    case "rule.tooLarge":
      return say(code, { max: limits.maxRuleNodes });
    case "rule.notJson":
      return say(code, { pointer });
  }
}
