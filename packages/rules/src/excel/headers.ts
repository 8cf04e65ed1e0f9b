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

/**
 * Finds the candidate a header names: its label alone or with its unit. A header with another
 * unit (last year's sheet in yuan) matches nothing, so the values are not taken at the wrong scale.
 */
export function matchHeader<T>(header: string, candidates: readonly HeaderCandidate<T>[], words: SheetWords): T | undefined {
  const wanted = normalizeHeader(header);
  if (!wanted) return undefined;
  return candidates.find(
    (c) => normalizeHeader(c.label) === wanted || normalizeHeader(headerWithUnit(words, c.label, c.unit)) === wanted,
  )?.target;
}
