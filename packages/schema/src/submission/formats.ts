/**
 * Formats checked by code of our own in place of ajv-formats' (the others stay ajv-formats'), with
 * exactly its meaning: a submission holds a date in every row of some tables, and ajv-formats'
 * `date` matches a regular expression with captures and converts each, several times the cost
 * of reading ten characters.
 */
import { _, type Code } from "ajv/dist/2020.js";

/**
 * ajv-formats' `date` (RFC 3339 full-date): four ASCII digits, `-`, a month 01–12, `-`, a day of
 * that month (29 February in leap years), nothing else. Self-contained (no outside names), because
 * `compileStandaloneValidators` writes its source into the generated module.
 */
export function isDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 45 || text.charCodeAt(7) !== 45) return false;
  // Each digit's value, read in place: no closure or substring per date (a table row holds several).
  const y1 = text.charCodeAt(0) - 48;
  const y2 = text.charCodeAt(1) - 48;
  const y3 = text.charCodeAt(2) - 48;
  const y4 = text.charCodeAt(3) - 48;
  const m1 = text.charCodeAt(5) - 48;
  const m2 = text.charCodeAt(6) - 48;
  const d1 = text.charCodeAt(8) - 48;
  const d2 = text.charCodeAt(9) - 48;
  const isDigit = (value: number): boolean => value >= 0 && value <= 9;
  if (!(isDigit(y1) && isDigit(y2) && isDigit(y3) && isDigit(y4) && isDigit(m1) && isDigit(m2) && isDigit(d1) && isDigit(d2))) return false;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return day <= days;
}

/** Our formats, by name, for Ajv's compiler. */
export const OWN_FORMATS: Readonly<Record<string, (text: string) => boolean>> = { date: isDate };

/** The name a standalone module gives its formats (see `formatsSource`). */
export const FORMATS_NAME: Code = _`cfFormats`;

/** What ajv-formats has a standalone module require for its formats (the default, full ones). */
const AJV_FORMATS = 'require("ajv-formats/dist/formats").fullFormats';

/** The source of a standalone module's formats, named `FORMATS_NAME`: ajv-formats' with ours in their place. */
export function formatsSource(): string {
  const own = Object.entries(OWN_FORMATS).map(([name, format]) => `${JSON.stringify(name)}: ${format.toString()}`);
  return `const ${FORMATS_NAME.toString()} = Object.assign({}, ${AJV_FORMATS}, { ${own.join(", ")} });`;
}
