/** Subtotals per part and totals per score column, each capped at its points, saying what they leave out. */
import type { ColumnTotal, CriterionResult, PartResult, ScoreCell } from "../types.js";
import type { PreparedForm } from "./prepared.js";

/** Sums of scores with fractions (judgements of 2.5) without binary drift in the result. */
const tidy = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * What a total leaves out or only proposes: scores not counted (missing or invalid), rule-computed
 * scores counted but not yet reviewed (`pending`), and criteria counted without their invalid values.
 */
type LeftOut = Pick<ColumnTotal, "missing" | "pending" | "invalid" | "invalidInputs">;

function columnTotal(values: readonly (number | null)[], leftOut: LeftOut, max: number): ColumnTotal {
  const counted = values.filter((value): value is number => value !== null);
  if (counted.length === 0) return { value: null, ...leftOut, capped: false };
  const sum = tidy(counted.reduce((a, b) => a + b, 0));
  return sum > max ? { value: max, ...leftOut, capped: true } : { value: sum, ...leftOut, capped: false };
}

const NOT_COUNTED: ReadonlySet<ScoreCell["status"]> = new Set(["missing", "invalid"]);

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
        const leftOut: LeftOut = {
          missing: cells.filter((cell) => cell !== undefined && NOT_COUNTED.has(cell.status)).length,
          pending: cells.filter((cell) => cell?.status === "pending").length,
          invalid: cells.filter((cell) => cell?.status === "invalid").length,
          invalidInputs: results.filter((result, i) => result.invalidInputs !== undefined && cells[i]?.value !== null).length,
        };
        columns[column.id] = columnTotal(cells.map((cell) => cell?.value ?? null), leftOut, part.points);
      }
      return { part: part.id, title: part.title, points: part.points, columns };
    });
}

export function grandTotals(form: PreparedForm, parts: readonly PartResult[]): Record<string, ColumnTotal> {
  const total: Record<string, ColumnTotal> = {};
  for (const column of form.columns) {
    const cells = parts.map((part) => part.columns[column.id]);
    const sumOf = (key: keyof LeftOut): number => cells.reduce((sum, cell) => sum + (cell?.[key] ?? 0), 0);
    const leftOut: LeftOut = { missing: sumOf("missing"), pending: sumOf("pending"), invalid: sumOf("invalid"), invalidInputs: sumOf("invalidInputs") };
    total[column.id] = columnTotal(cells.map((cell) => cell?.value ?? null), leftOut, form.pkg.manifest.totalPoints);
  }
  return total;
}
