/** Small value helpers shared by the operations. */

export const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * A text that starts with a printable ASCII character other than a space, or with a CJK ideograph,
 * has something in it: no `trim` needed for most filled fields.
 */
const isBlankText = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return !((first > 32 && first < 127) || (first >= 0x4e00 && first <= 0x9fff)) && text.trim() === "";
};

/** Blank: null, undefined, "", whitespace-only text, or an empty list. */
export const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && isBlankText(value)) ||
  (Array.isArray(value) && value.length === 0);

/** 10^digits for the decimals `round` allows, each exact as a double. */
const POWERS_OF_TEN: readonly number[] = Array.from({ length: 16 }, (_, digits) => 10 ** digits);

/** How far from a half a scaled value must be for its binary product to round as its decimal text does (the two differ by under 1e-6 below 1e9). */
const HALF_MARGIN = 1e-6;

/** Round half away from zero to `digits` decimals, without the binary drift of `x * 100` (1.005 → 1.01). */
export function roundTo(value: number, digits: number): number {
  // Beyond 2^52 a double has no fractional part left to round.
  if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 52) return value;
  const sign = value < 0 ? -1 : 1;
  // Most values are nowhere near a half: rounding the binary product then gives what the decimal
  // text would, and dividing an integer by an exact power of ten rounds as parsing `re-digits` does.
  // Below 1e-6 the text is written with an exponent, which the slower way below handles.
  const power = Number.isInteger(digits) ? POWERS_OF_TEN[digits] : undefined;
  if (power !== undefined && Math.abs(value) >= 1e-6) {
    const scaled = Math.abs(value) * power;
    if (scaled < 1e9 && Math.abs(scaled - Math.floor(scaled) - 0.5) > HALF_MARGIN) {
      const rounded = Math.round(scaled);
      return rounded === 0 ? 0 : sign * (rounded / power);
    }
  }
  const shifted = Number(`${Math.abs(value)}e${digits}`);
  if (!Number.isFinite(shifted)) {
    const factor = 10 ** digits;
    return (sign * Math.round(Math.abs(value) * factor)) / factor;
  }
  const result = sign * Number(`${Math.round(shifted)}e${-digits}`);
  return Object.is(result, -0) ? 0 : result;
}

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** The year of a year number (2020) or of an ISO date or month (`2020-05-01`, `2020-05`), around which white space is allowed; NaN otherwise. */
export function yearOf(value: unknown): number {
  if (isFiniteNumber(value)) return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== "string") return Number.NaN;
  // Read by character codes: row filters ask this of every row's dates.
  const text = isDigit(value.charCodeAt(0)) && isDigit(value.charCodeAt(value.length - 1)) ? value : value.trim();
  const { length } = text;
  if (length !== 4 && length !== 7 && length !== 10) return Number.NaN;
  for (let i = 0; i < length; i += 1) {
    const code = text.charCodeAt(i);
    if (i === 4 || i === 7 ? code !== 45 /* "-" */ : !isDigit(code)) return Number.NaN;
  }
  return (text.charCodeAt(0) - 48) * 1000 + (text.charCodeAt(1) - 48) * 100 + (text.charCodeAt(2) - 48) * 10 + (text.charCodeAt(3) - 48);
}
