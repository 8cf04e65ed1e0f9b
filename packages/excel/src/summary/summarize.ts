/**
 * The city data-summary sheet (one row per cluster) from many submissions, streamed: each
 * submission is evaluated, reduced to its row and dropped, so 10,000 submissions never sit in
 * memory together. Only the rows (a few cells each) are kept when `sortBy` asks for an order,
 * and the invalid submissions are kept as their (capped) list of problems.
 */
import { isRecord, keyedRecord, langOf, type FormPackage, type SummarySheetDef } from "@cluster-form/schema";
import type { EvaluationResult, Evaluator } from "@cluster-form/rules";
import { problemMessage, sheetWords } from "../messages.js";
import { isSummaryEntry } from "./entries.js";
import { rowComparator, sortKeys } from "./sort.js";
import type { InvalidProblem, InvalidSubmission, SummaryCell, SummaryReport, SummarySink } from "./types.js";

export interface SummaryOptions {
  /** `final` (default): blank required fields make a submission invalid; `draft`: only errors do. */
  readonly mode?: "draft" | "final";
  /** Reuse an evaluator (default: `createEvaluator(pkg)`). */
  readonly evaluator?: Evaluator;
  /** The sheet declaration (default: the form's `summary-sheet.json`). */
  readonly sheet?: SummarySheetDef;
  /** Problems listed per invalid submission before "n more". */
  readonly maxProblems?: number;
  /** Values of the sheet's declared `parameters` (the city compiling it), read by columns as `$parameters.<id>`. */
  readonly parameters?: Readonly<Record<string, string>>;
  /** Called after each submission is read, with how many have been read: for progress displays. */
  readonly onProgress?: (read: number) => void;
}

/** A parameter the sheet does not declare: a typo would otherwise leave a column blank silently. */
export class UnknownSummaryParameterError extends Error {
  constructor(
    readonly parameter: string,
    readonly declared: readonly string[],
  ) {
    super(`The summary sheet declares no parameter "${parameter}" (declared: ${declared.join(", ") || "none"}).`);
    this.name = "UnknownSummaryParameterError";
  }
}

export class NoSummarySheetError extends Error {
  constructor(formId: string) {
    super(`Form ${formId} declares no summary sheet (form.json "summarySheet").`);
    this.name = "NoSummarySheetError";
  }
}

const DEFAULT_MAX_PROBLEMS = 20;

function roundTotal(value: number): number {
  return Math.round(value * 1e6) / 1e6;
}

function capped(problems: InvalidProblem[], max: number): InvalidProblem[] {
  if (problems.length <= max) return problems;
  return [...problems.slice(0, max), { pointer: "", label: "", message: problemMessage("excel.moreProblems", { count: problems.length - max }) }];
}

/** Why a submission is not in the summary, or nothing when it is fine. */
function refusal(pkg: FormPackage, submission: unknown): InvalidProblem | undefined {
  if (!isRecord(submission) || !isRecord(submission["data"])) return { pointer: "", label: "", message: problemMessage("excel.notASubmission", {}) };
  const form = submission["form"];
  const id = isRecord(form) && typeof form["id"] === "string" ? form["id"] : undefined;
  if (id !== undefined && id !== pkg.manifest.id) return { pointer: "/form/id", label: "", message: problemMessage("excel.otherForm", { found: id, expected: pkg.manifest.id }) };
  return undefined;
}

/**
 * Summarizes the submissions `source` yields (plain submissions, or entries from `summaryEntry`
 * / `unreadableEntry` that name their file) into `sink`. Every submission ends up either as a
 * row or in the invalid list.
 */
