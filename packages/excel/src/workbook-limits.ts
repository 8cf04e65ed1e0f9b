/**
 * How large a workbook of a form can legitimately be, derived from the form's largest submission
 * (@cluster-form/schema's `largestSubmission`: every field at its `maxLength`, every list at its
 * `maxItems`). A workbook that expands to more is refused before it is parsed (workbook-guard.ts):
 * exceljs holds about eight bytes of memory per byte of XML.
 */
import { largestSubmission, type FormPackage } from "@cluster-form/schema";

export interface WorkbookLimits {
  /** The most the workbook's parts may expand to, all entries together (bytes). */
  readonly maxBytes: number;
  /** The most entries (files) the archive may hold. */
  readonly maxEntries: number;
  /** The largest .xlsx file accepted (bytes): a stored (uncompressed) archive of `maxBytes`, with its headers. */
  readonly maxFileBytes: number;
}

/** XML around one cell (`<c r="AB123" s="4" t="s"><v>812</v></c>`, its shared-string item), beyond its text. */
const BYTES_PER_CELL = 64;
/**
 * Styles, labels and headers, choice titles beyond their values, the scores sheet's words, column
 * settings, and the other sheets and formatting a hand-made workbook carries.
 */
const FIXED_PART_BYTES = 16 * 2 ** 20;
/** For a form whose text has no bound (a string without `maxLength`, a list without `maxItems`). */
export const UNBOUNDED_FORM_BYTES = 64 * 2 ** 20;
/** Never more, whatever the form declares: parsing 256 MiB of XML takes about 2 GB of memory. */
export const MAX_WORKBOOK_BYTES = 256 * 2 ** 20;
/** A workbook of a form has a few files per sheet; a hand-made one adds drawings and the like. */
export const MAX_WORKBOOK_ENTRIES = 1000;

/**
 * The limits of the form's workbooks: its largest submission's text (as compact JSON, three bytes
 * a character, as a cell's UTF-8 XML takes it at most) and a cell's XML per value, plus a fixed allowance.
 */
export function workbookLimits(pkg: FormPackage): WorkbookLimits {
  const largest = largestSubmission(pkg);
  const formBytes = largest ? largest.compactBytes + largest.values * BYTES_PER_CELL : undefined;
  const maxBytes = Math.min(MAX_WORKBOOK_BYTES, formBytes === undefined ? UNBOUNDED_FORM_BYTES : FIXED_PART_BYTES + formBytes);
  return { maxBytes, maxEntries: MAX_WORKBOOK_ENTRIES, maxFileBytes: maxBytes + 2 ** 20 };
}
