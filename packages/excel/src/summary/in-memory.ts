/** Summaries as bytes or text in memory: for the browser and for small batches. Node streams to files (excel-node.ts). */
import type { FormPackage } from "@cluster-form/schema";
import { newWorkbook, writeWorkbook } from "../exceljs.js";
import { createCsvSummarySink } from "./csv-sink.js";
import type { SummaryOptions } from "./summarize.js";
import { summarizeSubmissions } from "./summarize.js";
import type { SummaryReport } from "./types.js";
import { createXlsxSummarySink } from "./xlsx-sink.js";

export async function summarizeToXlsx(
  pkg: FormPackage,
  source: AsyncIterable<unknown> | Iterable<unknown>,
  options: SummaryOptions = {},
): Promise<{ bytes: Uint8Array; report: SummaryReport }> {
  const workbook = newWorkbook();
  const report = await summarizeSubmissions(pkg, source, createXlsxSummarySink(workbook), options);
  return { bytes: await writeWorkbook(workbook), report };
}

/** The summary CSV and, when some submissions are invalid, the CSV listing them. */
export async function summarizeToCsv(
  pkg: FormPackage,
  source: AsyncIterable<unknown> | Iterable<unknown>,
  options: SummaryOptions = {},
): Promise<{ csv: string; invalidCsv?: string; report: SummaryReport }> {
  let csv = "";
  let invalidCsv: string | undefined;
  const sink = createCsvSummarySink({ write: (text) => void (csv += text) }, () => ({ write: (text) => void (invalidCsv = (invalidCsv ?? "") + text) }));
  const report = await summarizeSubmissions(pkg, source, sink, options);
  return { csv, ...(invalidCsv !== undefined ? { invalidCsv } : {}), report };
}
