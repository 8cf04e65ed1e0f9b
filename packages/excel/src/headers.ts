/** Matching sheet headers to columns by their label, whatever the unit suffix, spacing or width of the characters. */
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

/** A label's leading year (`2020年销售收入`, `2020年度…`), which a hand-made sheet often leaves out. */
const LEADING_YEAR = /^\s*\d{4}\s*年度?\s*/;

/**
 * Finds the candidate a header names: its label alone or with its unit, and else the label without
 * its leading year (`销售收入(万元)` for `2020年销售收入`) when that names one candidate only. A
 * header with another unit (last year's sheet in yuan) or another year matches nothing, so values
 * are not taken at the wrong scale or from the wrong year.
 */
export function matchHeader<T>(header: string, candidates: readonly HeaderCandidate<T>[], words: SheetWords): T | undefined {
  const wanted = normalizeHeader(header);
  if (!wanted) return undefined;
  const names = (label: string, unit: string | undefined): boolean => normalizeHeader(label) === wanted || normalizeHeader(headerWithUnit(words, label, unit)) === wanted;
  const exact = candidates.find((c) => names(c.label, c.unit));
  if (exact) return exact.target;
  const yearless = candidates.filter((c) => LEADING_YEAR.test(c.label) && names(c.label.replace(LEADING_YEAR, ""), c.unit));
  return yearless.length === 1 ? yearless[0]?.target : undefined;
}
