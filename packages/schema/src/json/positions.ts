/** Offsets in a text to 1-based line and column (UTF-16 code units, as editors count them). */

const lineStartCache = new Map<string, readonly number[]>();
const CACHE_LIMIT = 256;

function lineStarts(text: string): readonly number[] {
  const cached = lineStartCache.get(text);
  if (cached) return cached;
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) starts.push(i + 1);
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
  }
  if (lineStartCache.size >= CACHE_LIMIT) lineStartCache.clear();
  lineStartCache.set(text, starts);
  return starts;
}

export function positionAt(text: string, offset: number): { line: number; column: number } {
  const starts = lineStarts(text);
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((starts[mid] ?? 0) <= offset) low = mid;
    else high = mid - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}
