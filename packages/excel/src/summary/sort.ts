/** The stable order of the summary rows: by the `sortBy` columns in turn, ascending, blanks last, then input order. */
import type { SummarySheetColumn } from "@cluster-form/schema";
import type { SummaryCell } from "./types.js";

/** Column positions of the `sortBy` ids (unknown ids are a definition finding of the form, and skipped here). */
export function sortKeys(sortBy: readonly string[] | undefined, columns: readonly SummarySheetColumn[]): number[] {
  return (sortBy ?? []).map((id) => columns.findIndex((c) => c.id === id)).filter((index) => index >= 0);
}

export function rowComparator(keys: readonly number[], locale: string): (a: readonly SummaryCell[], b: readonly SummaryCell[]) => number {
  const collator = new Intl.Collator(locale, { numeric: true });
  const compareCells = (x: SummaryCell, y: SummaryCell): number => {
    if (typeof x === "number" && typeof y === "number") return x - y;
    if (typeof x === "boolean" && typeof y === "boolean") return Number(x) - Number(y);
    return collator.compare(String(x), String(y));
  };
  return (a, b) => {
    for (const index of keys) {
      const x = a[index] ?? null;
      const y = b[index] ?? null;
      if (x === y) continue;
      if (x === null) return 1;
      if (y === null) return -1;
      const order = compareCells(x, y);
      if (order !== 0) return order;
    }
    return 0;
  };
}