export async function summarizeSubmissions(
  pkg: FormPackage,
  source: AsyncIterable<unknown> | Iterable<unknown>,
  sink: SummarySink,
  options: SummaryOptions = {},
): Promise<SummaryReport> {
  const def = options.sheet ?? pkg.summarySheet;
  if (!def) throw new NoSummarySheetError(pkg.manifest.id);
  const words = sheetWords(pkg.manifest.locale);
  const lang = langOf(pkg.manifest.locale, "en");
  // Loaded on demand: a page that only imports and exports workbooks does not download the evaluator with exceljs.
  const evaluator = options.evaluator ?? (await import("@cluster-form/rules")).createEvaluator(pkg);
  const mode = options.mode ?? "final";
  const maxProblems = options.maxProblems ?? DEFAULT_MAX_PROBLEMS;
  // The rule engine comes with the summary only, not with the import and export of workbooks.
  const { prepareColumns, readRoots, summaryCells } = await import("./columns.js");
  const declared = (def.parameters ?? []).map((p) => p.id);
  const parameters = options.parameters ?? {};
  for (const id of Object.keys(parameters)) if (!declared.includes(id)) throw new UnknownSummaryParameterError(id, declared);
  const columns = prepareColumns(def.columns);
  const roots = readRoots(columns);
  const keys = sortKeys(def.sortBy, def.columns);
  const totals = def.columns.map(() => 0);
  const held: SummaryCell[][] = [];
  const invalid: InvalidSubmission[] = [];
  let rows = 0;
  let position = 0;

  await sink.begin({
    title: def.title,
    ...(def.note ? { note: def.note } : {}),
    ...(def.signoff ? { signoff: def.signoff } : {}),
    ...(def.print ? { print: def.print } : {}),
    columns: def.columns,
    words,
    lang,
  });
  const accept = async (cells: SummaryCell[]): Promise<void> => {
    rows++;
    def.columns.forEach((column, i) => {
      const cell = cells[i];
      if (column.total && typeof cell === "number") totals[i] = (totals[i] ?? 0) + cell;
    });
    if (keys.length > 0) held.push(cells);
    else await sink.row({ serial: rows, cells });
  };

  for await (const item of source) {
    position++;
    options.onProgress?.(position);
    const entry = isSummaryEntry(item) ? item : undefined;
    const label = entry?.source ?? `#${position}`;
    if (entry?.error) {
      invalid.push({ position, source: label, problems: [{ pointer: "", label: "", message: entry.error }] });
      continue;
    }
    const submission = entry ? entry.submission : item;
    const refused = refusal(pkg, submission);
    if (refused) {
      invalid.push({ position, source: label, problems: [refused] });
      continue;
    }
    let result: EvaluationResult;
    try {
      // The summary sheet shows values and scores, never explanations.
      result = evaluator.evaluate(submission, { mode, explain: false });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      invalid.push({ position, source: label, problems: [{ pointer: "", label: "", message: problemMessage("excel.unreadable", { detail }) }] });
      continue;
    }
    const data = isRecord(submission) ? submission["data"] : undefined;
    const { cells, problems } = summaryCells(pkg, columns, data, result, words, roots, parameters);
    const errors: InvalidProblem[] = [
      ...result.findings.filter((f) => f.severity === "error").map((f) => ({ pointer: f.pointer, label: f.label ?? "", message: f.message })),
      ...problems.map((p) => ({ pointer: "", label: p.column.label, message: p.message })),
    ];
    if (errors.length > 0) invalid.push({ position, source: label, problems: capped(errors, maxProblems) });
    else await accept(cells);
  }

  if (keys.length > 0) {
    held.sort(rowComparator(keys, pkg.manifest.locale));
    for (let i = 0; i < held.length; i++) await sink.row({ serial: i + 1, cells: held[i] ?? [] });
    held.length = 0;
  }
  const totalCells: SummaryCell[] = def.columns.map((column, i) => (column.total ? roundTotal(totals[i] ?? 0) : null));
  await sink.end(totalCells, invalid);
  const report = keyedRecord<number>();
  def.columns.forEach((column, i) => {
    if (column.total) report[column.id] = roundTotal(totals[i] ?? 0);
  });
  return { rows, invalid: invalid.length, totals: report };
}
