/**
 * Regular expressions of a form that could backtrack catastrophically: `"pattern": "^(a+)+$"`
 * takes seconds on 30 characters and doubles with each more, and `<cluster-form>` validates on
 * every key press. redos-detector decides it: it follows every way the engine could match and
 * counts the backtracking, so it understands bounded repetition (`[0-9]{2,3}` inside an optional
 * group, as phone-number patterns have) that a star-height heuristic such as safe-regex2 refuses,
 * and it catches overlapping alternatives (`(a|a)*`) and polynomial patterns (`a*a*b`) that such
 * a heuristic lets through. It runs in Node and in the browser, without native code.
 */
import { isSafe } from "redos-detector";
import { definitionCheckMessage } from "../locales/definition-checks.js";
import { formatPointer } from "../model/pointer.js";
import { forEachSubschema } from "../schema-walk.js";
import { isRecord } from "../model/record.js";
import type { LocalizedMessage } from "../types.js";

/**
 * The checker's steps for one pattern: what decides, the same on any machine. The phone-number
 * patterns of the forms here need about 2,500; a pattern not shown safe within this is refused.
 */
export const PATTERN_CHECK_STEPS = 5_000;
/** A safety net in time, far above what the steps take (under a second on a loaded machine), for one pattern. */
export const PATTERN_CHECK_TIMEOUT_MS = 10_000;
/** And for all the patterns of one form together, so that a form of many patterns cannot hang a load. */
export const PATTERN_CHECK_BUDGET_MS = 30_000;

type Verdict = "safe" | "unsafe" | "undecided" | "invalid";

/** Verdicts by pattern: forms share patterns, and a page loads its form again. Bounded, as any cache of input. */
const verdicts = new Map<string, Verdict>();
const CACHE_LIMIT = 1_000;

function verdictOf(pattern: string, timeout: number): Verdict {
  const known = verdicts.get(pattern);
  if (known) return known;
  let regex: RegExp;
  try {
    // Ajv compiles patterns with the `u` flag: check what it runs.
    regex = new RegExp(pattern, "u");
  } catch {
    // The meta-schema (`format: regex`) reports it, and Ajv refuses to compile it.
    return "invalid";
  }
  const result = isSafe(regex, { maxSteps: PATTERN_CHECK_STEPS, timeout });
  const verdict: Verdict = result.safe ? "safe" : result.error === "timedOut" || result.error === "hitMaxSteps" ? "undecided" : "unsafe";
  if (verdicts.size >= CACHE_LIMIT) verdicts.clear();
  if (verdict !== "undecided") verdicts.set(pattern, verdict);
  return verdict;
}

export interface UnsafePattern {
  /** Pointer of the `pattern` keyword, or of the `patternProperties` key. */
  readonly pointer: string;
  readonly code: "schema-pattern-unsafe" | "schema-pattern-unproven";
  readonly message: LocalizedMessage;
}

/** What is left of a form's time for checking patterns, shared by all its files. */
export interface PatternBudget {
  remainingMs: number;
}

export const patternBudget = (): PatternBudget => ({ remainingMs: PATTERN_CHECK_BUDGET_MS });

function judge(pattern: string, pointer: string, budget: PatternBudget): UnsafePattern | undefined {
  const started = Date.now();
  const verdict = budget.remainingMs > 0 ? verdictOf(pattern, Math.min(PATTERN_CHECK_TIMEOUT_MS, budget.remainingMs)) : "undecided";
  budget.remainingMs -= Date.now() - started;
  if (verdict === "unsafe") return { pointer, code: "schema-pattern-unsafe", message: definitionCheckMessage("patternUnsafe", { pattern }) };
  if (verdict === "undecided") {
    return { pointer, code: "schema-pattern-unproven", message: definitionCheckMessage("patternUnproven", { pattern, steps: PATTERN_CHECK_STEPS }) };
  }
  return undefined;
}

/** Every `pattern` and `patternProperties` key of a data schema that is not shown safe. */
export function unsafePatterns(schema: unknown, budget: PatternBudget = patternBudget()): UnsafePattern[] {
  const found: UnsafePattern[] = [];
  forEachSubschema(schema, (node, pointer) => {
    const pattern = node["pattern"];
    if (typeof pattern === "string") {
      const unsafe = judge(pattern, `${pointer}/pattern`, budget);
      if (unsafe) found.push(unsafe);
    }
    const named = node["patternProperties"];
    if (isRecord(named)) {
      for (const key of Object.keys(named)) {
        const unsafe = judge(key, pointer + formatPointer(["patternProperties", key]), budget);
        if (unsafe) found.push(unsafe);
      }
    }
  });
  return found;
}
