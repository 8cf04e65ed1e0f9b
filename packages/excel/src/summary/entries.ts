/**
 * What a summary source yields: a submission, or an entry naming where one came from (a file)
 * or why it could not be read. Entries are branded so that no submission can pass for one.
 */
import type { LocalizedMessage } from "@cluster-form/schema";

const ENTRY = Symbol("cluster-form.summaryEntry");

export interface SummaryEntry {
  readonly [ENTRY]: true;
  readonly source: string;
  readonly submission?: unknown;
  readonly error?: LocalizedMessage;
}

export function summaryEntry(source: string, submission: unknown): SummaryEntry {
  return { [ENTRY]: true, source, submission };
}

export function unreadableEntry(source: string, error: LocalizedMessage): SummaryEntry {
  return { [ENTRY]: true, source, error };
}

export function isSummaryEntry(value: unknown): value is SummaryEntry {
  return typeof value === "object" && value !== null && Object.hasOwn(value, ENTRY);
}
