/** Shapes of the safe JSON-Logic layer. */
import type { LocalizedMessage } from "@cluster-form/schema";

export type RuleProblemCode =
  | "rule.unknownOperation"
  | "rule.refusedOperation"
  | "rule.tooDeep"
  | "rule.tooLarge"
  | "rule.notJson";

/** Why a rule is refused before it runs. */
export interface RuleProblem {
  readonly code: RuleProblemCode;
  /** JSON pointer of the offending node inside the rule (`/and/1/log`). */
  readonly pointer: string;
  readonly operation?: string;
  readonly message: LocalizedMessage;
}

/** What the pre-check learns about a rule. */
export interface RuleAnalysis {
  readonly problems: readonly RuleProblem[];
  readonly depth: number;
  readonly nodes: number;
  /** Nodes by the number of scoping operations around them: `weights[k]` nodes run once per row^k. */
  readonly weights: readonly number[];
  /** Items of array literals in the rule (they can be iterated like rows). */
  readonly literalItems: number;
  /** Constant `var` / `missing` paths read from the top-level context: in row scopes only `$form.…` / `$computed.…`. */
  readonly reads: readonly string[];
  /** The rule computes some `var` path at run time, or reads the whole context: `reads` may be incomplete. */
  readonly dynamicReads: boolean;
}

/** Why applying a rule failed: refused before running, over its work budget, or an error while running. */
export type RuleErrorCode = RuleProblemCode | "rule.overBudget" | "rule.failed";

/**
 * A rule node compiled into a closure: its value for `data`, the data in scope (a row inside
 * `filter`, `map`, …), and `root`, the data the rule was applied to (`$form.…` and `$computed.…`
 * read it, also inside rows).
 */
export type Compiled = (data: unknown, root: unknown) => unknown;

/**
 * How an operation is compiled: from its arguments, each already compiled (a node's value is
 * `args[i](data, root)`), to the closure of the whole node. `constantOf` tells an argument
 * written as a constant in the rule, for work that can be done once (splitting a path, say).
 */
export type CompileOperation = (args: readonly Compiled[], constantOf: (arg: Compiled) => { readonly value: unknown } | undefined) => Compiled;
