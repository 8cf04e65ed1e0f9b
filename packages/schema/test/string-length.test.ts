/**
 * `maxLength` and `minLength`, with the length in code units asked first (../src/submission/string-length.ts),
 * report what Ajv's own keyword reports (characters, a surrogate pair counting one), in the same
 * order among a string's other keywords, on any text near any limit. (The module `cluster-form
 * build` writes is held to the same findings by ./findings-digests.test.ts.)
 */
import { Ajv2020 } from "ajv/dist/2020.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createSubmissionAjv } from "../src/submission/ajv.js";

const stock = new Ajv2020({ allErrors: true, strict: false });
const ours = createSubmissionAjv();

/** Text of astral characters (two code units each), lone surrogates and plain ones, around a limit. */
const text = fc
  .array(fc.constantFrom("a", "字", "😀", "\ud800", "\udc00", "\ud83d"), { maxLength: 24 })
  .map((pieces) => pieces.join(""));

describe("maxLength and minLength asking the length first", () => {
  it("report what Ajv's own report, in the same order as a pattern's errors", () => {
    fc.assert(
      fc.property(text, fc.nat(20), fc.nat(20), (value, maxLength, minLength) => {
        const schema = { type: "object", properties: { v: { type: "string", maxLength, minLength, pattern: "^a" } } };
        const expected = stock.compile(schema);
        const actual = ours.compile(schema);
        expect(actual({ v: value })).toBe(expected({ v: value }));
        expect(actual.errors ?? null).toEqual(expected.errors ?? null);
      }),
      { numRuns: 2000 },
    );
  });

  it("count characters only for a string whose length does not decide: an astral one at its limit", () => {
    const validate = ours.compile({ type: "string", maxLength: 3, minLength: 2 });
    expect(validate("😀😀😀")).toBe(true);
    expect(validate("😀")).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toEqual(["minLength"]);
    expect(validate("😀😀😀😀")).toBe(false);
    expect(validate.errors?.map((e) => e.keyword)).toEqual(["maxLength"]);
  });
});
