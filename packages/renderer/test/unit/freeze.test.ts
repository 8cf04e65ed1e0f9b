/** freezeNewObjects (src/state/freeze.ts): the element's submission frozen, at the cost of what changed. */
import { describe, expect, it, vi } from "vitest";
import { freezeNewObjects } from "../../src/state/freeze.js";

describe("freezeNewObjects", () => {
  it("freezes plain objects and arrays all the way down and returns the value", () => {
    const value = { a: [{ b: 1 }, [2]], c: Object.assign(Object.create(null) as Record<string, unknown>, { d: {} }) };
    expect(freezeNewObjects(value)).toBe(value);
    for (const part of [value, value.a, value.a[0], value.a[1], value.c, value.c["d"]]) expect(Object.isFrozen(part)).toBe(true);
  });

  it("does not enter what is already frozen: after an edit, only the copied path is walked", () => {
    const untouched = freezeNewObjects({ rows: Array.from({ length: 3 }, () => ({ x: 1 })) });
    const changed = { row: { y: 2 } };
    const frozen = vi.spyOn(Object, "isFrozen");
    try {
      freezeNewObjects({ untouched, changed });
      const asked = frozen.mock.calls.map(([value]) => value);
      expect(asked).toContain(untouched);
      expect(asked).toContain(changed.row);
      expect(asked).not.toContain(untouched.rows);
    } finally {
      frozen.mockRestore();
    }
    // A frozen object whose inside is not frozen stays as it is: only the submission's own objects are frozen, always whole.
    const shallow = Object.freeze({ inner: {} });
    freezeNewObjects({ shallow });
    expect(Object.isFrozen(shallow.inner)).toBe(false);
  });

  it("leaves objects that are not plain data as they are (a Date, a typed array) and ignores primitives", () => {
    const date = new Date(0);
    const bytes = new Uint8Array([1, 2]);
    freezeNewObjects({ date, bytes });
    expect(Object.isFrozen(date)).toBe(false);
    expect(Object.isFrozen(bytes)).toBe(false);
    expect(freezeNewObjects("text")).toBe("text");
    expect(freezeNewObjects(null)).toBe(null);
  });
});
