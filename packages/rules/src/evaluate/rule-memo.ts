/**
 * What each rule gave in the previous evaluation, reused while nothing it reads has changed: the
 * values at its constant `var` / `missing` paths are the same objects (or equal primitives) as
 * then. Unchanged data keeps its identity when the caller replaces what it changes rather than
 * changing it in place (./part-views.ts);
 * a rule whose paths are computed at run time, or that reads the whole context, always runs.
 */
import { readPath, type PreparedRule } from "../logic/index.js";
import type { Context } from "./context.js";

export interface RuleMemo {
  /** The remembered value, when the rule reads what it read then and `maxWork` is the same. */
  recall(rule: PreparedRule, context: Context, maxWork: number): { readonly value: unknown } | undefined;
  remember(rule: PreparedRule, context: Context, maxWork: number, value: unknown): void;
}

/** For evaluations that share nothing: every rule runs. */
export const NO_MEMO: RuleMemo = { recall: () => undefined, remember: () => undefined };

interface Remembered {
  readonly inputs: readonly unknown[];
  readonly maxWork: number;
  readonly value: unknown;
}

export function createRuleMemo(): RuleMemo {
  const remembered = new Map<PreparedRule, Remembered>();
  return {
    recall(rule, context, maxWork) {
      const entry = remembered.get(rule);
      if (!entry || entry.maxWork !== maxWork) return undefined;
      const paths = rule.analysis.reads;
      for (let i = 0; i < paths.length; i += 1) {
        if (!Object.is(readPath(context, paths[i] as string), entry.inputs[i])) return undefined;
      }
      return entry;
    },
    remember(rule, context, maxWork, value) {
      if (rule.analysis.dynamicReads) return;
      remembered.set(rule, { inputs: rule.analysis.reads.map((path) => readPath(context, path)), maxWork, value });
    },
  };
}
