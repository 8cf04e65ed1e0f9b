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

/** `size` when the input exceeds maxBytes (an estimate of its JSON text), `depth` when it nests too deep, else undefined. */
export function exceedsLimits(data: unknown, limits: InputLimits): "size" | "depth" | undefined {
  let bytes = 0;
  const stack: { value: unknown; depth: number }[] = [{ value: data, depth: 0 }];
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (typeof value === "string") bytes += utf8Length(value, limits.maxBytes - bytes);
    else if (typeof value === "object" && value !== null) {
      if (depth >= limits.maxDepth) return "depth";
      bytes += 2;
      const entries = Array.isArray(value) ? value : Object.entries(value);
      for (const entry of entries) {
        if (Array.isArray(value)) stack.push({ value: entry, depth: depth + 1 });
        else {
          const [key, item] = entry as [string, unknown];
          bytes += utf8Length(key, limits.maxBytes - bytes) + 2;
          stack.push({ value: item, depth: depth + 1 });
        }
      }
    } else bytes += 8;
    if (bytes > limits.maxBytes) return "size";
  }
  return undefined;
}
