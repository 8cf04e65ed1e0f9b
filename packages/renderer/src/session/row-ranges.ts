/**
 * Which rows of a long repeating table are drawn: those in view, a few beyond, and the row with
 * focus and its neighbours (so that Tab and Shift+Tab always find the next input). Pure arithmetic;
 * ../controllers/row-windows.controller.ts measures the page and keeps the state.
 */

/** Rows `from` (included) to `to` (excluded). */
export interface RowRange {
  readonly from: number;
  readonly to: number;
}

export interface TableGeometry {
  /** Top of the table body relative to the top of the viewport, in px (negative once scrolled past). */
  readonly top: number;
  readonly viewportHeight: number;
  /** Average height of a drawn row, in px. */
  readonly rowHeight: number;
  readonly count: number;
  /** Rows drawn beyond each edge of the viewport. */
  readonly overscan: number;
}

const clamp = (n: number, count: number): number => Math.min(count, Math.max(0, n));

/** The rows within the viewport, and `overscan` more on each side; empty when the table is far off screen. */
export function rowsInView(g: TableGeometry): RowRange {
  const height = g.rowHeight > 0 ? g.rowHeight : 1;
  const from = clamp(Math.floor(-g.top / height) - g.overscan, g.count);
  const to = clamp(Math.ceil((g.viewportHeight - g.top) / height) + g.overscan, g.count);
  return to > from ? { from, to } : { from, to: from };
}

/** A row and its neighbours. */
export function around(row: number, reach: number): RowRange {
  return { from: row - reach, to: row + reach + 1 };
}

/** The ranges clamped to the table, sorted, with overlapping or touching ones joined; empty ones dropped. */
export function mergeRanges(ranges: readonly RowRange[], count: number): readonly RowRange[] {
  const sorted = ranges
    .map((r) => ({ from: clamp(r.from, count), to: clamp(r.to, count) }))
    .filter((r) => r.to > r.from)
    .sort((a, b) => a.from - b.from);
  const merged: RowRange[] = [];
  for (const range of sorted) {
    const last = merged[merged.length - 1];
    if (last && range.from <= last.to) merged[merged.length - 1] = { from: last.from, to: Math.max(last.to, range.to) };
    else merged.push(range);
  }
  return merged;
}

export function sameRanges(a: readonly RowRange[], b: readonly RowRange[]): boolean {
  return a.length === b.length && a.every((r, i) => r.from === b[i]?.from && r.to === b[i]?.to);
}

/** What a table body holds, top to bottom: drawn rows, and gaps standing in for the rows between them. */
export type RowSlot = { readonly kind: "row"; readonly index: number } | { readonly kind: "gap"; readonly from: number; readonly rows: number };

export function rowSlots(ranges: readonly RowRange[], count: number): readonly RowSlot[] {
  const slots: RowSlot[] = [];
  let next = 0;
  for (const { from, to } of ranges) {
    if (from > next) slots.push({ kind: "gap", from: next, rows: from - next });
    for (let index = from; index < to; index++) slots.push({ kind: "row", index });
    next = to;
  }
  if (count > next) slots.push({ kind: "gap", from: next, rows: count - next });
  return slots;
}

/** What a repeating table draws of its rows (the widget's answer from the row windows). */
export interface RowWindow {
  /** The rows to draw: sorted, disjoint. */
  readonly ranges: readonly RowRange[];
  /** The height, in px, a row not drawn is given. */
  readonly rowHeight: number;
  /** Whether rows may be left out (the table is longer than the threshold). */
  readonly windowed: boolean;
}
