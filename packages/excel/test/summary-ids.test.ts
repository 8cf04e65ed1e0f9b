/**
 * A summary-sheet column of id __proto__, given as the sheet option (no loader in between): its
 * total is an own key of the report, in its JSON, and no prototype changes.
 */
import { describe, expect, test } from "vitest";
import { summarizeToCsv } from "../src/index.js";
import { fixtureForm, fixtureSubmission } from "./fixture-form.js";

describe("summarizeSubmissions with a column of id __proto__", () => {
  test("its total is an own key of report.totals", async () => {
    const sheet = fixtureForm.summarySheet;
    if (!sheet) throw new Error("the fixture form has a summary sheet");
    const columns = sheet.columns.map((column) => (column.id === "sales" ? { ...column, id: "__proto__" } : column));
    const { report } = await summarizeToCsv(fixtureForm, [fixtureSubmission, fixtureSubmission], { mode: "draft", sheet: { ...sheet, columns } });
    const totals = report.totals;
    expect(report.rows).toBe(2);
    expect(Object.hasOwn(totals, "__proto__")).toBe(true);
    expect((JSON.parse(JSON.stringify(totals)) as Record<string, unknown>)["__proto__"]).toBe(3450001);
    expect(Object.getOwnPropertyNames(Object.getPrototypeOf(totals) as object)).toEqual([]);
  });
});
