/**
 * The count of JSON values a reader makes before parsing (the command line, the scoring service):
 * never below what JSON.parse builds, the same fed in pieces as whole, stopping past its limit.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countValues, ValueCounter } from "../src/index.js";

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);

/** The values JSON.parse builds from `text`: the root and everything inside it. */
function valuesIn(value: unknown): number {
  if (value === null || typeof value !== "object") return 1;
  return 1 + Object.values(value).reduce<number>((sum, inner) => sum + valuesIn(inner), 0);
}

describe("countValues", () => {
  const cases = [
    "1",
    '"a,b,[c],{d}"',
    "[]",
    "{}",
    "[1,2,3]",
    '{"a":1,"b":[true,null,{"c":"x"}]}',
    '["\\"",",","\\\\",[1]]',
    '[{"k\\",":"v,"},{"[":"]"}]',
    '  [ 1 , 2 ]  ',
    '"集群,产业"',
    String.raw`["\\\"",",",{"\\":"\\\\"}]`,
  ];
  it.each(cases)("never counts fewer values than JSON.parse builds: %s", (text) => {
    const counted = countValues(bytes(text), 1_000);
    expect(counted).toBeGreaterThanOrEqual(valuesIn(JSON.parse(text)));
    // Commas and brackets inside strings do not count: at most one extra per empty object or list.
    expect(counted).toBeLessThanOrEqual(valuesIn(JSON.parse(text)) + (text.match(/\[\]|\{\}/g)?.length ?? 0));
  });

  it("never counts fewer values than JSON.parse builds, for any JSON text", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.boolean(), (value, indent) => {
        const text = JSON.stringify(value, null, indent ? 2 : undefined);
        expect(countValues(bytes(text), Number.POSITIVE_INFINITY)).toBeGreaterThanOrEqual(valuesIn(JSON.parse(text)));
      }),
      { numRuns: 2_000 },
    );
  });

  it("counts a body fed in pieces as it counts it whole, wherever the pieces break (inside a string, between backslashes)", () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(fc.nat(), { maxLength: 6 }), (value, cuts) => {
        const whole = bytes(JSON.stringify(value));
        const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
        const counter = new ValueCounter();
        let start = 0;
        for (const point of [...points, whole.length]) {
          counter.add(whole.subarray(start, point), Number.POSITIVE_INFINITY);
          start = point;
        }
        expect(counter.values).toBe(countValues(whole, Number.POSITIVE_INFINITY));
      }),
      { numRuns: 2_000 },
    );
    // Runs of backslashes cut at every place: a quote after an odd run is escaped, after an even one it ends the text.
    for (const text of [String.raw`["\\\"x",1,2]`, String.raw`["a\\\\",1,2]`, String.raw`["\\",[3]]`, String.raw`["\\\\\\\"",","]`]) {
      const whole = bytes(text);
      for (let cut = 0; cut <= whole.length; cut++) {
        const counter = new ValueCounter();
        counter.add(whole.subarray(0, cut), Number.POSITIVE_INFINITY);
        counter.add(whole.subarray(cut), Number.POSITIVE_INFINITY);
        expect(counter.values, `${text} cut at ${cut}`).toBe(valuesIn(JSON.parse(text)));
      }
    }
  });

  it("stops counting just past the limit", () => {
    const list = bytes(`[${"0,".repeat(1_000_000)}0]`);
    expect(countValues(list, 10)).toBe(11);
    expect(countValues(list, 2_000_000)).toBe(1_000_002);
  });
});

