/**
 * The numbers a scoring text states (40%, 500万元, 3项, 一个) and whether a rule's number is one
 * of them. A percentage may be written 40 or 0.4 in a rule, an amount in 元 or 万元.
 */

/** What a number measures; points (得2分) and years (2020年) are not thresholds and are left out. */
export type QuantityKind = "percent" | "amount" | "count";

export interface TextNumber {
  readonly value: number;
  /** Undefined for a bare number (表5, a date): it may match a rule's number but is never reported. */
  readonly kind?: QuantityKind;
  /** As written, for the message. */
  readonly written: string;
  /** Where the number's digits start in the text, and how many characters they take (to replace them). */
  readonly at: number;
  readonly digits: string;
}

const COUNT_UNITS = "个项件家次人名条种所处座台套";
const CHINESE_DIGITS: Readonly<Record<string, number>> = { 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 一 … 九十九 (十, 十二, 二十, 二十五); undefined for anything else. */
function chineseNumber(text: string): number | undefined {
  const [tens, units] = text.includes("十") ? text.split("十") : ["", text];
  const unitValue = units === "" ? 0 : CHINESE_DIGITS[units ?? ""];
  if (!text.includes("十")) return unitValue;
  const tensValue = tens === "" ? 1 : CHINESE_DIGITS[tens ?? ""];
  return tensValue === undefined || unitValue === undefined ? undefined : tensValue * 10 + unitValue;
}

/** Which kind a unit written after a number (or a field's `unit`) denotes. */
export function kindOfUnit(unit: string | undefined): QuantityKind | undefined {
  if (!unit) return undefined;
  if (/^[%％]/.test(unit)) return "percent";
  if (/^(万元|亿元|元|万)/.test(unit)) return "amount";
  if (COUNT_UNITS.includes(unit[0] ?? "")) return "count";
  return undefined;
}

const NUMBER = /(\d+(?:\.\d+)?|[一二两三四五六七八九十]{1,3})\s*(%|％|万元|亿元|元|万|分|年|[个项件家次人名条种所处座台套])?/g;
/** Bounded: a scoring text is a paragraph; a longer one is read up to here. */
const MAX_TEXT = 4000;

/** Full-width digits (７０％, typed on a Chinese keyboard) as ASCII; one character each, so offsets hold. */
const asciiDigits = (text: string): string => text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));

export function numbersInText(source: string): TextNumber[] {
  const text = asciiDigits(source.slice(0, MAX_TEXT));
  const found: TextNumber[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [written, digits = "", unit] = match;
    const before = text[(match.index ?? 0) - 1] ?? "";
    // 第3项, 表5: ordinals and names, not quantities.
    if (before === "第" || before === "表") continue;
    if (unit === "分" || unit === "年") continue;
    const chinese = !/^\d/.test(digits);
    // A Chinese numeral counts only with its unit (一个), never alone (统一, 之一).
    if (chinese && (unit === undefined || kindOfUnit(unit) !== "count")) continue;
    const value = chinese ? chineseNumber(digits) : Number(digits);
    if (value === undefined || !Number.isFinite(value)) continue;
    found.push({ value, kind: kindOfUnit(unit), written: written.trim(), at: match.index ?? 0, digits });
  }
  return found;
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** Whether `ruleValue` is the number the text wrote, allowing 40% = 0.4 and 500万元 = 5000000 元. */
export function sameQuantity(textNumber: TextNumber, ruleValue: number): boolean {
  const { value, written } = textNumber;
  if (close(value, ruleValue)) return true;
  if (textNumber.kind === "percent") return close(value / 100, ruleValue);
  if (textNumber.kind === "amount") {
    const scale = written.includes("亿") ? 1e8 : written.includes("万") ? 1e4 : 1;
    return close(value * scale, ruleValue) || close(value * scale, ruleValue * 1e4);
  }
  return false;
}
