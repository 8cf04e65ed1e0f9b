import { describe, expect, it } from "vitest";
import { escapeSegment, formatPointer, isWithin, joinPointer, lastSegment, parentPointer, parsePointer, setValueAt, unescapeSegment, valueAt } from "../../src/index.js";

describe("pointers and data paths", () => {
  it("escape and read back every segment, ~ and / included", () => {
    const segments = ["a/b", "~0", "x~1y", "", "指标", "0"];
    expect(parsePointer(formatPointer(segments))).toEqual(segments);
    expect(escapeSegment("a/~b")).toBe("a~1~0b");
    expect(unescapeSegment("a~1~0b")).toBe("a/~b");
    expect(joinPointer("/data/cover", "a/b", 3)).toBe("/data/cover/a~1b/3");
    expect(lastSegment("/data/x~1y")).toBe("x/y");
    // A parent is a pointer, so its segments stay escaped; the last segment is a key, so it is read back.
    expect(parentPointer("/data/x~1y/z")).toBe("/data/x~1y");
    expect(parentPointer("/data")).toBe("");
    expect(parentPointer("")).toBe("");
    expect(() => parsePointer("data")).toThrow(SyntaxError);
  });
  it("know what lies within what", () => {
    expect(isWithin("/data/a/b", "/data/a")).toBe(true);
    expect(isWithin("/data/a", "/data/a")).toBe(true);
    expect(isWithin("/data/ab", "/data/a")).toBe(false);
  });
  it("read values through own properties and array indexes only", () => {
    const doc = JSON.parse('{"data": {"list": [{"x": 1}], "__proto__": {"polluted": true}}}') as unknown;
    expect(valueAt(doc, "/data/list/0/x")).toBe(1);
    expect(valueAt(doc, ["data", "list", "00", "x"])).toBeUndefined();
    expect(valueAt(doc, "/data/__proto__/polluted")).toBe(true);
    expect(valueAt({}, "/constructor")).toBeUndefined();
    expect(valueAt({}, "/__proto__")).toBeUndefined();
    expect(valueAt({ a: 1 }, "not a pointer")).toBeUndefined();
    expect(valueAt([1, 2], "/length")).toBeUndefined();
  });
  it("write a copy, making own keys even for __proto__", () => {
    const before = { a: { b: 1 } };
    const after = setValueAt(before, ["__proto__", "polluted"], true) as Record<string, unknown>;
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.hasOwn(after, "__proto__")).toBe(true);
    expect(before).toEqual({ a: { b: 1 } });
  });
});
