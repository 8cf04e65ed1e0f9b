/** The shape of a custom JSON-Logic operation: one module per operation, gathered in ./index.ts. */
import type { JsonLogic } from "@cluster-form/schema";

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
}
