/** `--fail-on veto,invalid,incomplete`: which outcomes of scoring end with exit code 1. */
import type { EvaluationResult } from "@cluster-form/rules";
import { UsageError } from "./errors.js";
import { cliText } from "./messages.js";
import type { Lang } from "./types.js";

export type FailCondition = "invalid" | "veto" | "incomplete";
export type FailOn = ReadonlySet<FailCondition>;

const CONDITIONS: readonly FailCondition[] = ["invalid", "veto", "incomplete"];
const NONE = "none";
/** Without --fail-on: an invalid submission fails, as it always has. */
const DEFAULT: FailOn = new Set<FailCondition>(["invalid"]);

export function parseFailOn(value: unknown, lang: Lang): FailOn {
  if (typeof value !== "string") return DEFAULT;
  const items = value.split(",").map((s) => s.trim()).filter((s) => s !== "");
  if (items.length === 1 && items[0] === NONE) return new Set();
  const out = new Set<FailCondition>();
  for (const item of items) {
    const condition = CONDITIONS.find((c) => c === item);
    if (!condition) throw new UsageError(cliText(lang).badChoice("fail-on", item, [...CONDITIONS, NONE]));
    out.add(condition);
  }
  if (out.size === 0) throw new UsageError(cliText(lang).badChoice("fail-on", value, [...CONDITIONS, NONE]));
  return out;
}

/** The first condition asked for that the result meets, in the order invalid, veto, incomplete. */
export function failureOf(result: EvaluationResult, failOn: FailOn): FailCondition | undefined {
  if (failOn.has("invalid") && !result.valid) return "invalid";
  if (failOn.has("veto") && result.veto.vetoed) return "veto";
  if (failOn.has("incomplete") && result.completeness.percent < 100) return "incomplete";
  return undefined;
}
