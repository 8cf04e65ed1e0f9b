import { scoringTextWords } from "../locales/scoring-text.zh.js";

/**
 * The numbers a scoring text states (a percentage, an amount, a count, in digits or in words) and
 * whether a rule's number is one of them. A percentage may be written 40 or 0.4 in a rule, an amount
 * in the text's unit or in yuan. The workbook's words are in ../locales/scoring-text.zh.ts.
 */

/** What a number measures; points and years are not thresholds and are left out. */
export type QuantityKind = "percent" | "amount" | "count";

export interface TextNumber {
  readonly value: number;
  /** Undefined for a bare number (a table's number, a date): it may match a rule's number but is never reported. */
  readonly kind?: QuantityKind;
  /** As written, for the message. */
  readonly written: string;
  /** Where the number's digits start in the text, and how many characters they take (to replace them). */
  readonly at: number;
  readonly digits: string;
}

const WORDS = scoringTextWords;
const DIGITS: Readonly<Record<string, number>> = WORDS.digits;
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** A numeral in words from one to ninety-nine (ten, twelve, twenty, twenty-five); undefined for anything else. */
function chineseNumber(text: string): number | undefined {
  const [tens, units] = text.includes(WORDS.ten) ? text.split(WORDS.ten) : ["", text];
  const unitValue = units === "" ? 0 : DIGITS[units ?? ""];
  if (!text.includes(WORDS.ten)) return unitValue;
  const tensValue = tens === "" ? 1 : DIGITS[tens ?? ""];
  return tensValue === undefined || unitValue === undefined ? undefined : tensValue * 10 + unitValue;
}

/** Which kind a unit written after a number (or a field's `unit`) denotes. */
export function kindOfUnit(unit: string | undefined): QuantityKind | undefined {
  if (!unit) return undefined;
  if (WORDS.percentUnits.some((u) => unit.startsWith(u))) return "percent";
  if (WORDS.amountUnits.some(([u]) => unit.startsWith(u))) return "amount";
  if (WORDS.countUnits.includes(unit[0] ?? "")) return "count";
  return undefined;
}

/** The factor an amount's unit puts on its number (ten thousand for an amount in ten thousands of yuan); 1 for anything else. */
export function amountScale(number: TextNumber): number {
  if (number.kind !== "amount") return 1;
  return WORDS.amountUnits.find(([unit]) => number.written.includes(unit))?.[1] ?? 1;
}

const UNITS = [...WORDS.percentUnits, ...WORDS.amountUnits.map(([unit]) => unit), WORDS.points, WORDS.year].map(escape).join("|");
// Zero is never written alone as a quantity, so a numeral starts from the digits one to nine and ten.
const NUMERAL = Object.keys(DIGITS).filter((digit) => DIGITS[digit] !== 0).join("") + WORDS.ten;
const NUMBER = new RegExp(`(\\d+(?:\\.\\d+)?|[${NUMERAL}]{1,3})\\s*(${UNITS}|[${WORDS.countUnits}])?`, "g");
/** Bounded: a scoring text is a paragraph; a longer one is read up to here. */
const MAX_TEXT = 4000;

/** Full-width digits (typed on a Chinese keyboard) as ASCII; one character each, so offsets hold. */
const asciiDigits = (text: string): string => text.replace(/[\uff10-\uff19]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function numbersInText(source: string): TextNumber[] {
  const text = asciiDigits(source.slice(0, MAX_TEXT));
  const found: TextNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [written, digits = "", unit] = match;
    const before = text[(match.index ?? 0) - 1] ?? "";
    // Ordinals and names (the third item, table 5), not quantities.
    if ((WORDS.ordinalMarkers as readonly string[]).includes(before)) continue;
    if (unit === WORDS.points || unit === WORDS.year) continue;
    const chinese = !/^\d/.test(digits);
    // A numeral in words counts only with its unit ("one item"), never alone (as part of a word).
    if (chinese && (unit === undefined || kindOfUnit(unit) !== "count")) continue;
    const value = chinese ? chineseNumber(digits) : Number(digits);
    if (value === undefined || !Number.isFinite(value)) continue;
    found.push({ value, kind: kindOfUnit(unit), written: written.trim(), at: match.index ?? 0, digits });
  }
  return found;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether `ruleValue` is the number the text wrote, allowing 40% = 0.4 and an amount in ten thousands = the same in yuan. */
export function sameQuantity(textNumber: TextNumber, ruleValue: number): boolean {
  const { value } = textNumber;
  if (close(value, ruleValue)) return true;
  if (textNumber.kind === "percent") return close(value / 100, ruleValue);
  if (textNumber.kind === "amount") {
    const scale = amountScale(textNumber);
    return close(value * scale, ruleValue) || close(value * scale, ruleValue * 1e4);
  }
  return false;
}
