/** A cheap bound on the size of parsed input, measured before any schema runs over it. */

export interface InputLimits {
  /** Largest submission, in bytes of its JSON text. */
  readonly maxBytes: number;
  /** Deepest nesting of objects and arrays. */
  readonly maxDepth: number;
}

/** Deeper nesting than any form's data: a submission past it is refused whole. */
export const MAX_SUBMISSION_DEPTH = 64;

/** A submission of a form with a text or list without bound: room for every attachment of the repository's forms. */
export const UNBOUNDED_FORM_SUBMISSION_BYTES = 64 * 2 ** 20;

/** What a value adds to its JSON text, besides its text: an object or array's brackets, a key's colon and comma, a scalar (at most). */
export const BRACKETS = 2;
export const KEY_PUNCTUATION = 2;
export const SCALAR = 8;

/** A string's JSON text at three bytes a code unit (the most UTF-8 needs), with its quotes. */
export const textBound = (text: string): number => text.length * 3 + 2;

function utf8Length(text: string, budget: number): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= budget; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes + 2;
}

/**
 * `size` when the input exceeds maxBytes (an estimate of its JSON text), `depth` when it nests too deep, else undefined.
 * Runs once per validation over the whole submission, so it walks with two parallel stacks and
 * plain own keys instead of allocating an entry object per value. Text is first counted at three
 * bytes a code unit, the most UTF-8 needs; only input that may be too large is measured exactly.
 */
export function exceedsLimits(data: unknown, limits: InputLimits): "size" | "depth" | undefined {
  const verdict = (measure: number | "depth"): "size" | "depth" | undefined => (measure === "depth" ? measure : measure > limits.maxBytes ? "size" : undefined);
  const bound = verdict(boundOf(data, limits));
  if (bound !== "size") return bound;
  return verdict(walk(data, limits, (text, budget) => utf8Length(text, budget)));
}

/**
 * The first, cheap measure of `exceedsLimits` (text at three bytes a code unit), over every
 * submission validated: plain recursion on own keys, no stacks or callbacks. "depth" when the
 * data nests past `limits.maxDepth`; stops once past `limits.maxBytes`.
 */
function boundOf(data: unknown, limits: InputLimits): number | "depth" {
  // Recursion as deep as the data may nest: past a sane depth limit, the walk with its own stack.
  if (!(limits.maxDepth <= MAX_RECURSIVE_DEPTH)) return walk(data, limits, textBound);
  if (typeof data === "string") return textBound(data);
  if (typeof data !== "object" || data === null) return SCALAR;
  const bytes = boundFrom(data, 0, 0, limits.maxDepth, limits.maxBytes, !inheritsEnumerable(Object.prototype));
  return bytes < 0 ? "depth" : bytes;
}

/** Whether `for…in` over an object made by `proto` would list a key of `proto`'s (a polluted Object.prototype). */
function inheritsEnumerable(proto: object): boolean {
  for (const _key in proto) return true;
  return false;
}

const MAX_RECURSIVE_DEPTH = 1000;

/**
 * `bytes` plus the bound of the object or array `value` at `depth`; -1 once something nests past
 * `maxDepth`. Its text and scalar members are measured in the loop, without a call each (most
 * members of a submission are), and objects are walked with `for…in`, which reads each value
 * through the engine's enumeration cache rather than by name on objects of every shape.
 * `plainEnumeratesOwn`: Object.prototype has nothing enumerable, so that `for…in` over an object
 * made by JSON.parse or a literal lists its own keys, as Object.keys does, in the same order.
 */
