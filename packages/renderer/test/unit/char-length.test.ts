/** charLength (src/widgets/narrative.ts): a long answer's count, one per code point, as `[...text]` counts. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { charLength } from "../../src/widgets/narrative.js";

describe("charLength", () => {
  it("counts code points: a Chinese character, an emoji and a lone surrogate are one each", () => {
    expect(charLength("集群发展")).toBe(4);
    expect(charLength("a😀b")).toBe(3);
    expect(charLength("\ud83d")).toBe(1);
    expect(charLength("\ude00\ud83d")).toBe(2);
    expect(charLength(undefined)).toBe(0);
    const unit = fc.oneof(fc.string({ unit: "binary", minLength: 1, maxLength: 1 }), fc.constantFrom("\ud83d", "\ude00", "字", "😀"));
    fc.assert(fc.property(fc.string({ unit, maxLength: 40 }), (text) => charLength(text) === [...text].length), { numRuns: 500 });
  });
});
