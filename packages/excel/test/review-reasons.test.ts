import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { loadFormFolder } from "@cluster-form/schema/node";
import { createEvaluator } from "@cluster-form/rules";
import { exportSubmissionXlsx, importSubmissionXlsx } from "../src/index.js";
import { readWorkbook, writeWorkbook } from "../src/exceljs.js";
import { cellText } from "../src/cells.js";
import { sheetWords } from "../src/messages.js";

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
const pkg = await loadFormFolder(root("forms/2020-handbook"));
const sample = JSON.parse(await readFile(root("examples/data/2020-handbook.sample.json"), "utf8")) as Record<string, unknown>;
const words = sheetWords(pkg.manifest.locale);
const expert = pkg.manifest.scoreColumns.find((c) => c.review === true)!;

/** The sample as an expert reviewed it: two overridden scores with their written reasons. */
const reviewed = {
  ...sample,
  scores: { ...(sample["scores"] as object), "t3.organisation": { [expert.id]: 2 }, "t4.implementation": { self: 4, [expert.id]: 1 } },
  reasons: {
    "t3.organisation": { [expert.id]: "所附文件为经信部门文件，非地方政府发文" },
    "t4.implementation": { [expert.id]: "实施方案未附\r\n年度推进计划；\t见附件_x0041_" },
  },
};

async function scoresSheetOf(bytes: Uint8Array) {
  const workbook = await readWorkbook(bytes);
  return { workbook, sheet: workbook.getWorksheet(words.scoresSheet)! };
}

/** Row and column of the cell under `header` in the row whose visible text includes `criterionLabel`. */
function cellAt(sheet: Awaited<ReturnType<typeof scoresSheetOf>>["sheet"], header: string, criterionId: string) {
  let headerRow = 0;
  let column = 0;
  let row = 0;
  sheet.eachRow((r, n) => {
    r.eachCell((cell, c) => {
      if (cellText(cell.value) === header) [headerRow, column] = [n, c];
      if (cellText(cell.value) === `criterion:${criterionId}`) row = n;
    });
  });
  expect(headerRow).toBeGreaterThan(0);
  expect(row).toBeGreaterThan(headerRow);
  return sheet.getRow(row).getCell(column);
}

describe("a reviewer's reasons in Excel (2020 handbook)", () => {
  test("export writes each reason beside the scores, under the review column's reason header, and import reads the same submission back", async () => {
    const result = createEvaluator(pkg).evaluate(reviewed);
    const bytes = await exportSubmissionXlsx(pkg, reviewed, { result });
    const { workbook, sheet } = await scoresSheetOf(bytes);
    expect(cellText(cellAt(sheet, words.reason(expert.label), "t3.organisation").value)).toBe("所附文件为经信部门文件，非地方政府发文");
    const meta: string[] = [];
    workbook.getWorksheet("cluster-form")?.eachRow((row) => meta.push(String(row.getCell(1).value)));
    expect(meta.filter((pointer) => pointer.startsWith("/reasons"))).toEqual([]);

    const back = await importSubmissionXlsx(pkg, bytes);
    expect(back.problems).toEqual([]);
    expect(back.submission).toEqual(reviewed);
  });

  test("a reason typed in Excel is imported; a reason the sheet cannot hold travels in the hidden sheet", async () => {
    // Re-saved by exceljs, which (unlike Excel) does not escape `_xHHHH_` text: plain reasons only.
    const odd = { ...reviewed, reasons: { "t4.implementation": { [expert.id]: "未附年度推进计划" }, "t3.planProgress": { [expert.id]: 7 }, "no.such": { [expert.id]: "x" } } };
    const { workbook, sheet } = await scoresSheetOf(await exportSubmissionXlsx(pkg, odd));
    cellAt(sheet, words.reason(expert.label), "t3.organisation").value = "复核后：文件不符";
    const back = await importSubmissionXlsx(pkg, await writeWorkbook(workbook));
    expect(back.problems).toEqual([]);
    expect(back.submission["reasons"]).toEqual({ ...odd.reasons, "t3.organisation": { [expert.id]: "复核后：文件不符" } });
  });
});
