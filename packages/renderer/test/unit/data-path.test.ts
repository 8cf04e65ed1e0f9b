import { describe, expect, it } from "vitest";
import { setValueAt, valueAt } from "@cluster-form/schema";
import { isFilled } from "../../src/state/data-path.js";

describe("setValueAt / valueAt", () => {
  it("writes along a path without touching the original, creating objects and array rows", () => {
    const before = { data: { a: { x: 1 } } };
    const after = setValueAt(before, ["data", "list", "2", "name"], "丙") as { data: { list: unknown[] } };
    expect(before).toEqual({ data: { a: { x: 1 } } });
    expect(after.data.list).toEqual([{}, {}, { name: "丙" }]);
    expect(valueAt(after, ["data", "a", "x"])).toBe(1);
  });
  it("removes a key when the value is undefined", () => {
    expect(setValueAt({ a: { x: 1, y: 2 } }, ["a", "x"], undefined)).toEqual({ a: { y: 2 } });
  });
  it("never reaches a prototype", () => {
    const written = setValueAt({}, ["__proto__", "polluted"], true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.hasOwn(written, "__proto__")).toBe(true);
    expect(valueAt({}, ["constructor"])).toBeUndefined();
  });
  it("knows blank from filled", () => {
    expect([null, undefined, "", "  ", []].map(isFilled)).toEqual([false, false, false, false, false]);
    expect([0, false, "x", [1]].map(isFilled)).toEqual([true, true, true, true]);
  });
});
