/**
 * Text as a cell keeps it exactly. XML cannot hold most control characters, turns `\r` and
 * `\r\n` into `\n`, and a lone surrogate cannot be written as UTF-8, so such characters are
 * written as `_xHHHH_`, the escape of Office Open XML (ECMA-376 ST_Xstring) that Excel and exceljs
 * read back as the character. Text that already looks like an escape has its `_` escaped
 * (`_x005F_`), so it reads back as typed.
 */

/**
 * Characters XML 1.0 cannot carry or that its parsers change, lone surrogates, and each `_` that
 * starts what reads as an escape (only the `_`: in `_x005F_x0041_` both escapes must be kept).
 */
// eslint-disable-next-line no-control-regex
const NEEDS_ESCAPE = /_(?=x[0-9A-Fa-f]{4}_)|[\x00-\x08\x0B-\x1F\x7F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escape = (code: number): string => `_x${code.toString(16).toUpperCase().padStart(4, "0")}_`;

/** The text to put in a cell so that it reads back exactly as `text`. */
export function cellTextOut(text: string): string {
  return text.replace(NEEDS_ESCAPE, (match) => escape(match.charCodeAt(0)));
}

/** A cell's value with its text escaped; other values as they are. */
export function cellValueOut<T>(value: T): T | string {
  return typeof value === "string" ? cellTextOut(value) : value;
}
