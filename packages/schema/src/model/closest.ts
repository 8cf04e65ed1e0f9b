/** "Did you mean …?": the nearest known name to a misspelt one, for form files and rules typed by hand. */

/** Edit distance where swapping two neighbouring letters, the commonest typo, counts as one edit. */
function editDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  const at = (i: number, j: number): number => rows[i]?.[j] ?? 0;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, at(i - 2, j - 2) + 1);
      (rows[i] as number[])[j] = best;
    }
  }
  return at(a.length, b.length);
}

/** Longer names than this are not compared: a typo is a short slip, and the work stays small on hostile input. */
const MAX_COMPARED_LENGTH = 200;

/**
 * The candidate closest to `typed` (case ignored) when it is near enough to be a typo: at most one
 * edit per three letters, at least 1 and at most 3. A candidate equal to `typed` is never suggested
 * (it is not a misspelling of itself); one differing only in case is.
 */
export function closest(typed: string, candidates: Iterable<string>): string | undefined {
  if (typed.length > MAX_COMPARED_LENGTH) return undefined;
  const limit = Math.max(1, Math.min(3, Math.floor(typed.length / 3)));
  const lower = typed.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === typed || candidate.length > MAX_COMPARED_LENGTH) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return bestDistance <= limit ? best : undefined;
}
