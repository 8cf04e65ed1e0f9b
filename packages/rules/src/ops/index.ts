/**
 * Every operation a rule may use, one definition each (./types.ts): the evaluator compiles from
 * these, and lint's type check and the allow-list are derived from them; each module's `docs`
 * (signature, summary, examples) is read by the docs and the tests, which gather every module. Adding an operation: write its module and add one line to the list below
 * (docs/rules.md, "Adding an operation", walks through one).
 */
import { all } from "./all.js";
import { and } from "./and.js";
import { cat } from "./cat.js";
import { charLength } from "./char-length.js";
import { clamp } from "./clamp.js";
import { count } from "./count.js";
import { divide } from "./divide.js";
import { equal } from "./equal.js";
import { filled } from "./filled.js";
import { filter } from "./filter.js";
import { greaterOrEqual } from "./greater-or-equal.js";
import { greater } from "./greater.js";
import { growth } from "./growth.js";
import { ifOperation } from "./if.js";
import { inOperation } from "./in.js";
import { lessOrEqual } from "./less-or-equal.js";
import { less } from "./less.js";
import { map } from "./map.js";
import { max } from "./max.js";
import { mergeOperation } from "./merge.js";
import { min } from "./min.js";
import { minus } from "./minus.js";
import { missingSome } from "./missing-some.js";
import { missing } from "./missing.js";
import { modulo } from "./modulo.js";
import { none } from "./none.js";
import { notEqual } from "./not-equal.js";
import { notNot } from "./not-not.js";
import { not } from "./not.js";
import { or } from "./or.js";
import { plus } from "./plus.js";
import { reduce } from "./reduce.js";
import { round } from "./round.js";
import { some } from "./some.js";
import { strictEqual } from "./strict-equal.js";
import { strictNotEqual } from "./strict-not-equal.js";
import { substr } from "./substr.js";
import { sumOf } from "./sum-of.js";
import { ternary } from "./ternary.js";
import { times } from "./times.js";
import type { OperationDef } from "./types.js";
import { validIn } from "./valid-in.js";
import { varOperation } from "./var.js";

export type { ArgumentKinds, ArgumentSignature, OperationDef, OperationDocs, OperationExample, ResultType, Scoping, ValueType } from "./types.js";

/** Every allowed operation: json-logic-js 2.0.5's (minus `log` and `method`), then the custom ones, in the order the docs list them. */
export const operationDefinitions: readonly OperationDef[] = Object.freeze([
  varOperation,
  missing,
  missingSome,
  ifOperation,
  ternary,
  equal,
  strictEqual,
  notEqual,
  strictNotEqual,
  not,
  notNot,
  or,
  and,
  greater,
  greaterOrEqual,
  less,
  lessOrEqual,
  max,
  min,
  plus,
  minus,
  times,
  divide,
  modulo,
  map,
  filter,
  reduce,
  all,
  none,
  some,
  mergeOperation,
  inOperation,
  cat,
  substr,
  count,
  sumOf,
  clamp,
  charLength,
  validIn,
  growth,
  round,
  filled,
]);

/** The custom operations agreed for forms (the standard ones are JSON Logic's). */
export const operations: readonly OperationDef[] = Object.freeze(operationDefinitions.filter((op) => op.family === "custom"));

/** Definitions by name, looked up by own property only, so `constructor` or `__proto__` is never taken for one. */
const byName: Readonly<Record<string, OperationDef>> = (() => {
  const table = Object.create(null) as Record<string, OperationDef>;
  for (const op of operationDefinitions) table[op.name] = op;
  return Object.freeze(table);
})();

/** The definition of an allowed operation, or undefined. */
export const operationDefinition = (name: string): OperationDef | undefined => (Object.hasOwn(byName, name) ? byName[name] : undefined);
