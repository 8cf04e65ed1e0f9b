/**
 * `var`, `missing` and `missing_some`, the operations that read the data. Semantics of
 * json-logic-js 2.0.5 (dotted paths, numeric indexes, a default for missing values, `""` or no
 * path for the whole data in scope), read safely (../safe-var.ts), except that `$form.…` and
 * `$computed.…` read the root also inside rows (`isRootPath`). Every read spends one unit of
 * work, and reading a list or an object its written-out size, so that a value doubling per step
 * runs out of budget.
 */
import { remainingWork, spendWork } from "../budget.js";
import { isRootPath, readPath, readSegments, writtenSize } from "../safe-var.js";
import type { CompileOperation } from "../types.js";
import { valuesOf } from "./eager.js";

/** What `var` gives for a value read (undefined when missing). */
function found(value: unknown, fallback: unknown): unknown {
  if (value === undefined) return fallback === undefined ? null : fallback;
  if (typeof value === "object" && value !== null) spendWork(writtenSize(value, Math.max(remainingWork(), 0)));
  return value;
}

const isWholeData = (path: unknown): path is undefined | null | "" => path === undefined || path === null || path === "";

/** `var` with a path known only at run time. */
/** The whole data in scope, as it is: json-logic-js uses no default for it, and gives undefined for an undefined row. */
function wholeData(data: unknown): unknown {
  if (typeof data === "object" && data !== null) spendWork(writtenSize(data, Math.max(remainingWork(), 0)));
  return data;
}

export function readVar(data: unknown, root: unknown, path: unknown, fallback: unknown): unknown {
  spendWork(1);
  if (isWholeData(path)) return wholeData(data);
  const text = typeof path === "number" ? path : String(path);
  return found(readPath(typeof text === "string" && isRootPath(text) ? root : data, text), fallback);
}

const compileVar: CompileOperation = (args, constantOf) => {
  const [pathArg, fallbackArg] = args;
  const path = pathArg === undefined ? { value: undefined } : constantOf(pathArg);
  const fallback = fallbackArg === undefined ? { value: undefined } : constantOf(fallbackArg);
  // A computed path or default, or more arguments than two (evaluated all the same): at run time.
  if (!path || !fallback || args.length > 2) {
    return (data, root) => {
      const [value, otherwise] = valuesOf(args, data, root);
      return readVar(data, root, value, otherwise);
    };
  }
  const otherwise = fallback.value;
  if (isWholeData(path.value)) {
    return (data) => {
      spendWork(1);
      return wholeData(data);
    };
  }
  const text = String(path.value);
  const segments = text.split(".");
  if (typeof path.value === "string" && isRootPath(text)) {
    return (_data, root) => {
      spendWork(1);
      return found(readSegments(root, segments), otherwise);
    };
  }
  return (data) => {
    spendWork(1);
    return found(readSegments(data, segments), otherwise);
  };
};

/**
 * The keys, of those given, whose value is missing, null or "". Each is read as `{"var": key}`,
 * so a key that is a list stands for the arguments of `var`, a path and its default.
 */
function missingKeys(data: unknown, root: unknown, keys: ArrayLike<unknown>): unknown[] {
  const missing: unknown[] = [];
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index];
    const value = Array.isArray(key) ? readVar(data, root, key[0], key[1]) : readVar(data, root, key, undefined);
    if (value === null || value === "") missing.push(key);
  }
  return missing;
}

const compileMissing: CompileOperation = (args) => (data, root) => {
  const values = valuesOf(args, data, root);
  return missingKeys(data, root, Array.isArray(values[0]) ? (values[0] as unknown[]) : values);
};

/**
 * json-logic-js applies `{"missing": options}`, so that an item of `options` that is an object
 * with one key is run as a rule: here it is a key like any other, and fails as an object key
 * does (such an item can only come from the data, and data is never run as a rule: docs/rules.md).
 */
const compileMissingSome: CompileOperation = (args) => (data, root) => {
  const [need, options] = valuesOf(args, data, root);
  const keys = Array.isArray(options) ? (options as unknown[]) : [options];
  const missing = missingKeys(data, root, Array.isArray(keys[0]) ? (keys[0] as unknown[]) : keys);
  // As json-logic-js: `options.length` of whatever `options` is (null fails, as there).
  const given = (options as { readonly length?: unknown }).length as number;
  return given - missing.length >= (need as number) ? [] : missing;
};

export const dataOperations: Readonly<Record<string, CompileOperation>> = {
  var: compileVar,
  missing: compileMissing,
  missing_some: compileMissingSome,
};
