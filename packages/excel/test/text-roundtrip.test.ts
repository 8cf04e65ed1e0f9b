/**
 * Text comes back from a workbook exactly: line breaks of every kind, control characters, lone
 * surrogates, characters XML cannot hold, and text that looks like Excel's own `_xHHHH_` escape.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { cellTextOut } from "../src/cell-text.js";
import { newWorkbook, readWorkbook, writeWorkbook } from "../src/exceljs.js";
import { exportSubmissionXlsx, importSubmissionXlsx } from "../src/index.js";
import { fixtureForm, fixtureSubmission } from "./fixture-form.js";

/** Characters that a cell used to change or drop, mixed with ordinary text. */
const hostileUnit = fc.oneof(
  fc.constantFrom("\r\n", "\r", "\n", "\t", "\u0000", "\u0001", "\u000b", "\u001f", "\u007f", "\ud800", "\udfff", "\ufffe", "\uffff", "😀", "_x000D_", "_x005F_", "_x00e9_", "_"),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.constantFrom("汉", "a", " ", "x"),
);
const hostileText = (maxLength: number): fc.Arbitrary<string> => fc.string({ unit: hostileUnit, minLength: 1, maxLength }).map((t) => t.slice(0, maxLength));

describe("a cell keeps its text exactly", () => {
  test.each([
    ["CRLF", "第一行\r\n第二行"],
    ["CR", "a\rb"],
    ["control characters", "x\u0001y\u001fz\u007f"],
    ["a lone surrogate", "lone\ud800x\udc00"],
    ["characters XML cannot hold", "\ufffe\uffff\u0000"],
    ["text that looks like an escape", "_x000D_ and _x005F_x0041_ and _x00e9_"],
  ])("%s", async (_name, text) => {
    const workbook = newWorkbook();
    workbook.addWorksheet("s").getCell("A1").value = cellTextOut(text);
    const back = await readWorkbook(await writeWorkbook(workbook));
    expect(back.getWorksheet("s")!.getCell("A1").value).toBe(text);
  });
});

describe("export then import", () => {
  test("gives back any text in fields, table cells, grid cells and long texts of the hidden sheet", async () => {
    await fc.assert(
      fc.asyncProperty(hostileText(100), hostileText(50), hostileText(20).map((t) => `${"报".repeat(32_760)}${t}`), async (name, product, long) => {
        const data = structuredClone(fixtureSubmission.data);
        data.cover.name = name;
        data.table1.indicators.enterprises.note = product;
        data.table2.enterprises[0]!.name = name;
        data.table2.enterprises[0]!.products = [product.trim() || "x"];
        data.report.basics = long;
        const submission = { ...fixtureSubmission, data };
        const back = await importSubmissionXlsx(fixtureForm, await exportSubmissionXlsx(fixtureForm, submission));
        expect(back.problems).toEqual([]);
        expect(back.submission).toEqual(submission);
      }),
      { numRuns: 25 },
    );
  });
});
