// `round` (and `growth`, which rounds to 2 decimals) against rounding the decimal text of the value,
// half away from zero: the built bundle's quick binary path must give exactly what the text gives,
// also next to halves, for tiny values written with an exponent, and for -0.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyRule } from "../../dist/index.js";

/**
 * Rounding by the value's decimal text, half away from zero (`1.005` → `1.01`), the definition
 * the operations keep to; a text written with an exponent (below 1e-6) cannot be shifted, and the
 * binary product is rounded instead, keeping the sign of a zero.
 */
function roundByText(value: number, digits: number): number {
  if (!Number.isFinite(value) || Math.abs(value) >= 2 ** 52) return value;
  const text = String(Math.abs(value));
  const negative = value < 0;
  if (text.includes("e")) {
    const magnitude = Math.round(Math.abs(value) * 10 ** digits) / 10 ** digits;
    return negative ? -magnitude : magnitude;
  }
  const magnitude = Number(`${Math.round(Number(`${text}e${digits}`))}e-${digits}`);
  return negative && magnitude !== 0 ? -magnitude : magnitude;
}

const digits = fc.integer({ min: 0, max: 15 });
/** Values next to a half at `places` decimals: k.5 / 10^places, nudged by a few units in the last place or not at all. */
const nearHalf = fc
  .tuple(fc.integer({ min: -10_000_000, max: 10_000_000 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: -3, max: 3 }))
  .map(([whole, places, nudge]) => {
    const value = (whole + 0.5) / 10 ** places;
    return value + nudge * Number.EPSILON * Math.abs(value);
  });
const values = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.double({ min: -1e-5, max: 1e-5, noNaN: true }), nearHalf, fc.integer().map((n) => n / 100));

describe("round and growth", () => {
  it("round as the decimal text rounds", () => {
    fc.assert(
      fc.property(values, digits, (value, places) => {
        expect(Object.is(applyRule({ round: [value, places] }, {}), roundByText(value, places))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("round next to a half at the decimals asked for", () => {
    fc.assert(
      fc.property(nearHalf, fc.integer({ min: 0, max: 8 }), (value, places) => {
        expect(Object.is(applyRule({ round: [value, places] }, {}), roundByText(value, places))).toBe(true);
      }),
      { numRuns: 2_000 },
    );
  });

  it("growth as the decimal text of the change rounds", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e6, max: 1e6, noNaN: true }), fc.double({ min: -1e6, max: 1e6, noNaN: true }), (before, after) => {
        fc.pre(before !== 0);
        const expected = roundByText(((after - before) / before) * 100, 2);
        expect(applyRule({ growth: [before, after] }, {})).toBe(Number.isFinite(expected) ? expected : null);
      }),
      { numRuns: 2_000 },
    );
  });

  it("keep the sign of a tiny negative value rounded away, as the text path does", () => {
    for (const value of [-1e-7, -4.9e-7, -0.0000004]) {
      for (let places = 0; places <= 15; places += 1) expect(Object.is(applyRule({ round: [value, places] }, {}), roundByText(value, places))).toBe(true);
    }
  });
});
