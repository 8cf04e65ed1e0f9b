import { describe, expect, it } from "vitest";
import { fieldChoices } from "@cluster-form/schema";
import { coerceText, displayText, valueKind } from "../../src/state/coerce.js";

describe("coerceText", () => {
  const number = { type: "number" } as const;
  it("reads numbers the way people type them", () => {
    expect(coerceText("1,234.5", number)).toBe(1234.5);
    expect(coerceText("１２３", number)).toBe(123);
    expect(coerceText(" 45% ", number)).toBe(45);
    expect(coerceText("-3", { type: ["integer", "null"] })).toBe(-3);
  });
  it("keeps text that is not a number, so the user's input is never dropped", () => {
    expect(coerceText("约12", number)).toBe("约12");
    expect(coerceText("1.2.3", number)).toBe("1.2.3");
  });
  it("clears a field typed blank, and keeps text as typed", () => {
    expect(coerceText("  ", number)).toBeUndefined();
    expect(coerceText(" 名称 ", { type: "string" })).toBe(" 名称 ");
  });
});

describe("choices", () => {
  it("come from oneOf consts with titles, or enum", () => {
    const schema = { oneOf: [{ const: true, title: "是" }, { const: false, title: "否" }] };
    expect(fieldChoices(schema)).toEqual([
      { value: true, label: "是" },
      { value: false, label: "否" },
    ]);
    expect(valueKind(schema)).toBe("boolean");
    expect(fieldChoices({ enum: ["a", "b"] }).map((c) => c.label)).toEqual(["a", "b"]);
  });
  it("display values as text", () => {
    expect(displayText(undefined)).toBe("");
    expect(displayText(12.5)).toBe("12.5");
  });
});
