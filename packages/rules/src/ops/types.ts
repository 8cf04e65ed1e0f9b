/**
 * The definition of one JSON-Logic operation: everything the evaluator and the type check of lint
 * know about it, in one object (one module per operation, gathered in ./index.ts), with its docs
 * and examples beside it in the same module.
 */
import type { JsonLogic } from "@cluster-form/schema";
import type { ValueType } from "../form-json/schema-nav.js";
import type { CompileOperation, Compiled } from "../logic/types.js";

export type { ValueType };

/** The kinds an argument may be, or "any". */
export type ArgumentKinds = readonly ValueType[] | "any";

/** How many arguments an operation takes and of what kinds, for lint's type check. */
export interface ArgumentSignature {
  readonly min: number;
  readonly max: number;
  /** The kinds of each argument; the last entry applies to the rest. */
  readonly kinds: readonly ArgumentKinds[];
}

/**
 * What an operation gives, for lint's type check: always the same kinds, or worked out from its
 * arguments — `read`: what the path reads (var); `either`: one of its arguments (and, or);
 * `branch`: one of its branches (if); `rows`: the rows of its list that are kept (filter);
 * `mapped`: a list of what its per-item rule gives (map); `merged`: a list (merge);
 * `reduced`: its initial value or what its per-item rule gives (reduce).
 */
export type ResultType = readonly ValueType[] | "read" | "either" | "branch" | "rows" | "mapped" | "merged" | "reduced";

/**
 * An operation that runs one of its arguments once per item of the list its first argument gives:
 * `var` there reads the item (`item`) or `current` and `accumulator` (`reduce`, whose accumulator
 * starts at the third argument).
 */
export interface Scoping {
  /** The argument run once per item. */
  readonly perItem: number;
  readonly reads: "item" | "reduce";
}

/** `[rule, data, expected]`: applying `rule` to `data` gives `expected`. */
export type OperationExample = readonly [rule: JsonLogic, data: unknown, expected: unknown];

/** Compiles an operation node from its compiled arguments; undefined leaves it to `fn`. */
export type CompileStep = (args: readonly Compiled[], constantOf: (arg: Compiled) => { readonly value: unknown } | undefined) => Compiled | undefined;

interface OperationBase {
  /** The operation's key in a rule (`{"count": …}`). */
  readonly name: string;
  /** `standard`: json-logic-js 2.0.5's (which is its reference, in the tests); `custom`: agreed for forms. */
  readonly family: "standard" | "custom";
  /** What lint's type check holds its arguments to; left out when any number of any kind is fine. */
  readonly arguments?: ArgumentSignature;
  /**
   * What it gives. Kinds without `array` and `object` also tell the compiler that its value needs
   * no measuring for the work budget (../logic/known-sizes.ts): they must hold for every input.
   */
  readonly result: ResultType;
  /** Set when an argument runs once per item of a list (filter, map, …). */
  readonly scoping?: Scoping;
  /** Its arguments are paths into the data (and defaults), not rules: var, missing, missing_some. */
  readonly readsPaths?: true;
  /** The argument that names a key of each row of the first argument's list (sumOf's key), for lint's path check. */
  readonly rowKey?: number;
  /** Lint compares the kinds of its first two arguments: ordering or equality. */
  readonly comparison?: "order" | "equality";
  /**
   * How an explanation shows a comparison of a field with a constant (`rate 45% ≥ 40%`): its
   * symbol, and the operation that says the same with its arguments swapped (`40 <= rate` is `rate >= 40`).
   */
  readonly shown?: { readonly symbol: string; readonly mirrored: string };
}

/**
 * How an operation is written and what it does, with worked examples: exported as `docs` beside
 * its definition in the same module, for docs/rules.md and the tests (which gather every
 * ops/*.ts module), and apart from it so that the bundles that run rules carry no prose.
 */
export interface OperationDocs {
  readonly operation: OperationDef;
  /** How it is written. */
  readonly signature: string;
  /** What it does, in one or two sentences. */
  readonly summary: string;
  /** Worked examples, shown in docs/rules.md and checked by the tests. */
  readonly examples: readonly OperationExample[];
}

/**
 * An operation is run by a function of its evaluated arguments (`fn`, one unit of work per call,
 * see ../logic/budget.ts), or by a compile step that builds the node's closure once (for what must
 * not evaluate every argument, such as `if`, or work worth doing once, such as splitting a key), or
 * by both: the compile step then handles the cases it can and leaves the rest to `fn` by giving
 * undefined. Either must never throw on odd input where json-logic-js does not, and must give a
 * JSON value; a compile step evaluates every argument json-logic-js evaluates.
 */
export type OperationDef = OperationBase &
  (
    | { readonly fn: (...args: unknown[]) => unknown; readonly compile?: CompileStep }
    | { readonly fn?: undefined; readonly compile: CompileOperation }
  );
