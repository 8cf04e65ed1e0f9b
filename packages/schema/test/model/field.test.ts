import { describe, expect, it } from "vitest";
import { closest, fieldChoices, fieldKind, fieldLimits, fieldTitle, fieldUnit, readField, valueTypes, type DataSchema } from "../../src/index.js";

describe("reading a field", () => {
  it("takes choices by one rule: oneOf (else anyOf) of consts with titles, else enum; with both, what enum also allows", () => {
    const yesNo = { oneOf: [{ const: true, title: "是" }, { const: false, title: "否" }] } as DataSchema;
    expect(fieldChoices(yesNo)).toEqual([{ value: true, label: "是" }, { value: false, label: "否" }]);
    expect(fieldChoices({ anyOf: [{ const: "a" }, { const: 2, title: " " }] } as DataSchema)).toEqual([{ value: "a", label: "a" }, { value: 2, label: "2" }]);
    expect(fieldChoices({ enum: ["x", 1, null] })).toEqual([{ value: "x", label: "x" }, { value: 1, label: "1" }, { value: null, label: "null" }]);
    expect(fieldChoices({ oneOf: [{ const: "a", title: "甲" }, { const: "b", title: "乙" }], enum: ["b"] } as DataSchema)).toEqual([{ value: "b", label: "乙" }]);
    // A oneOf that is not a list of values is not a choice; its enum still is.
    expect(fieldChoices({ oneOf: [{ const: "a" }, { type: "string" }], enum: ["z"] } as DataSchema)).toEqual([{ value: "z", label: "z" }]);
    expect(fieldChoices({ oneOf: [] as DataSchema[], anyOf: [{ const: 1 }] } as DataSchema)).toEqual([{ value: 1, label: "1" }]);
    expect(fieldChoices(undefined)).toEqual([]);
  });
  it("never reads a choice list through a prototype", () => {
    const hostile = JSON.parse('{"__proto__": {"enum": ["p"]}}') as DataSchema;
    expect(fieldChoices(hostile)).toEqual([]);
    expect(fieldTitle(JSON.parse('{"__proto__": {"title": "p"}}') as DataSchema)).toBeUndefined();
  });
  it("knows the kind of input a field needs", () => {
    expect(fieldKind({ type: "number" })).toBe("number");
    expect(fieldKind({ type: ["integer", "null"] })).toBe("integer");
    expect(fieldKind({ type: "string", format: "date" })).toBe("date");
    expect(fieldKind({ oneOf: [{ const: true }, { const: false }] } as DataSchema)).toBe("boolean");
    expect(fieldKind({ enum: [1, 2.5] })).toBe("number");
    expect(fieldKind({ type: "array", items: { type: "string" } })).toBe("list");
    expect(fieldKind({ type: "array", items: { type: "object" } })).toBe("object");
    expect(fieldKind({ type: ["number", "string"] })).toBe("any");
    expect(fieldKind({})).toBe("any");
    expect([...(valueTypes({ oneOf: [{ type: "number" }, { type: "string" }] } as DataSchema) ?? [])]).toEqual(["number", "string"]);
  });
  it("reads title, unit and finite limits", () => {
    const schema = { type: "number", title: "销售收入", unit: "万元", minimum: 0, maximum: 1e9, maxLength: "3" } as unknown as DataSchema;
    expect(readField(schema)).toEqual({ kind: "number", choices: [], title: "销售收入", unit: "万元", limits: { minimum: 0, maximum: 1e9 } });
    expect(fieldTitle({ title: "  " })).toBeUndefined();
    expect(fieldUnit({ type: "string" })).toBeUndefined();
    expect(fieldLimits({ maxItems: 10, minimum: Number.NaN })).toEqual({ maxItems: 10 });
  });
});

describe("closest", () => {
  it("suggests a near name, never the typed name itself, and nothing far", () => {
    expect(closest("titel", ["title", "points"])).toBe("title");
    expect(closest("Title", ["title"])).toBe("title");
    expect(closest("title", ["title"])).toBeUndefined();
    expect(closest("abc", ["xyz"])).toBeUndefined();
    expect(closest("x".repeat(100_000), ["x"])).toBeUndefined();
  });
});
