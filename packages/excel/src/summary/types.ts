/** The city data-summary sheet as it flows from the summarizer to a sink (xlsx, csv). */
import type { LocalizedMessage, SummarySheetColumn, SummarySheetPrint } from "@cluster-form/schema";
import type { SheetWords } from "../messages.js";

export type SummaryCell = string | number | boolean | null;

export interface SummaryLayout {
  readonly title: string;
  readonly note?: string;
  readonly columns: readonly SummarySheetColumn[];
  /** Lines printed side by side under the table (填报单位（盖章）：, 日期：). */
  readonly signoff?: readonly string[];
  readonly print?: SummarySheetPrint;
  readonly words: SheetWords;
  /** The form's working language, for the problems of the invalid sheet. */
  readonly lang: "zh" | "en";
}

export interface SummaryRow {
  /** 1-based position in the sheet after sorting. */
  readonly serial: number;
  readonly cells: readonly SummaryCell[];
}

export interface InvalidProblem {
  readonly pointer: string;
  readonly label: string;
  readonly message: LocalizedMessage;
}

/** A submission that is not in the summary, and why. */
export interface InvalidSubmission {
  /** 1-based position of the submission in the input. */
  readonly position: number;
  /** Where it came from: a file name, `file:line`, or `#n`. */
  readonly source: string;
  readonly problems: readonly InvalidProblem[];
}

/** Receives the sheet in order: begin, rows, end. Rows arrive one at a time and need not be kept. */
export interface SummarySink {
  begin(layout: SummaryLayout): void | Promise<void>;
  row(row: SummaryRow): void | Promise<void>;
  end(totals: readonly SummaryCell[], invalid: readonly InvalidSubmission[]): void | Promise<void>;
}

export interface SummaryReport {
  readonly rows: number;
  readonly invalid: number;
  /** Column id → total, for the columns with `total: true`. */
  readonly totals: Readonly<Record<string, number>>;
}
