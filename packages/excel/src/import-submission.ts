/**
 * A whole submission back from a workbook written by exportSubmissionXlsx (and edited in Excel):
 * every part sheet by its hidden row keys, the scores sheet, then the hidden meta sheet.
 */
import { fieldItems, fieldRequired, isRecord, valueAt, type DataSchema, type FormPackage, type LocalizedMessage } from "@cluster-form/schema";
import { parsePointer, schemaAt } from "@cluster-form/schema/pointer";
import { cellText, fromCell } from "./cells.js";
import type { JsonRecord } from "./data-access.js";
import { setAt } from "./data-access.js";
import type { Workbook, Worksheet } from "./exceljs.js";
import { readWorkbook } from "./exceljs.js";
import { matchHeader } from "./headers.js";
import type { ImportProblem, SubmissionImport } from "./import-types.js";
import { FIRST_COLUMN } from "./keys.js";
import type { SheetWords } from "./messages.js";
import { problemMessage, sheetWords } from "./messages.js";
import { findMetaSheet, readMetaSheet } from "./meta-sheet.js";
import type { PartPlan, PlannedField, Section } from "./part-plan.js";
import { planHoldsData, planPart } from "./part-plan.js";
import { findScoresSheet, readScoresSheet } from "./scores-sheet.js";
import { blockEnd, findPartSheet, rowKey } from "./sheet-index.js";
import { readTable } from "./table-reader.js";
import { guardWorkbook } from "./workbook-guard.js";
import { MAX_JSON_DEPTH, nestsDeeperThan } from "./json-depth.js";

interface PartReader {
  readonly sheet: Worksheet;
  readonly plan: PartPlan;
  readonly words: SheetWords;
  readonly data: JsonRecord;
  readonly problems: ImportProblem[];
}

function problemAt(reader: PartReader, row: number, column: string, reason: LocalizedMessage, cell?: string): void {
  reader.problems.push({ sheet: reader.sheet.name, row, column, ...(cell ? { cell } : {}), reason });
}

function safeSegments(pointer: string): string[] | undefined {
  try {
    return parsePointer(pointer);
  } catch {
    return undefined;
  }
}

function readField(reader: PartReader, row: number, pointer: string, fields: ReadonlyMap<string, PlannedField>): void {
  const segments = safeSegments(pointer);
  if (!segments) {
    problemAt(reader, row, "", problemMessage("excel.notJsonPointer", { text: pointer }));
    return;
  }
  const field = fields.get(pointer);
  const schema = field?.schema ?? schemaAt(reader.plan.part.schema, segments);
  const cell = reader.sheet.getRow(row).getCell(FIRST_COLUMN + 1);
  const read = fromCell(cell.value, schema, reader.words);
  const label = cellText(reader.sheet.getRow(row).getCell(FIRST_COLUMN).value);
  if (read.kind === "problem") problemAt(reader, row, label, read.reason, cell.address);
  else if (read.kind === "value") setAt(reader.data, segments, read.value);
}

function readGrid(reader: PartReader, headerRow: number, section: Extract<Section, { kind: "grid" }>): void {
  const { sheet, words } = reader;
  const candidates = section.columns.filter((c) => !c.computed).map((c) => ({ label: c.label, ...(c.unit ? { unit: c.unit } : {}), target: c.key }));
  const columnAt = new Map<number, { key: string; header: string }>();
  sheet.getRow(headerRow).eachCell((cell, col) => {
    if (col < FIRST_COLUMN + 1) return;
    const header = cellText(cell.value);
    const target = matchHeader(header, candidates, words);
    if (target) columnAt.set(col, { key: target, header });
    else if (header && !section.columns.some((c) => c.computed && matchHeader(header, [{ label: c.label, target: true }], words)))
      problemAt(reader, headerRow, header, problemMessage("excel.unknownColumn", { header, expected: candidates.map((c) => c.label).join(words.listSeparator) }), cell.address);
  });
  const rowPointers = new Set(section.rows.map((r) => r.pointer));
  const end = blockEnd(sheet, headerRow);
  for (let r = headerRow + 1; r <= sheet.rowCount; r++) {
    const k = rowKey(sheet, r);
    if (r >= end && k?.kind !== "row") break;
    if (k?.kind !== "row") continue;
    if (!rowPointers.has(k.arg)) {
      problemAt(reader, r, "", problemMessage("excel.unknownRow", { label: cellText(sheet.getRow(r).getCell(FIRST_COLUMN).value) || k.arg }));
      continue;
    }
    for (const [col, { key, header }] of columnAt) {
      const segments = safeSegments(`${k.arg}/${key}`);
      if (!segments) continue;
      const cell = sheet.getRow(r).getCell(col);
      const read = fromCell(cell.value, schemaAt(reader.plan.part.schema, segments), words);
      if (read.kind === "problem") problemAt(reader, r, header, read.reason, cell.address);
      else if (read.kind === "value") setAt(reader.data, segments, read.value);
    }
  }
}

function readRepeat(reader: PartReader, headerRow: number, section: Extract<Section, { kind: "repeat" }>): void {
  const segments = safeSegments(section.pointer);
  if (!segments) return;
  const items = fieldItems(schemaAt(reader.plan.part.schema, segments) as DataSchema | undefined);
  const spec = { columns: section.columns, required: fieldRequired(items), ...(section.maxItems !== undefined ? { maxItems: section.maxItems } : {}) };
  const read = readTable(reader.sheet, headerRow, blockEnd(reader.sheet, headerRow), spec, reader.words);
  reader.problems.push(...read.problems);
  if (read.rows.length > 0) setAt(reader.data, segments, read.rows);
}

