/** Subtotals per part and totals per score column, each capped at its points, saying what they leave out. */
import { keyedRecord, ownValue } from "@cluster-form/schema";
import type { ColumnTotal, CriterionResult, PartResult, ScoreCell } from "../types.js";
import type { PreparedForm } from "./prepared.js";

/** Sums of scores with fractions (judgements of 2.5) without binary drift in the result. */
const tidy = (value: number): number => Math.round(value * 10_000) / 10_000;

/**
 * What a total leaves out or only proposes: scores not counted (missing or invalid), rule-computed
 * scores counted but not yet reviewed (`pending`), and criteria counted without their invalid values.
 */
type LeftOut = Pick<ColumnTotal, "missing" | "pending" | "invalid" | "invalidInputs">;

/** The total of the counted scores (in order, so that fractions add up as they always did), with what it leaves out. */
function columnTotal(counted: number, sum: number, leftOut: LeftOut, max: number): ColumnTotal {
  const { missing, pending, invalid, invalidInputs } = leftOut;
  if (counted === 0) return { value: null, missing, pending, invalid, invalidInputs, capped: false };
  const value = tidy(sum);
  return value > max ? { value: max, missing, pending, invalid, invalidInputs, capped: true } : { value, missing, pending, invalid, invalidInputs, capped: false };
}

/** One part's total in one column. Runs per part and column in every evaluation: one pass, no lists. */
function partColumn(results: readonly CriterionResult[], columnId: string, max: number): ColumnTotal {
  const leftOut = { missing: 0, pending: 0, invalid: 0, invalidInputs: 0 };
  let counted = 0;
  let sum = 0;
  for (const result of results) {
    const cell: ScoreCell | undefined = ownValue(result.scores, columnId);
    const status = cell?.status;
    if (status === "missing" || status === "invalid") leftOut.missing += 1;
    if (status === "pending") leftOut.pending += 1;
    if (status === "invalid") leftOut.invalid += 1;
    if (result.invalidInputs !== undefined && cell?.value !== null) leftOut.invalidInputs += 1;
    const value = cell?.value ?? null;
    if (value !== null) {
      counted += 1;
      sum += value;
    }
  }
  return columnTotal(counted, sum, leftOut, max);
}

export function partTotals(form: PreparedForm, criteria: readonly CriterionResult[]): PartResult[] {
  const byPart = new Map<string, CriterionResult[]>();
  for (const result of criteria) {
    const list = byPart.get(result.part);
    if (list) list.push(result);
    else byPart.set(result.part, [result]);
  }
  const parts: PartResult[] = [];
  for (const part of form.parts) {
    if (!part.scoring) continue;
    const results = byPart.get(part.id) ?? [];
    const columns = keyedRecord<ColumnTotal>();
    for (const column of form.columns) columns[column.id] = partColumn(results, column.id, part.points);
    parts.push({ part: part.id, title: part.title, points: part.points, columns });
  }
  return parts;
}

export function grandTotals(form: PreparedForm, parts: readonly PartResult[]): Record<string, ColumnTotal> {
  const total = keyedRecord<ColumnTotal>();
  for (const column of form.columns) {
    const leftOut = { missing: 0, pending: 0, invalid: 0, invalidInputs: 0 };
    let counted = 0;
    let sum = 0;
    for (const part of parts) {
      const cell = ownValue(part.columns, column.id);
      if (cell === undefined) continue;
      leftOut.missing += cell.missing;
      leftOut.pending += cell.pending;
      leftOut.invalid += cell.invalid;
      leftOut.invalidInputs += cell.invalidInputs;
      if (cell.value !== null) {
        counted += 1;
        sum += cell.value;
      }
    }
    total[column.id] = columnTotal(counted, sum, leftOut, form.pkg.manifest.totalPoints);
  }
  return total;
}
