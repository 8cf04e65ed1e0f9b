/** The shape of a custom JSON-Logic operation: one module per operation, gathered in ./index.ts. */
import type { JsonLogic } from "@cluster-form/schema";
import type { Compiled } from "../logic/types.js";

/** `[rule, data, expected]`: applying `rule` to `data` gives `expected`. */
export type OperationExample = readonly [rule: JsonLogic, data: unknown, expected: unknown];

export interface OperationDef {
  /** The operation's key in a rule (`{"count": …}`). */
  readonly name: string;
  /** How it is written, for the docs. */
  readonly signature: string;
  /** What it does, in one or two sentences. */
  readonly summary: string;
  /** Worked examples, shown in docs/rules.md and checked by the tests. */
  readonly examples: readonly OperationExample[];
  /** Receives the evaluated arguments; must return a JSON value and never throw on odd input. */
  readonly fn: (...args: unknown[]) => unknown;
  /**
   * Its compiled form, when it can do better than calling `fn` on the evaluated arguments (work
   * done once, when the rule is prepared): from the compiled arguments to the node's closure, or
   * undefined for a plain call of `fn`. Must give what `fn` gives, evaluate every argument and
   * spend one unit of work per call (see ../logic/budget.ts).
   */
  readonly compile?: (args: readonly Compiled[], constantOf: (arg: Compiled) => { readonly value: unknown } | undefined) => Compiled | undefined;
}
