/** Small value helpers shared by the operations. */

export const isFiniteNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);

/** Blank: null, undefined, "", whitespace-only text, or an empty list. */
export const isBlank = (value: unknown): boolean =>
  value === null ||
  value === undefined ||
  (typeof value === "string" && value.trim() === "") ||
  (Array.isArray(value) && value.length === 0);

/** Round half away from zero to `digits` decimals, without the binary drift of `x * 100` (1.005 → 1.01). */
export function roundTo(value: number, digits: number): number {
  // Beyond 2^52 a double has no fractional part left to round.
  if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 52) return value;
  const sign = value < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(value)}e${digits}`);
  if (!Number.isFinite(shifted)) {
    const factor = 10 ** digits;
    return (sign * Math.round(Math.abs(value) * factor)) / factor;
  }
  const result = sign * Number(`${Math.round(shifted)}e${-digits}`);
  return Object.is(result, -0) ? 0 : result;
}

/** The year of a year number (2020) or of an ISO date or month (`2020-05-01`, `2020-05`); NaN otherwise. */
export function yearOf(value: unknown): number {
  if (isFiniteNumber(value)) return Number.isInteger(value) ? value : Number.NaN;
  if (typeof value !== "string") return Number.NaN;
  const match = /^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?\s*$/.exec(value);
  return match ? Number(match[1]) : Number.NaN;
}
