/**
 * A whole submission as an .xlsx workbook: one sheet per part in paper order, Chinese headers
 * with units, numbers as numbers, grids as on paper, repeating tables as rows, and a scores sheet.
 */
import { isRecord, ownValue, valueAt, type FormPackage } from "@cluster-form/schema";
import { formatPointer, lastSegment, parsePointer, schemaAt } from "@cluster-form/schema/pointer";
import type { EvaluationResult } from "@cluster-form/rules";
import type { CellOut } from "./cells.js";
import { toCell } from "./cells.js";
import type { Workbook } from "./exceljs.js";
import { newWorkbook, writeWorkbook } from "./exceljs.js";
import { headerWithUnit } from "./headers.js";
import { FIRST_COLUMN, META_SHEET, key } from "./keys.js";
import type { SheetWords } from "./messages.js";
import { sheetWords } from "./messages.js";
import { addDropDown, dropDownOf } from "./drop-downs.js";
import { sheetPrintOptions } from "./print-setup.js";
import { writeMetaSheet } from "./meta-sheet.js";
import type { PartPlan, Section } from "./part-plan.js";
import { planHoldsData, planPart } from "./part-plan.js";
import { writeScoresSheet } from "./scores-sheet.js";
import { SheetNames } from "./sheet-names.js";
import { SheetWriter } from "./sheet-writer.js";
import type { Leftover } from "./uncovered.js";
import { cellHolds, dataLeftovers } from "./uncovered.js";

export interface ExportOptions {
  /** The evaluation of the submission: adds computed grid cells and the counted scores and totals. */
  readonly result?: EvaluationResult;
}

interface SheetContext {
  readonly words: SheetWords;
  readonly partData: unknown;
  readonly result?: EvaluationResult;
}

/** A sheet wider than this many columns prints landscape. */
const PORTRAIT_COLUMNS = 6;
/** Row height (points) of one line of wrapped text, and characters per unit of column width (CJK: about half). */
const LINE_HEIGHT = 15;
const CJK_PER_WIDTH = 0.5;

const text = (value: string | null): CellOut => ({ value });

/** The cell of a value, or an empty cell when the value travels in the hidden sheet (see uncovered.ts). */
function valueCell(ctx: SheetContext, value: unknown, schema: Parameters<typeof toCell>[1]): CellOut {
  return cellHolds(value, schema, ctx.words) ? toCell(value, schema, ctx.words) : { value: null };
}

/** Empty rows below a table that get its drop-downs, for rows typed in Excel: only where nothing follows the table. */
const MAX_DROP_DOWN_ROWS = 200;

/** Rows whose height is fitted once the columns' widths are known: notes and header rows. */
interface RowsToFit {
  readonly notes: { row: number; text: string }[];
  readonly headers: number[];
}

/** Lines a text takes in a wrapped cell `width` wide. */
const linesOf = (text: string, width: number): number => Math.max(1, Math.ceil(text.length / Math.max(1, width * CJK_PER_WIDTH)));

function writeSection(out: SheetWriter, section: Section, ctx: SheetContext, plan: PartPlan, last: boolean, { notes, headers }: RowsToFit): void {
  const { words } = ctx;
  if (section.kind === "heading") {
    out.write(key.heading(), [text(section.text)], "heading");
    return;
  }
  if (section.kind === "note") {
    // Keyed as a heading: import passes over it. Spread over the table's width once it is known (writePartSheet).
    notes.push({ row: out.write(key.heading(), [text(section.text)], "note"), text: section.text });
    return;
  }
  if (section.title) out.write(key.heading(), [text(section.title)], "heading");
  if (section.kind === "fields") {
    for (const field of section.fields) {
      const row = out.write(key.field(field.pointer), [text(headerWithUnit(words, field.label, field.unit)), valueCell(ctx, valueAt(ctx.partData, field.pointer), field.schema)], "label", section.long);
      addDropDown(out.sheet, dropDownOf(field.schema, words), FIRST_COLUMN + 1, row);
    }
  } else if (section.kind === "grid") {
    headers.push(out.write(key.grid(section.id), [text(section.corner), ...section.columns.map((c) => text(headerWithUnit(words, c.label, c.unit)))], "header"));
    for (const row of section.rows) {
      const cells = section.columns.map((c): CellOut => {
        if (c.computed) {
          const computed = ownValue(ctx.result?.computed, c.computed.replace("{row}", lastSegment(row.pointer)))?.value;
          return typeof computed === "number" || typeof computed === "string" ? { value: computed } : { value: null };
        }
        const pointer = `${row.pointer}/${c.key}`;
        return valueCell(ctx, valueAt(ctx.partData, pointer), schemaAt(plan.part.schema, parsePointer(pointer)));
      });
      const at = out.write(key.gridRow(row.pointer), [text(headerWithUnit(words, row.label, row.unit)), ...cells], "label");
      section.columns.forEach((c, i) => {
        if (!c.computed) addDropDown(out.sheet, dropDownOf(schemaAt(plan.part.schema, parsePointer(`${row.pointer}/${c.key}`)), words), FIRST_COLUMN + 1 + i, at);
      });
    }
  } else {
    const serial = section.numbered ? [text(words.serial)] : [];
    const header = out.write(key.table(section.pointer), [...serial, ...section.columns.map((c) => text(headerWithUnit(words, c.label, c.unit)))], "header");
    headers.push(header);
    const rows = valueAt(ctx.partData, section.pointer);
    const written = Array.isArray(rows) ? rows.length : 0;
    // A blank table still offers its drop-downs where rows will be typed, when no other section follows it.
    const covered = last ? Math.max(written, Math.min(section.maxItems ?? MAX_DROP_DOWN_ROWS, MAX_DROP_DOWN_ROWS)) : written;
    section.columns.forEach((c, i) => {
      if (covered > 0) addDropDown(out.sheet, dropDownOf(c.schema, words), FIRST_COLUMN + serial.length + i, header + 1, header + covered);
    });
    if (Array.isArray(rows)) {
      rows.forEach((row, i) => {
        const record = isRecord(row) ? row : {};
        const cells = section.columns.map((c) => {
          return valueCell(ctx, Object.hasOwn(record, c.key) ? record[c.key] : undefined, c.schema);
        });
        out.write(key.item(), [...(section.numbered ? [{ value: i + 1 }] : []), ...cells], "plain");
      });
    }
  }
  out.blank();
}

