// Completeness in whole percent: rounded down exactly, never one short through floating point.
import { describe, expect, it } from "vitest";
import { filledPercent } from "../../src/index.js";

/** Integer floor division, the exact answer the float formula must give. */
const exactPercent = (filled: number, required: number): number => (100 * filled - ((100 * filled) % required)) / required;

describe("filledPercent", () => {
  it("is 100 when nothing is required", () => {
    expect(filledPercent(0, 0)).toBe(100);
  });

  it("reads 29 of 100 as 29 (dividing first would give 28.999… and 28)", () => {
    expect(filledPercent(29, 100)).toBe(29);
    expect(filledPercent(57, 100)).toBe(57);
  });

  it("agrees with integer arithmetic on every count up to 500 required fields", () => {
    const wrong: string[] = [];
    for (let required = 1; required <= 500; required += 1) {
      for (let filled = 0; filled <= required; filled += 1) {
        if (filledPercent(filled, required) !== exactPercent(filled, required)) wrong.push(`${filled}/${required}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
