/** Subtotals per part and totals per score column, each capped at its points. */
import type { ColumnTotal, CriterionResult, PartResult } from "../types.js";
import type { PreparedForm } from "./prepared.js";

/** Sums of scores with fractions (judgements of 2.5) without binary drift in the result. */
const tidy = (value: number): number => Math.round(value * 10_000) / 10_000;

function columnTotal(values: readonly (number | null)[], missing: number, max: number): ColumnTotal {
  const counted = values.filter((value): value is number => value !== null);
  if (counted.length === 0) return { value: null, missing, capped: false };
  const sum = tidy(counted.reduce((a, b) => a + b, 0));
  return sum > max ? { value: max, missing, capped: true } : { value: sum, missing, capped: false };
}

export function partTotals(form: PreparedForm, criteria: readonly CriterionResult[]): PartResult[] {
  const byPart = new Map<string, CriterionResult[]>();
  for (const result of criteria) byPart.set(result.part, [...(byPart.get(result.part) ?? []), result]);
  return form.parts
    .filter((part) => part.scoring)
    .map((part) => {
      const results = byPart.get(part.id) ?? [];
      const columns: Record<string, ColumnTotal> = {};
      for (const column of form.columns) {
        const cells = results.map((result) => result.scores[column.id]);
        const missing = cells.filter((cell) => cell?.status === "missing" || cell?.status === "invalid").length;
        columns[column.id] = columnTotal(cells.map((cell) => cell?.value ?? null), missing, part.points);
      }
      return { part: part.id, title: part.title, points: part.points, columns };
    });
}

export function grandTotals(form: PreparedForm, parts: readonly PartResult[]): Record<string, ColumnTotal> {
  const total: Record<string, ColumnTotal> = {};
  for (const column of form.columns) {
    const cells = parts.map((part) => part.columns[column.id]);
    const missing = cells.reduce((sum, cell) => sum + (cell?.missing ?? 0), 0);
    total[column.id] = columnTotal(cells.map((cell) => cell?.value ?? null), missing, form.pkg.manifest.totalPoints);
  }
  return total;
}
