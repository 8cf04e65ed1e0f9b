/** A cheap bound on the size of parsed input, measured before any schema runs over it. */

export interface InputLimits {
  /** Largest submission, in bytes of its JSON text. */
  readonly maxBytes: number;
  /** Deepest nesting of objects and arrays. */
  readonly maxDepth: number;
}

export const DEFAULT_INPUT_LIMITS: InputLimits = { maxBytes: 4 * 1024 * 1024, maxDepth: 64 };

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
  const bound = walk(data, limits, (text) => text.length * 3 + 2);
  if (bound !== "size") return bound;
  return walk(data, limits, (text, budget) => utf8Length(text, budget));
}

function walk(data: unknown, limits: InputLimits, textBytes: (text: string, budget: number) => number): "size" | "depth" | undefined {
  let bytes = 0;
  const values: unknown[] = [data];
  const depths: number[] = [0];
  while (values.length > 0) {
    const value = values.pop();
    const depth = depths.pop() as number;
    if (typeof value === "string") bytes += textBytes(value, limits.maxBytes - bytes);
    else if (typeof value === "object" && value !== null) {
      if (depth >= limits.maxDepth) return "depth";
      bytes += 2;
      if (Array.isArray(value)) {
        for (const item of value as unknown[]) {
          values.push(item);
          depths.push(depth + 1);
        }
      } else {
        for (const key of Object.keys(value)) {
          bytes += textBytes(key, limits.maxBytes - bytes) + 2;
          values.push((value as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    } else bytes += 8;
    if (bytes > limits.maxBytes) return "size";
  }
  return undefined;
}
