/**
 * The scores sheet: each criterion with the score typed in each score column, the written reason
 * of a reviewer's changed score (a `review` column's, or any column's that has one), and, given an
 * evaluation, what counts.
 */
import { isRecord, ownValue, type FormPackage, type LocalizedMessage } from "@cluster-form/schema";
import { formatPointer } from "@cluster-form/schema/pointer";
import type { EvaluationResult } from "@cluster-form/rules";
import type { CellOut } from "./cells.js";
import { cellRoundTrips, cellText, fromCell, toCell } from "./cells.js";
import { setAt } from "./data-access.js";
import type { Workbook, Worksheet } from "./exceljs.js";
import { matchHeader } from "./headers.js";
import { FIRST_COLUMN, KEY_COLUMN, key, parseKey } from "./keys.js";
import type { SheetWords } from "./messages.js";
import { problemMessage } from "./messages.js";
import { SheetWriter } from "./sheet-writer.js";
import type { Leftover } from "./uncovered.js";

const NUMBER_SCHEMA = { type: "number" as const };
const TEXT_SCHEMA = { type: "string" as const };

type ScoreColumn = FormPackage["manifest"]["scoreColumns"][number];

function criteriaOf(pkg: FormPackage) {
  return pkg.parts.flatMap((part) => (part.rules?.criteria ?? []).map((criterion) => ({ part, criterion })));
}

/** Entries of `/scores` or `/reasons` no cell of the sheet holds: unknown criteria or columns, and values `holds` refuses. */
function uncoveredCells(name: string, entries: unknown, known: ReadonlySet<string>, columns: readonly ScoreColumn[], holds: (value: unknown) => boolean): Leftover[] {
  const leftovers: Leftover[] = [];
  if (entries !== undefined && (!isRecord(entries) || Object.keys(entries).length === 0)) leftovers.push({ pointer: `/${name}`, value: entries });
  if (!isRecord(entries)) return leftovers;
  for (const [id, cells] of Object.entries(entries)) {
    if (!known.has(id) || !isRecord(cells)) {
      leftovers.push({ pointer: formatPointer([name, id]), value: cells });
      continue;
    }
    for (const [column, value] of Object.entries(cells)) {
      if (!holds(value) || !columns.some((c) => c.id === column)) leftovers.push({ pointer: formatPointer([name, id, column]), value });
    }
  }
  return leftovers;
}

const cellOf = (entries: Record<string, unknown>, criterion: string, column: string): unknown => {
  const cells = entries[criterion];
  return isRecord(cells) && Object.hasOwn(cells, column) ? cells[column] : undefined;
};

