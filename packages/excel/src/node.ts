/**
 * Node-only helpers of the Excel module: submissions read from files, folders and JSON-lines
 * files one at a time, and summaries streamed to .xlsx (exceljs's streaming WorkbookWriter)
 * or .csv files, so that 10,000 submissions pass through without being held together.
 */
import { createReadStream, createWriteStream } from "node:fs";
import type { WriteStream } from "node:fs";
import { readFile, readdir, stat } from "node:fs/promises";
import { extname, join, resolve } from "node:path";
import { createInterface } from "node:readline";
import { once } from "node:events";
import ExcelJS from "exceljs";
import type { FormPackage, LocalizedMessage } from "@cluster-form/schema";
import { formatFinding, parseJson } from "@cluster-form/schema";
import { createCsvSummarySink } from "./summary/csv-sink.js";
import type { TextWriter } from "./summary/csv-sink.js";
import type { SummaryEntry } from "./summary/entries.js";
import { summaryEntry, unreadableEntry } from "./summary/entries.js";
import type { SummaryOptions } from "./summary/summarize.js";
import { summarizeSubmissions } from "./summary/summarize.js";
import type { SummaryReport } from "./summary/types.js";
import { createXlsxSummarySink } from "./summary/xlsx-sink.js";
import { problemMessage } from "./messages.js";

const JSON_LINES = new Set([".jsonl", ".ndjson"]);
const READABLE = new Set([".json", ...JSON_LINES]);

function reasonOf(error: unknown): string {
  if (typeof error === "object" && error !== null && "code" in error) return String(error.code);
  return error instanceof Error ? error.message : String(error);
}

/** Parses a JSON text, or says where it breaks (line and column). */
function parseEntry(source: string, text: string): SummaryEntry {
  try {
    return summaryEntry(source, JSON.parse(text) as unknown);
  } catch {
    const [finding] = parseJson(source, text).findings;
    const message: LocalizedMessage = finding
      ? { zh: formatFinding(finding, "zh"), en: formatFinding(finding, "en") }
      : problemMessage("excel.unreadable", { detail: source });
    return unreadableEntry(source, message);
  }
}

async function* jsonLines(path: string, shown: string): AsyncGenerator<SummaryEntry> {
  const lines = createInterface({ input: createReadStream(path, { encoding: "utf8" }), crlfDelay: Infinity });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    yield parseEntry(`${shown}:${number}`, line);
  }
}

/**
 * The submissions in `paths`, one at a time: a `.json` file is one submission, a `.jsonl` /
 * `.ndjson` file one per line, and a folder its `.json`/`.jsonl` files in name order.
 * What cannot be read becomes an entry saying why, so it is listed, not skipped.
 */
export async function* readSubmissionFiles(paths: readonly string[], cwd = process.cwd()): AsyncGenerator<SummaryEntry> {
  const collator = new Intl.Collator("en", { numeric: true });
  for (const shown of paths) {
    const path = resolve(cwd, shown);
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield unreadableEntry(shown, problemMessage("excel.unreadable", { detail: `${shown}: ${reasonOf(error)}` }));
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path)).filter((name) => READABLE.has(extname(name).toLowerCase())).sort(collator.compare);
      yield* readSubmissionFiles(names.map((name) => join(shown, name)), cwd);
      continue;
    }
    if (JSON_LINES.has(extname(path).toLowerCase())) {
      yield* jsonLines(path, shown);
      continue;
    }
    try {
      yield parseEntry(shown, await readFile(path, "utf8"));
    } catch (error) {
      yield unreadableEntry(shown, problemMessage("excel.unreadable", { detail: `${shown}: ${reasonOf(error)}` }));
    }
  }
}

/** A text writer over a file stream that waits when the stream asks it to (back-pressure). */
function fileWriter(stream: WriteStream): TextWriter {
  return {
    async write(text) {
      if (!stream.write(text)) await once(stream, "drain");
    },
    async close() {
      stream.end();
      await once(stream, "finish");
    },
  };
}

/** Where the invalid submissions of a CSV summary go: `summary.csv` → `summary.invalid.csv`. */
export function invalidCsvPath(csvPath: string): string {
  return csvPath.replace(/(\.csv)?$/i, ".invalid.csv");
}

export interface SummaryFiles {
  readonly report: SummaryReport;
  /** The files written: the summary and, for CSV with invalid submissions, the list of them. */
  readonly files: readonly string[];
}

/** Summarizes into `outPath`: `.csv` (plus `.invalid.csv` when needed) or else streamed `.xlsx`. */
export async function summarizeToFile(
  pkg: FormPackage,
  source: AsyncIterable<unknown> | Iterable<unknown>,
  outPath: string,
  options: SummaryOptions = {},
): Promise<SummaryFiles> {
  if (extname(outPath).toLowerCase() === ".csv") {
    const files = [outPath];
    const sink = createCsvSummarySink(fileWriter(createWriteStream(outPath)), () => {
      const invalidPath = invalidCsvPath(outPath);
      files.push(invalidPath);
      return fileWriter(createWriteStream(invalidPath));
    });
    const report = await summarizeSubmissions(pkg, source, sink, options);
    return { report, files };
  }
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: outPath, useStyles: true, useSharedStrings: false });
  const report = await summarizeSubmissions(pkg, source, createXlsxSummarySink(workbook), options);
  await workbook.commit();
  return { report, files: [outPath] };
}
