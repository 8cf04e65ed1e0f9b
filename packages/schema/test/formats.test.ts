/** Our `date` format says what ajv-formats' says, on its edge cases and on any text of a date's shape. */
import { fullFormats } from "ajv-formats/dist/formats.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatsSource, isDate, OWN_FORMATS } from "../src/submission/formats.js";
import { createSubmissionAjv } from "../src/submission/ajv.js";

const theirs = (text: string): boolean => {
  const format = fullFormats.date;
  if (typeof format !== "object" || !("validate" in format) || typeof format.validate !== "function") throw new Error("ajv-formats' date is a function");
  return (format.validate as (text: string) => boolean)(text);
};

const EDGE_CASES = [
  "2020-02-29", // leap year
  "2019-02-29", // not one
  "2000-02-29", // divisible by 400
  "1900-02-29", // by 100, not 400
  "0000-02-29", // year 0 is a leap year
  "2020-02-30",
  "2020-04-31",
  "2020-04-30",
  "2020-12-31",
  "2020-01-32",
  "2020-00-10",
  "2020-13-10",
  "2020-10-00",
  "9999-12-31",
  "2020-1-01",
  "2020-01-1",
  "20200-01-01",
  "2020/01/01",
  "2020-01-01 ",
  " 2020-01-01",
  "2020-01-01\n",
  "2020-01-01T00:00:00Z",
  "２０２０-01-01", // full-width digits are not \d
  "2020-0a-01",
  "9x99-01-01",
  "2020--1-01",
  "2020-+1-01",
  "",
  "date",
];

describe("the date format", () => {
  it("agrees with ajv-formats' on its edge cases (leap years, days past the month's end, bad months, shape)", () => {
    const answers = EDGE_CASES.map((text) => [text, isDate(text)]);
    expect(answers).toEqual(EDGE_CASES.map((text) => [text, theirs(text)]));
    // Both answers occur, so the comparison means something.
    expect(new Set(answers.map(([, answer]) => answer))).toEqual(new Set([true, false]));
  });

  it("agrees with ajv-formats' on any text of a date's shape, and on any text at all", () => {
    const digits = (n: number) => fc.string({ unit: fc.constantFrom(..."0123456789x-/ ٣"), minLength: n, maxLength: n });
    const dateLike = fc.tuple(digits(4), fc.constantFrom("-", "/", "0"), digits(2), fc.constantFrom("-", "_"), digits(2)).map((parts) => parts.join(""));
    const plausible = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
    fc.assert(
      fc.property(fc.oneof(dateLike, plausible, fc.string({ maxLength: 12 })), (text) => {
        expect(isDate(text)).toBe(theirs(text));
      }),
      { numRuns: 20000 },
    );
  });

  it("replaces ajv-formats' in the compiler and in the source written for standalone modules", () => {
    const ajv = createSubmissionAjv();
    expect(ajv.formats["date"]).toBe(OWN_FORMATS["date"]);
    const validate = ajv.compile({ type: "string", format: "date" });
    expect([validate("2020-02-29"), validate("2019-02-29")]).toEqual([true, false]);
    // A standalone module defines them in its own source (test/standalone.test.ts runs such modules, with a bad date and a bad email).
    expect(formatsSource()).toMatch(/^const cfFormats = Object\.assign\(\{\}, require\("ajv-formats\/dist\/formats"\)\.fullFormats, \{ "date": function isDate\(text\) \{/);
  });
});