function boundFrom(value: object, bytes: number, depth: number, maxDepth: number, maxBytes: number, plainEnumeratesOwn: boolean): number {
  if (depth >= maxDepth) return -1;
  const array = Array.isArray(value);
  const proto: unknown = array ? undefined : Object.getPrototypeOf(value);
  // Any other object: its own enumerable keys, values and order, in an object that `for…in` lists them from.
  if (!array && proto !== null && !(proto === Object.prototype && plainEnumeratesOwn)) {
    return boundFrom(Object.assign(Object.create(null) as object, value), bytes, depth, maxDepth, maxBytes, plainEnumeratesOwn);
  }
  let total = bytes + BRACKETS;
  if (array) {
    for (let i = 0; i < value.length && total <= maxBytes; i += 1) {
      const item: unknown = value[i];
      if (typeof item === "string") total += textBound(item);
      else if (typeof item !== "object" || item === null) total += SCALAR;
      else if ((total = boundFrom(item, total, depth + 1, maxDepth, maxBytes, plainEnumeratesOwn)) < 0) return -1;
    }
    return total;
  }
  for (const key in value) {
    if (total > maxBytes) break;
    const item: unknown = (value as Record<string, unknown>)[key];
    total += key.length * 3 + 2 + KEY_PUNCTUATION;
    if (typeof item === "string") total += textBound(item);
    else if (typeof item !== "object" || item === null) total += SCALAR;
    else if ((total = boundFrom(item, total, depth + 1, maxDepth, maxBytes, plainEnumeratesOwn)) < 0) return -1;
  }
  return total;
}

/** A value's size as `exceedsLimits` first bounds it (text at three bytes a code unit): what a form's fixed values weigh. */
export const jsonBound = (value: unknown): number => walk(value, { maxBytes: Number.POSITIVE_INFINITY, maxDepth: Number.POSITIVE_INFINITY }, textBound) as number;

/** The measure of `data`, or as far as it got past `limits.maxBytes`; `depth` when it nests past `limits.maxDepth`. */
function walk(data: unknown, limits: InputLimits, textBytes: (text: string, budget: number) => number): number | "depth" {
  let bytes = 0;
  const values: unknown[] = [data];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (typeof value === "string") bytes += textBytes(value, limits.maxBytes - bytes);
    else if (typeof value === "object" && value !== null) {
      if (depth >= limits.maxDepth) return "depth";
      bytes += BRACKETS;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) {
          values.push(item);
          depths.push(depth + 1);
        }
      } else {
        for (const key of Object.keys(value)) {
          bytes += textBytes(key, limits.maxBytes - bytes) + KEY_PUNCTUATION;
          values.push((value as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    } else bytes += SCALAR;
    if (bytes > limits.maxBytes) return bytes;
  }
  return bytes;
}

/** An object's JSON size as `exceedsLimits`' first pass bounds it, and its nesting. */
interface Measure {
  readonly bound: number;
  readonly height: number;
}

/**
 * `exceedsLimits` for a validator that sees the same objects again (an incremental one: objects are
 * replaced, never changed in place): each object's measure is remembered, so a change costs the
 * objects on its path. Only input that may be too large or too deep is walked again, exactly.
 */
export function rememberingLimits(limits: InputLimits): (data: unknown) => "size" | "depth" | undefined {
  const kept = new WeakMap<object, Measure>();
  // Past this, the exact walk decides; the measure stops going deeper, so recursion stays shallow.
  const TOO_DEEP: Measure = { bound: 0, height: Number.POSITIVE_INFINITY };
  const measure = (value: unknown, depth: number): Measure => {
    if (typeof value === "string") return { bound: textBound(value), height: 0 };
    if (typeof value !== "object" || value === null) return { bound: SCALAR, height: 0 };
    const known = kept.get(value);
    if (known) return known;
    if (depth >= limits.maxDepth) return TOO_DEEP;
    let bound = BRACKETS;
    let height = 0;
    if (Array.isArray(value)) {
      for (const item of value as unknown[]) {
        const inner = measure(item, depth + 1);
        bound += inner.bound;
        height = Math.max(height, inner.height);
      }
    } else {
      for (const key of Object.keys(value)) {
        const inner = measure((value as Record<string, unknown>)[key], depth + 1);
        bound += textBound(key) + KEY_PUNCTUATION + inner.bound;
        height = Math.max(height, inner.height);
      }
    }
    const own = { bound, height: height + 1 };
    if (own.height !== Number.POSITIVE_INFINITY) kept.set(value, own);
    return own;
  };
  return (data) => {
    const { bound, height } = measure(data, 0);
    return bound > limits.maxBytes || height > limits.maxDepth ? exceedsLimits(data, limits) : undefined;
  };
}
