/**
 * The summary as CSV (RFC 4180: fields quoted when they hold a quote, comma or line break,
 * quotes doubled, CRLF line ends), starting with a UTF-8 byte-order mark so Excel reads Chinese.
 * CSV has one table per file: the invalid submissions go to a second file, opened only if needed.
 */
import { headerWithUnit } from "../headers.js";
import type { SheetWords } from "../messages.js";
import type { InvalidSubmission, SummaryCell, SummaryLayout, SummaryRow, SummarySink } from "./types.js";

export interface TextWriter {
  write(text: string): void | Promise<void>;
  close?(): void | Promise<void>;
}

const BOM = "\uFEFF";
const EOL = "\r\n";

/** A text a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
function defuse(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvField(cell: SummaryCell, words: SheetWords): string {
  if (cell === null) return "";
  const text = typeof cell === "boolean" ? (cell ? words.yes : words.no) : typeof cell === "number" ? String(cell) : defuse(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: readonly SummaryCell[], words: SheetWords): string {
  return cells.map((cell) => csvField(cell, words)).join(",") + EOL;
}

export function summaryHeaders(layout: SummaryLayout): string[] {
  return [layout.words.serial, ...layout.columns.map((c) => headerWithUnit(layout.words, c.label, c.unit))];
}

export function invalidHeaders(words: SheetWords): string[] {
  return [words.serial, words.source, words.pointer, words.field, words.problem];
}

/** One line per problem of each invalid submission. */
export function invalidLines(entry: InvalidSubmission, lang: "zh" | "en"): SummaryCell[][] {
  return entry.problems.map((p) => [entry.position, entry.source, p.pointer, p.label, p.message[lang]]);
}

export function createCsvSummarySink(main: TextWriter, openInvalid: () => TextWriter | Promise<TextWriter>): SummarySink {
  let layout: SummaryLayout | undefined;
  const words = (): SheetWords => {
    if (!layout) throw new Error("The summary sink was not begun.");
    return layout.words;
  };
  return {
    async begin(l) {
      layout = l;
      await main.write(BOM + csvLine(summaryHeaders(l), l.words));
    },
    async row(row: SummaryRow) {
      await main.write(csvLine([row.serial, ...row.cells], words()));
    },
    async end(totals, invalid) {
      await main.write(csvLine([words().totalRow, ...totals], words()));
      await main.close?.();
      if (invalid.length === 0 || !layout) return;
      const out = await openInvalid();
      await out.write(BOM + csvLine(invalidHeaders(words()), words()));
      for (const entry of invalid) for (const line of invalidLines(entry, layout.lang)) await out.write(csvLine(line, words()));
      await out.close?.();
    },
  };
}
