/** The input limits, walked whole and remembered per object, say the same on any value. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { exceedsLimits, jsonBound, rememberingLimits } from "../src/submission/size.js";

const limits = { maxBytes: 400, maxDepth: 5 };

describe("input limits, remembered per object", () => {
  it("say what the whole walk says, on any value and again on values sharing objects with earlier ones", () => {
    const check = rememberingLimits(limits);
    fc.assert(
      fc.property(fc.array(fc.jsonValue({ maxDepth: 8 }), { minLength: 1, maxLength: 4 }), (values) => {
        // Each value alone, then all in one array and nested a level deeper: the same objects, deeper and larger.
        for (const value of [...values, values, { again: values }]) expect(check(value)).toBe(exceedsLimits(value, limits));
      }),
      { numRuns: 300 },
    );
  });

  it("say what the whole walk says on either side of the size limit, for Chinese text (three bytes a character)", () => {
    const check = rememberingLimits(limits);
    const answers = new Set<string | undefined>();
    for (let keys = 0; keys < 40; keys++) {
      // Keys of Chinese characters only: the bound (three bytes a code unit) is then exact.
      const stems = "甲乙丙丁戊己庚辛壬癸";
      const value = Object.fromEntries(Array.from({ length: keys }, (_, i) => [`${stems[i % 10]}${stems[Math.floor(i / 10)]}`, "字"]));
      answers.add(exceedsLimits(value, limits));
      expect(check(value)).toBe(exceedsLimits(value, limits));
    }
    expect(answers).toEqual(new Set([undefined, "size"]));
  });

  it("see a remembered object that, placed deeper, now nests too deep", () => {
    const check = rememberingLimits(limits);
    const inner = { a: { b: { c: 1 } } };
    expect(check(inner)).toBeUndefined();
    // inner's deepest object is two levels below it: at depth 5 (the limit) here.
    const deeper = { x: { y: { z: inner } } };
    expect(exceedsLimits(deeper, limits)).toBe("depth");
    expect(check(deeper)).toBe("depth");
    expect(check({ x: inner })).toBeUndefined();
  });

  it("stop at the depth limit on a value that nests without end", () => {
    const cyclic: Record<string, unknown> = {};
    cyclic["self"] = cyclic;
    expect(rememberingLimits(limits)(cyclic)).toBe("depth");
  });

  it("count own keys only, whatever a prototype or a polluted Object.prototype holds", () => {
    const large = "x".repeat(limits.maxBytes);
    const deep = { a: { b: { c: { d: { e: { f: {} } } } } } };
    const small = { a: [1, "字"], b: { c: null } };
    const withoutPrototype = Object.assign(Object.create(null) as Record<string, unknown>, small);
    // An inherited value too deep, or too large, is not the object's: neither refuses it.
    const inheriting = [{ deep }, { large }].map((proto) => Object.assign(Object.create(proto) as Record<string, unknown>, small));
    for (const value of [small, withoutPrototype, ...inheriting, inheriting]) expect(exceedsLimits(value, limits)).toBeUndefined();
    expect(exceedsLimits({ a: Object.assign(Object.create(null) as Record<string, unknown>, { deep }) }, limits)).toBe("depth");
    const polluted = Object.prototype as Record<string, unknown>;
    try {
      polluted["deep"] = deep;
      for (const value of [small, withoutPrototype, [small]]) expect(exceedsLimits(value, limits)).toBeUndefined();
    } finally {
      delete polluted["deep"];
    }
  });

  it("refuse a value exactly one byte or one level past its measure, as the walk with its own stack measures it", () => {
    // Chinese text only: three bytes a code unit is then exact, and the bound is the size.
    const text = fc.array(fc.constantFrom("字", "甲", "乙"), { maxLength: 4 }).map((units) => units.join(""));
    const { value } = fc.letrec<{ value: unknown }>((tie) => ({
      value: fc.oneof(
        { depthSize: "small" },
        text,
        fc.integer(),
        fc.constant(null),
        fc.boolean(),
        fc.array(tie("value"), { maxLength: 4 }),
        fc.dictionary(text, tie("value"), { maxKeys: 4 }),
      ),
    }));
    const height = (v: unknown): number =>
      typeof v === "object" && v !== null ? 1 + Math.max(0, ...(Array.isArray(v) ? v : Object.values(v as Record<string, unknown>)).map(height)) : 0;
    fc.assert(
      fc.property(value, (v) => {
        const bytes = jsonBound(v);
        const levels = height(v);
        expect(exceedsLimits(v, { maxBytes: bytes, maxDepth: levels })).toBeUndefined();
        expect(exceedsLimits(v, { maxBytes: bytes - 1, maxDepth: levels })).toBe("size");
        if (levels > 0) expect(exceedsLimits(v, { maxBytes: bytes, maxDepth: levels - 1 })).toBe("depth");
      }),
      { numRuns: 500 },
    );
  });
});