function writePartSheet(workbook: Workbook, name: string, plan: PartPlan, ctx: SheetContext): void {
  const sheet = workbook.addWorksheet(name, sheetPrintOptions({ paperSize: "A4", orientation: "portrait", fitToWidth: true }, 0, ctx.words.pageFooter));
  const out = new SheetWriter(sheet);
  const fit: RowsToFit = { notes: [], headers: [] };
  out.write(key.part(plan.part.ref.id), [text(plan.part.ref.title)], "title");
  out.blank();
  plan.sections.forEach((section, i) => writeSection(out, section, ctx, plan, i === plan.sections.length - 1, fit));
  const long = plan.sections.some((s) => s.kind === "fields" && s.long);
  out.finish(28, long ? 60 : 16);
  const last = Math.max(FIRST_COLUMN + 1, sheet.columnCount);
  if (last - FIRST_COLUMN + 1 > PORTRAIT_COLUMNS) sheet.pageSetup.orientation = "landscape";
  // A note spans the table and wraps, so that it prints whole within the page's width.
  let width = 0;
  for (let c = FIRST_COLUMN; c <= last; c++) width += sheet.getColumn(c).width ?? 9;
  for (const note of fit.notes) {
    sheet.mergeCells(note.row, FIRST_COLUMN, note.row, last);
    sheet.getCell(note.row, FIRST_COLUMN).alignment = { wrapText: true, vertical: "top" };
    sheet.getRow(note.row).height = LINE_HEIGHT * linesOf(note.text, width);
  }
  // Header cells wrap; a row is not made taller for wrapped text when printed, so it is sized here.
  for (const header of fit.headers) {
    let lines = 1;
    sheet.getRow(header).eachCell((cell, col) => {
      if (typeof cell.value === "string" && col >= FIRST_COLUMN) lines = Math.max(lines, linesOf(cell.value, sheet.getColumn(col).width ?? 9));
    });
    if (lines > 1) sheet.getRow(header).height = LINE_HEIGHT * lines;
  }
}

function otherLeftovers(submission: Record<string, unknown>, pkg: FormPackage): Leftover[] {
  const out: Leftover[] = [];
  for (const [name, value] of Object.entries(submission)) {
    if (name === "data" || name === "scores" || name === "reasons") continue;
    out.push({ pointer: formatPointer([name]), value });
  }
  if (!Object.hasOwn(submission, "form")) out.push({ pointer: "/form", value: { id: pkg.manifest.id, version: pkg.manifest.version } });
  return out;
}

/** Builds the workbook of a submission (for callers that want to add sheets before writing). */
export function buildSubmissionWorkbook(pkg: FormPackage, submission: unknown, options: ExportOptions = {}): Workbook {
  const words = sheetWords(pkg.manifest.locale);
  const record = isRecord(submission) ? submission : {};
  const data = isRecord(record["data"]) ? record["data"] : {};
  const workbook = newWorkbook();
  workbook.creator = "cluster-form";
  workbook.title = pkg.manifest.title;
  const names = new SheetNames([META_SHEET]);
  const plans = new Map<string, PartPlan>();
  for (const part of pkg.parts) {
    const plan = planPart(part, words);
    if (!planHoldsData(plan)) continue;
    plans.set(part.ref.id, plan);
    const partData = Object.hasOwn(data, part.ref.id) ? data[part.ref.id] : undefined;
    writePartSheet(workbook, names.next(part.ref.title), plan, { words, partData, ...(options.result ? { result: options.result } : {}) });
  }
  const scoreLeftovers = writeScoresSheet(workbook, names.next(words.scoresSheet), pkg, record, words, options.result);
  const leftovers = [
    ...otherLeftovers(record, pkg),
    ...(Object.hasOwn(record, "data") ? dataLeftovers(record["data"], plans, words) : []),
    ...scoreLeftovers,
  ];
  writeMetaSheet(workbook, leftovers);
  return workbook;
}

/** The submission as .xlsx bytes. */
export async function exportSubmissionXlsx(pkg: FormPackage, submission: unknown, options: ExportOptions = {}): Promise<Uint8Array> {
  return writeWorkbook(buildSubmissionWorkbook(pkg, submission, options));
}
