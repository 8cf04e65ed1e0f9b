/** jsonText (src/state/json-text.ts): the draft's text, JSON.stringify's exactly, written out again only along an edit's path. */
import fc from "fast-check";
import { setValueAt } from "@cluster-form/schema";
import { describe, expect, it, vi } from "vitest";
import { freezeNewObjects } from "../../src/state/freeze.js";
import { jsonText } from "../../src/state/json-text.js";

describe("jsonText", () => {
  it("writes what JSON.stringify writes, for any JSON value, frozen or not, and again after edits along a path", () => {
    const edit = fc.record({ path: fc.array(fc.constantFrom("a", "b", "0", "1", "rows"), { minLength: 1, maxLength: 4 }), value: fc.jsonValue() });
    fc.assert(
      fc.property(fc.jsonValue(), fc.array(edit, { maxLength: 5 }), fc.boolean(), (start, edits, frozen) => {
        let value: unknown = frozen ? freezeNewObjects(structuredClone(start)) : start;
        expect(jsonText(value)).toBe(JSON.stringify(value));
        for (const { path, value: at } of edits) {
          if (typeof value !== "object" || value === null) break;
          value = freezeNewObjects(setValueAt(value, path, structuredClone(at)));
          expect(jsonText(value)).toBe(JSON.stringify(value));
        }
      }),
      { numRuns: 300 },
    );
  });

  it("leaves out what JSON.stringify leaves out, and reads what may change inside a frozen object afresh", () => {
    const date = new Date(0);
    const inner = { n: 1 };
    const value = Object.freeze({ skipped: undefined, list: Object.freeze([undefined, 1]), date, inner });
    expect(jsonText(value)).toBe(JSON.stringify(value));
    date.setTime(86_400_000);
    inner.n = 2;
    expect(jsonText(value)).toBe(JSON.stringify(value));
  });

  it("does not write out again the rows an edit left alone", () => {
    const rows = Array.from({ length: 200 }, (_, i) => ({ name: `企业${i}`, sales: i }));
    const first = freezeNewObjects({ data: { table2: { rows } } });
    jsonText(first);
    const edited = freezeNewObjects(setValueAt(first, ["data", "table2", "rows", "99", "sales"], 5) as object);
    const keys = vi.spyOn(Object, "keys");
    try {
      expect(jsonText(edited)).toBe(JSON.stringify(edited));
      // The submission, data, table2 and row 99 are new; the other 199 rows are not entered.
      expect(keys.mock.calls.length).toBeLessThanOrEqual(4);
    } finally {
      keys.mockRestore();
    }
  });
});
