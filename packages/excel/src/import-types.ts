/** What the Excel imports return. */
import type { LocalizedMessage } from "@cluster-form/schema";

/** A cell or row that was not imported, and why. Rows and columns are as Excel shows them. */
export interface ImportProblem {
  readonly sheet: string;
  /** Excel row number (1-based); 0 when the problem concerns the whole workbook. */
  readonly row: number;
  /** The column's header as found in the sheet, or its letter when it has none; "" for a whole row. */
  readonly column: string;
  /** Cell address such as `C7`, when the problem is one cell. */
  readonly cell?: string;
  readonly reason: LocalizedMessage;
}

export interface RowsImport {
  /** The rows that fit, ready to append to the table. */
  readonly rows: Record<string, unknown>[];
  /** The Excel row number of each of `rows`, for a preview. */
  readonly rowNumbers: number[];
  /** Rows and cells that were not imported. */
  readonly problems: ImportProblem[];
  /** Rows skipped on purpose, not problems: a total row (the form's total-row word). */
  readonly notes: ImportProblem[];
  /** The sheet read, "" when there was none. */
  readonly sheet: string;
  /** How the header row was understood: each header and the column key it fills (null: not imported). */
  readonly columns: { readonly header: string; readonly key: string | null }[];
}

export interface SubmissionImport {
  readonly submission: Record<string, unknown>;
  readonly problems: ImportProblem[];
}