/** Writes the sheet; returns the typed scores and reasons it could not show (wrong types, blanks, unknown criteria or columns). */
export function writeScoresSheet(
  workbook: Workbook,
  name: string,
  pkg: FormPackage,
  submission: Record<string, unknown>,
  words: SheetWords,
  result?: EvaluationResult,
): Leftover[] {
  const criteria = criteriaOf(pkg);
  const columns = pkg.manifest.scoreColumns;
  const known = new Set(criteria.map((c) => c.criterion.id));
  const scores = submission["scores"];
  const reasons = submission["reasons"];
  const reasonHolds = (value: unknown): boolean => cellRoundTrips(value, TEXT_SCHEMA, words);
  const leftovers = [
    ...uncoveredCells("scores", scores, known, columns, (value) => typeof value === "number"),
    ...uncoveredCells("reasons", reasons, known, columns, reasonHolds),
  ];
  const typed = isRecord(scores) ? scores : {};
  const written = isRecord(reasons) ? reasons : {};
  const reasonColumns = columns.filter((c) => c.review === true || criteria.some(({ criterion }) => reasonHolds(cellOf(written, criterion.id, c.id))));
  if (criteria.length === 0) return leftovers;

  const out = new SheetWriter(workbook.addWorksheet(name));
  out.write(key.heading(), [{ value: name }], "title");
  out.blank();
  const counted = result ? columns.map((c) => ({ value: words.counted(c.label) })) : [];
  const reasonHeaders = reasonColumns.map((c) => ({ value: words.reason(c.label) }));
  out.write(key.scores(), [{ value: words.part }, { value: words.criterion }, { value: words.points }, ...columns.map((c) => ({ value: c.label })), ...reasonHeaders, ...counted], "header");
  for (const { part, criterion } of criteria) {
    const entered = columns.map((c): CellOut => {
      const value = cellOf(typed, criterion.id, c.id);
      return { value: typeof value === "number" ? value : null };
    });
    const reasonCells = reasonColumns.map((c): CellOut => {
      const value = cellOf(written, criterion.id, c.id);
      return reasonHolds(value) ? toCell(value, TEXT_SCHEMA, words) : { value: null };
    });
    const evaluated = result?.criteria.find((r) => r.id === criterion.id);
    const countedCells = result ? columns.map((c): CellOut => ({ value: ownValue(evaluated?.scores, c.id)?.value ?? null })) : [];
    const label = criterion.group ? words.nested(criterion.group, criterion.label) : criterion.label;
    out.write(key.criterion(criterion.id), [{ value: part.ref.title }, { value: label }, { value: criterion.points }, ...entered, ...reasonCells, ...countedCells], "plain", true);
  }
  if (result) {
    const blanks = [...columns, ...reasonColumns].map((): CellOut => ({ value: null }));
    for (const part of result.parts) {
      const totals = columns.map((c): CellOut => ({ value: ownValue(part.columns, c.id)?.value ?? null }));
      out.write(null, [{ value: words.partTotal(part.title) }, { value: null }, { value: part.points }, ...blanks, ...totals], "total");
    }
    const totals = columns.map((c): CellOut => ({ value: ownValue(result.total, c.id)?.value ?? null }));
    out.write(null, [{ value: words.grandTotal }, { value: null }, { value: result.maxTotal }, ...blanks, ...totals], "total");
    out.write(null, [{ value: words.vetoed }, { value: result.veto.vetoed ? words.yes : words.no }], "total");
  }
  out.finish(24, 12);
  out.sheet.getColumn(3).width = 48;
  // Reasons are sentences: their columns as wide as the criterion's.
  reasonColumns.forEach((_, i) => (out.sheet.getColumn(FIRST_COLUMN + 3 + columns.length + i).width = 36));
  return leftovers;
}

export interface ScoresRead {
  readonly scores: Record<string, Record<string, number>>;
  readonly reasons: Record<string, Record<string, string>>;
  readonly problems: { row: number; column: string; reason: LocalizedMessage }[];
}

export function findScoresSheet(workbook: Workbook): { sheet: Worksheet; headerRow: number } | undefined {
  for (const sheet of workbook.worksheets) {
    for (let r = 1; r <= Math.min(sheet.rowCount, 20); r++) {
      if (cellText(sheet.getRow(r).getCell(KEY_COLUMN).value) === key.scores()) return { sheet, headerRow: r };
    }
  }
  return undefined;
}

export function readScoresSheet(pkg: FormPackage, sheet: Worksheet, headerRow: number, words: SheetWords): ScoresRead {
  const scores: Record<string, Record<string, number>> = {};
  const reasons: Record<string, Record<string, string>> = {};
  const problems: ScoresRead["problems"] = [];
  const known = new Set(criteriaOf(pkg).map((c) => c.criterion.id));
  const candidates = pkg.manifest.scoreColumns.flatMap((c) => [
    { label: c.label, target: { id: c.id, reason: false } },
    { label: words.reason(c.label), target: { id: c.id, reason: true } },
  ]);
  const header = sheet.getRow(headerRow);
  const columnOf = new Map<number, { id: string; reason: boolean; header: string }>();
  header.eachCell((cell, col) => {
    const text = cellText(cell.value);
    const found = matchHeader(text, candidates, words);
    if (found && ![...columnOf.values()].some((c) => c.id === found.id && c.reason === found.reason)) columnOf.set(col, { ...found, header: text });
  });
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const parsed = parseKey(cellText(row.getCell(KEY_COLUMN).value));
    if (parsed?.kind !== "criterion") continue;
    if (!known.has(parsed.arg)) {
      problems.push({ row: r, column: "", reason: problemMessage("excel.unknownCriterion", { id: parsed.arg }) });
      continue;
    }
    for (const [col, { id, reason, header: label }] of columnOf) {
      const read = fromCell(row.getCell(col).value, reason ? TEXT_SCHEMA : NUMBER_SCHEMA, words);
      if (read.kind === "problem") problems.push({ row: r, column: label, reason: read.reason });
      else if (read.kind === "value" && typeof read.value === (reason ? "string" : "number")) setAt(reason ? reasons : scores, [parsed.arg, id], read.value);
    }
  }
  return { scores, reasons, problems };
}