function readPartSheet(reader: PartReader): void {
  const fields = new Map<string, PlannedField>();
  const grids = new Map<string, Extract<Section, { kind: "grid" }>>();
  const tables = new Map<string, Extract<Section, { kind: "repeat" }>>();
  for (const section of reader.plan.sections) {
    if (section.kind === "fields") for (const f of section.fields) fields.set(f.pointer, f);
    if (section.kind === "grid") grids.set(section.id, section);
    if (section.kind === "repeat") tables.set(section.pointer, section);
  }
  for (let r = 1; r <= reader.sheet.rowCount; r++) {
    const k = rowKey(reader.sheet, r);
    if (k?.kind === "field") readField(reader, r, k.arg, fields);
    const grid = k?.kind === "grid" ? grids.get(k.arg) : undefined;
    if (grid) readGrid(reader, r, grid);
    const table = k?.kind === "table" ? tables.get(k.arg) : undefined;
    if (table) readRepeat(reader, r, table);
  }
}

/** Applies the meta sheet: each value only where the visible sheets left nothing (so edits win). */
function applyMeta(workbook: Workbook, submission: JsonRecord, problems: ImportProblem[]): void {
  const sheet = findMetaSheet(workbook);
  if (!sheet) return;
  for (const entry of readMetaSheet(sheet)) {
    const segments = safeSegments(entry.pointer);
    if (!segments || segments.length === 0) {
      problems.push({ sheet: sheet.name, row: entry.row, column: "", reason: problemMessage("excel.notJsonPointer", { text: entry.pointer }) });
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(entry.json);
    } catch {
      problems.push({ sheet: sheet.name, row: entry.row, column: "", reason: problemMessage("excel.notJson", { text: entry.json.slice(0, 80) }) });
      continue;
    }
    if (nestsDeeperThan(value)) {
      problems.push({ sheet: sheet.name, row: entry.row, column: "", reason: problemMessage("excel.tooDeep", { max: MAX_JSON_DEPTH }) });
      continue;
    }
    const parentSegments = segments.slice(0, -1);
    const parent = valueAt(submission, parentSegments);
    const existing = valueAt(submission, segments);
    // An empty table row stands in for a row that was not an object: the hidden sheet has it.
    const placeholder = Array.isArray(parent) && isRecord(existing) && Object.keys(existing).length === 0;
    if (existing !== undefined && !placeholder) continue;
    const last = segments.at(-1) ?? "";
    // A value of a table row goes back only while the row is still there.
    if (Array.isArray(parent) && Number(last) > parent.length) continue;
    const grand = valueAt(submission, parentSegments.slice(0, -1));
    if (Array.isArray(grand) && parent === undefined) continue;
    try {
      setAt(submission, segments, value, false);
    } catch {
      problems.push({ sheet: sheet.name, row: entry.row, column: "", reason: problemMessage("excel.notJsonPointer", { text: entry.pointer }) });
    }
  }
}

/** Reads a workbook written by exportSubmissionXlsx. Cells that do not fit their field are problems, not guesses. */
export async function importSubmissionXlsx(pkg: FormPackage, bytes: ArrayBuffer | Uint8Array): Promise<SubmissionImport> {
  const words = sheetWords(pkg.manifest.locale);
  const problems: ImportProblem[] = [];
  const refused = await guardWorkbook(pkg, bytes);
  if (refused) return { submission: { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: {} }, problems: [{ sheet: "", row: 0, column: "", reason: refused.reason }] };
  let workbook: Workbook;
  try {
    workbook = await readWorkbook(bytes);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { submission: { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: {} }, problems: [{ sheet: "", row: 0, column: "", reason: problemMessage("excel.unreadable", { detail }) }] };
  }
  const data: JsonRecord = {};
  let sheetsFound = 0;
  for (const part of pkg.parts) {
    const plan = planPart(part, words);
    if (!planHoldsData(plan)) continue;
    const sheet = findPartSheet(workbook, part.ref.id, part.ref.title);
    if (!sheet) continue;
    sheetsFound++;
    const partData: JsonRecord = {};
    readPartSheet({ sheet, plan, words, data: partData, problems });
    if (Object.keys(partData).length > 0) setAt(data, [part.ref.id], partData);
  }
  const submission: JsonRecord = {};
  setAt(submission, ["data"], data);
  const scoresSheet = findScoresSheet(workbook);
  if (scoresSheet) {
    const read = readScoresSheet(pkg, scoresSheet.sheet, scoresSheet.headerRow, words);
    problems.push(...read.problems.map((p) => ({ sheet: scoresSheet.sheet.name, ...p })));
    if (Object.keys(read.scores).length > 0) setAt(submission, ["scores"], read.scores);
    if (Object.keys(read.reasons).length > 0) setAt(submission, ["reasons"], read.reasons);
  }
  applyMeta(workbook, submission, problems);
  if (sheetsFound === 0 && !findMetaSheet(workbook)) {
    problems.push({ sheet: "", row: 0, column: "", reason: problemMessage("excel.noSheet", { part: pkg.manifest.title }) });
  }
  const form = submission["form"];
  if (!isRecord(form)) setAt(submission, ["form"], { id: pkg.manifest.id, version: pkg.manifest.version });
  else if (typeof form["id"] === "string" && form["id"] !== pkg.manifest.id) {
    problems.push({ sheet: "", row: 0, column: "", reason: problemMessage("excel.otherForm", { found: form["id"], expected: pkg.manifest.id }) });
  }
  const { form: identity, ...rest } = submission;
  return { submission: { form: identity, ...rest }, problems };
}
