/**
 * Compiling a checked rule once into a tree of closures (no eval, no `new Function`): each node
 * becomes a function of the data in scope, with its operation chosen and its arguments compiled
 * when the rule is prepared, so that applying it never looks at operation names or object keys
 * again. Semantics are json-logic-js 2.0.5's, which the tests hold it to (the JSON Logic suite and
 * a differential property test); docs/rules.md lists the few places where the two differ on purpose.
 */
import { operationDefinitions, type OperationDef } from "../ops/index.js";
import { spendWork } from "./budget.js";
import { itemSizeOf, noteKnownSize } from "./known-sizes.js";
import { writtenSize } from "./safe-var.js";
import type { CompileOperation, Compiled } from "./types.js";

/** An operation run by its `fn`: called on the values of all arguments, one unit of work per call. */
export function compileCall(fn: (...values: unknown[]) => unknown): CompileOperation {
  return (args) => {
    const [a, b, c] = args as Compiled[];
    switch (args.length) {
      case 0:
        return () => (spendWork(1), fn());
      case 1:
        return (data, root) => {
          const x = (a as Compiled)(data, root);
          spendWork(1);
          return fn(x);
        };
      case 2:
        return (data, root) => {
          const x = (a as Compiled)(data, root);
          const y = (b as Compiled)(data, root);
          spendWork(1);
          return fn(x, y);
        };
      case 3:
        return (data, root) => {
          const x = (a as Compiled)(data, root);
          const y = (b as Compiled)(data, root);
          const z = (c as Compiled)(data, root);
          spendWork(1);
          return fn(x, y, z);
        };
      default:
        return (data, root) => {
          const values = args.map((arg) => arg(data, root));
          spendWork(1);
          return fn(...values);
        };
    }
  };
}

/** How one operation is compiled: its compile step, with its `fn` for what the step leaves to it. */
function compilerOf(op: OperationDef): CompileOperation {
  const { fn, compile } = op;
  if (!fn) return compile;
  const call = compileCall(fn);
  return compile ? (args, constantOf) => compile(args, constantOf) ?? call(args, constantOf) : call;
}

/** Whether an operation's own closure never gives a list or an object, by the result types it declares. */
const givesNoListOrObject = (op: OperationDef): boolean => Array.isArray(op.result) && !op.result.includes("array") && !op.result.includes("object");

interface Compiler {
  readonly compile: CompileOperation;
  readonly scalar: boolean;
}

/** Every operation a checked rule may use, compiled; looked up by own property only. */
const compilers: Readonly<Record<string, Compiler>> = (() => {
  const table = Object.create(null) as Record<string, Compiler>;
  for (const op of operationDefinitions) table[op.name] = { compile: compilerOf(op), scalar: givesNoListOrObject(op) };
  return Object.freeze(table);
})();

/** Whether an operation has a compiled form (every allowed one has: see the tests). */
export const isCompiled = (name: string): boolean => Object.hasOwn(compilers, name);

/** Values written into the rule, by the closure that gives them. */
const constants = new WeakMap<Compiled, { readonly value: unknown }>();
const constantOf = (compiled: Compiled): { readonly value: unknown } | undefined => constants.get(compiled);

function constant(value: unknown): Compiled {
  const compiled: Compiled = () => value;
  constants.set(compiled, { value });
  // The rule is a frozen copy: an object written in it keeps its size.
  noteKnownSize(compiled, typeof value === "object" && value !== null ? writtenSize(value, Number.POSITIVE_INFINITY) : 0);
  return compiled;
}

/** A list written in the rule, built anew on every application; its size is known when every item's is. */
function literalList(items: readonly Compiled[]): Compiled {
  const compiled: Compiled = (data, root) => {
    const list = new Array<unknown>(items.length);
    for (let index = 0; index < items.length; index += 1) list[index] = (items[index] as Compiled)(data, root);
    return list;
  };
  let size = 1;
  for (const item of items) size += itemSizeOf(item) ?? Number.NaN;
  if (!Number.isNaN(size)) noteKnownSize(compiled, size);
  return compiled;
}

/**
 * Compile a rule that passed the check (`analyseRule`: allowed operations only, plain JSON of
 * bounded depth, so the recursion here is bounded too). Lists are built anew on every
 * application, as json-logic-js does; objects that are not an operation are given back as
 * they are written in the rule (the rule is a frozen copy).
 */
export function compileRule(rule: unknown): Compiled {
  if (rule === null || typeof rule !== "object") return constant(rule);
  if (Array.isArray(rule)) return literalList(rule.map(compileRule));
  const keys = Object.keys(rule);
  if (keys.length !== 1) return constant(rule);
  const name = keys[0] as string;
  const values: unknown = (rule as Record<string, unknown>)[name];
  const compiler = Object.hasOwn(compilers, name) ? compilers[name] : undefined;
  if (!compiler) throw new Error(`no compiled form of the operation ${JSON.stringify(name)}`);
  // The JSON-Logic reading of arguments: a single one stands for a list of one.
  const args = (Array.isArray(values) ? values : [values]).map(compileRule);
  const compiled = compiler.compile(args, constantOf);
  // A compile step may give an argument's closure as the node's (`*` of one value is that value): it is not the operation's own.
  if (compiler.scalar && !args.includes(compiled)) noteKnownSize(compiled, 0);
  return compiled;
}
