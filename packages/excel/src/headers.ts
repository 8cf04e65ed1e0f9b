/** Matching sheet headers to columns by their label, whatever the unit suffix, spacing or width of the characters. */
import { scoringTextWords } from "@cluster-form/rules";
import type { SheetWords } from "./messages.js";

/** Full-width forms of ASCII (U+FF01–U+FF5E) and the ideographic space, folded to ASCII. */
function foldWidth(text: string): string {
  return text.replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/\u3000/g, " ");
}

/** The comparable form of a header: width folded, no whitespace, lower case. */
export function normalizeHeader(text: string): string {
  return foldWidth(text).replace(/\s+/g, "").toLowerCase();
}

/** The label followed by its unit in brackets, unless the label already ends with it. */
export function headerWithUnit(words: SheetWords, label: string, unit: string | undefined): string {
  if (!unit) return label;
  return normalizeHeader(label).endsWith(normalizeHeader(words.withUnit("", unit))) ? label : words.withUnit(label, unit);
}

export interface HeaderCandidate<T> {
  readonly label: string;
  readonly unit?: string;
  readonly target: T;
}

/**
 * A label without its leading year (four digits and the workbook's year word or its year-as-period
 * word), which a hand-made sheet often leaves out; undefined when the label has none.
 */
function withoutLeadingYear(label: string): string | undefined {
  const digits = /^\s*\d{4}\s*/.exec(label);
  if (!digits) return undefined;
  const rest = label.slice(digits[0].length);
  const word = [scoringTextWords.yearPeriod, scoringTextWords.year].find((w) => rest.startsWith(w));
  return word === undefined ? undefined : rest.slice(word.length).trimStart();
}

/**
 * Finds the candidate a header names: its label alone or with its unit, and else the label without
 * its leading year (a header "sales (unit)" for the label "2020 sales") when that names one candidate only. A
 * header with another unit (last year's sheet in yuan) or another year matches nothing, so values
 * are not taken at the wrong scale or from the wrong year.
 */
export function matchHeader<T>(header: string, candidates: readonly HeaderCandidate<T>[], words: SheetWords): T | undefined {
  const wanted = normalizeHeader(header);
  if (!wanted) return undefined;
  const names = (label: string, unit: string | undefined): boolean => normalizeHeader(label) === wanted || normalizeHeader(headerWithUnit(words, label, unit)) === wanted;
  const exact = candidates.find((c) => names(c.label, c.unit));
  if (exact) return exact.target;
  const yearless = candidates.filter((c) => {
    const bare = withoutLeadingYear(c.label);
    return bare !== undefined && names(bare, c.unit);
  });
  return yearless.length === 1 ? yearless[0]?.target : undefined;
}
