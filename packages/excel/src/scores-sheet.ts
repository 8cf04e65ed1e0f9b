/** The scores sheet: each criterion with the score typed in each score column, and, given an evaluation, what counts. */
import type { FormPackage, LocalizedMessage } from "@cluster-form/schema";
import { formatPointer } from "@cluster-form/schema/pointer";
import type { EvaluationResult } from "@cluster-form/rules";
import type { CellOut } from "./cells.js";
import { cellText, fromCell } from "./cells.js";
import { isRecord, setAt } from "./data-access.js";
import type { Workbook, Worksheet } from "./exceljs.js";
import { matchHeader } from "./headers.js";
import { KEY_COLUMN, key, parseKey } from "./keys.js";
import type { SheetWords } from "./messages.js";
import { problemMessage } from "./messages.js";
import { SheetWriter } from "./sheet-writer.js";
import type { Leftover } from "./uncovered.js";

const NUMBER_SCHEMA = { type: "number" as const };

function criteriaOf(pkg: FormPackage) {
  return pkg.parts.flatMap((part) => (part.rules?.criteria ?? []).map((criterion) => ({ part, criterion })));
}

/** Writes the sheet; returns the typed scores it could not show (non-numbers, blanks, unknown criteria). */
export function writeScoresSheet(
  workbook: Workbook,
  name: string,
  pkg: FormPackage,
  scores: unknown,
  words: SheetWords,
  result?: EvaluationResult,
): Leftover[] {
  const leftovers: Leftover[] = [];
  const criteria = criteriaOf(pkg);
  const columns = pkg.manifest.scoreColumns;
  if (scores !== undefined && (!isRecord(scores) || Object.keys(scores).length === 0)) leftovers.push({ pointer: "/scores", value: scores });
  const typed = isRecord(scores) ? scores : {};
  const known = new Set(criteria.map((c) => c.criterion.id));
  for (const [id, cells] of Object.entries(typed)) {
    if (!known.has(id) || !isRecord(cells)) {
      leftovers.push({ pointer: formatPointer(["scores", id]), value: cells });
      continue;
    }
    for (const [column, value] of Object.entries(cells)) {
      if (typeof value !== "number" || !columns.some((c) => c.id === column)) leftovers.push({ pointer: formatPointer(["scores", id, column]), value });
    }
  }
  if (criteria.length === 0) return leftovers;

  const out = new SheetWriter(workbook.addWorksheet(name));
  out.write(key.heading(), [{ value: name }], "title");
  out.blank();
  const counted = result ? columns.map((c) => ({ value: words.counted(c.label) })) : [];
  out.write(key.scores(), [{ value: words.part }, { value: words.criterion }, { value: words.points }, ...columns.map((c) => ({ value: c.label })), ...counted], "header");
  for (const { part, criterion } of criteria) {
    const cells = isRecord(typed[criterion.id]) ? (typed[criterion.id] as Record<string, unknown>) : {};
    const entered = columns.map((c): CellOut => {
      const value = Object.hasOwn(cells, c.id) ? cells[c.id] : undefined;
      return { value: typeof value === "number" ? value : null };
    });
    const evaluated = result?.criteria.find((r) => r.id === criterion.id);
    const countedCells = result ? columns.map((c): CellOut => ({ value: evaluated?.scores[c.id]?.value ?? null })) : [];
    const label = criterion.group ? words.nested(criterion.group, criterion.label) : criterion.label;
    out.write(key.criterion(criterion.id), [{ value: part.ref.title }, { value: label }, { value: criterion.points }, ...entered, ...countedCells], "plain", true);
  }
  if (result) {
    const blanks = columns.map((): CellOut => ({ value: null }));
    for (const part of result.parts) {
      const totals = columns.map((c): CellOut => ({ value: part.columns[c.id]?.value ?? null }));
      out.write(null, [{ value: words.partTotal(part.title) }, { value: null }, { value: part.points }, ...blanks, ...totals], "total");
    }
    const totals = columns.map((c): CellOut => ({ value: result.total[c.id]?.value ?? null }));
    out.write(null, [{ value: words.grandTotal }, { value: null }, { value: result.maxTotal }, ...blanks, ...totals], "total");
    out.write(null, [{ value: words.vetoed }, { value: result.veto.vetoed ? words.yes : words.no }], "total");
  }
  out.finish(24, 12);
  out.sheet.getColumn(3).width = 48;
  return leftovers;
}

export interface ScoresRead {
  readonly scores: Record<string, Record<string, number>>;
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
  const problems: ScoresRead["problems"] = [];
  const known = new Set(criteriaOf(pkg).map((c) => c.criterion.id));
  const candidates = pkg.manifest.scoreColumns.map((c) => ({ label: c.label, target: c.id }));
  const header = sheet.getRow(headerRow);
  const columnOf = new Map<number, { id: string; header: string }>();
  header.eachCell((cell, col) => {
    const text = cellText(cell.value);
    const id = matchHeader(text, candidates, words);
    if (id && ![...columnOf.values()].some((c) => c.id === id)) columnOf.set(col, { id, header: text });
  });
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const row = sheet.getRow(r);
    const parsed = parseKey(cellText(row.getCell(KEY_COLUMN).value));
    if (parsed?.kind !== "criterion") continue;
    if (!known.has(parsed.arg)) {
      problems.push({ row: r, column: "", reason: problemMessage("excel.unknownCriterion", { id: parsed.arg }) });
      continue;
    }
    for (const [col, { id, header: label }] of columnOf) {
      const read = fromCell(row.getCell(col).value, NUMBER_SCHEMA, words);
      if (read.kind === "problem") problems.push({ row: r, column: label, reason: read.reason });
      else if (read.kind === "value" && typeof read.value === "number") setAt(scores, [parsed.arg, id], read.value);
    }
  }
  return { scores, problems };
}
