import { describe, expect, it } from "vitest";
import { around, mergeRanges, rowSlots, rowsInView, sameRanges } from "../../src/session/row-ranges.js";

describe("rowsInView", () => {
  const base = { viewportHeight: 900, rowHeight: 45, count: 200, overscan: 4 };
  it.each([
    // The table starts 100 px below the top: rows 0–17 are in view, 4 more below.
    [{ ...base, top: 100 }, { from: 0, to: 22 }],
    // Scrolled 4,500 px into the table: rows 100–120 are in view, 4 more on each side.
    [{ ...base, top: -4500 }, { from: 96, to: 124 }],
    // The end of the table: clamped to its 200 rows.
    [{ ...base, top: -8500 }, { from: 184, to: 200 }],
    // Far below the viewport, or scrolled far past: nothing to draw.
    [{ ...base, top: 5000 }, { from: 0, to: 0 }],
    [{ ...base, top: -20000 }, { from: 200, to: 200 }],
    // A row height not measured yet (0) does not divide by zero.
    [{ ...base, top: 0, rowHeight: 0, count: 10 }, { from: 0, to: 10 }],
  ])("%j → %j", (geometry, expected) => {
    expect(rowsInView(geometry)).toEqual(expected);
  });
});

describe("mergeRanges", () => {
  it("clamps, sorts, joins overlapping and touching ranges, and drops empty ones", () => {
    expect(mergeRanges([around(150, 1), { from: 96, to: 124 }, { from: 120, to: 130 }, { from: 5, to: 5 }], 200)).toEqual([
      { from: 96, to: 130 },
      { from: 149, to: 152 },
    ]);
    expect(mergeRanges([around(0, 1), around(199, 1)], 200)).toEqual([
      { from: 0, to: 2 },
      { from: 198, to: 200 },
    ]);
    expect(mergeRanges([{ from: 10, to: 20 }, { from: 20, to: 25 }], 200)).toEqual([{ from: 10, to: 25 }]);
    expect(mergeRanges([{ from: 250, to: 300 }], 200)).toEqual([]);
  });
});

describe("rowSlots", () => {
  it("lists drawn rows in order, with a gap for each run of rows not drawn", () => {
    expect(rowSlots([{ from: 2, to: 4 }, { from: 7, to: 8 }], 10)).toEqual([
      { kind: "gap", from: 0, rows: 2 },
      { kind: "row", index: 2 },
      { kind: "row", index: 3 },
      { kind: "gap", from: 4, rows: 3 },
      { kind: "row", index: 7 },
      { kind: "gap", from: 8, rows: 2 },
    ]);
    expect(rowSlots([{ from: 0, to: 3 }], 3)).toEqual([0, 1, 2].map((index) => ({ kind: "row", index })));
    expect(rowSlots([], 0)).toEqual([]);
    expect(rowSlots([], 5)).toEqual([{ kind: "gap", from: 0, rows: 5 }]);
  });
});

describe("sameRanges", () => {
  it("compares range lists by value", () => {
    expect(sameRanges([{ from: 1, to: 2 }], [{ from: 1, to: 2 }])).toBe(true);
    expect(sameRanges([{ from: 1, to: 2 }], [{ from: 1, to: 3 }])).toBe(false);
    expect(sameRanges([], [{ from: 1, to: 2 }])).toBe(false);
  });
});
