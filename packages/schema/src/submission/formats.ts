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
  for (let at = 0; at < 10; at++) {
    const code = text.charCodeAt(at);
    if (at !== 4 && at !== 7 && (code < 48 || code > 57)) return false;
  }
  const number = (from: number, to: number): number => {
    let value = 0;
    for (let at = from; at < to; at++) value = value * 10 + text.charCodeAt(at) - 48;
    return value;
  };
  const year = number(0, 4);
  const month = number(5, 7);
  const day = number(8, 10);
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
