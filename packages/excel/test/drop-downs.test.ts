// A blank export of the 2020 handbook: drop-down lists on choice and yes/no cells, 表2 with the handbook's 备注.
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormPackage } from "@cluster-form/schema/node";
import type { Workbook, Worksheet } from "../src/exceljs.js";
import { readWorkbook } from "../src/exceljs.js";
import { exportSubmissionXlsx, importSubmissionXlsx } from "../src/index.js";

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
let pkg: FormPackage;
let blank: Workbook;
const blankSubmission = { form: { id: "hubei-cluster-handbook-2020", version: "2020.1.0" }, data: {} };

beforeAll(async () => {
  pkg = await loadFormPackage(root("forms/2020-handbook"));
  blank = await readWorkbook(await exportSubmissionXlsx(pkg, blankSubmission));
});

const sheetOf = (part: string): Worksheet => {
  const sheet = blank.worksheets.find((s) => s.getCell(1, 1).value === `part:${part}`);
  expect(sheet, part).toBeDefined();
  return sheet!;
};

/** The row whose hidden key is `key`. */
function rowKeyed(sheet: Worksheet, key: string): number {
  for (let r = 1; r <= sheet.rowCount; r++) if (sheet.getCell(r, 1).value === key) return r;
  throw new Error(`no row ${key}`);
}

describe("blank export: drop-down lists", () => {
  test("fields: a choice lists its titles, a yes/no field 已盖章/未盖章 or 是/否, free text none", () => {
    const cover = sheetOf("cover");
    expect(cover.getCell(rowKeyed(cover, "field:/type"), 3).dataValidation).toMatchObject({ type: "list", allowBlank: true, formulae: ['"县域,其他地区"'], showErrorMessage: true });
    expect(cover.getCell(rowKeyed(cover, "field:/authoritySealed"), 3).dataValidation?.formulae).toEqual(['"已盖章,未盖章"']);
    expect(cover.getCell(rowKeyed(cover, "field:/name"), 3).dataValidation).toBeUndefined();
    const table10 = sheetOf("table10");
    expect(table10.getCell(rowKeyed(table10, "field:/majorAccident"), 3).dataValidation?.formulae).toEqual(['"是,否"']);
  });

  test("a repeating table with no rows offers its drop-downs on the rows where rows will be typed (up to maxItems)", () => {
    const table6 = sheetOf("table6");
    const header = rowKeyed(table6, "table:/organisations");
    const headers = (table6.getRow(header).values as unknown[]).map(String);
    const kind = headers.indexOf("公共服务机构类别");
    const operating = headers.indexOf("正常运转");
    expect(kind).toBeGreaterThan(1);
    for (const row of [header + 1, header + 50]) {
      expect(table6.getCell(row, kind).dataValidation?.formulae).toEqual(['"行业协会/商会,技术研发推广,检验检测,人才培训,专业市场,集群网站"']);
      expect(table6.getCell(row, operating).dataValidation?.formulae).toEqual(['"是,否"']);
    }
    expect(table6.getCell(header + 51, kind).dataValidation).toBeUndefined();
  });

  test("表2 carries the handbook's 备注 above the table; the blank export reads back as the blank submission", async () => {
    const table2 = sheetOf("table2");
    const texts: string[] = [];
    table2.eachRow((row) => texts.push(String(row.getCell(2).value)));
    expect(texts).toContain("备注：填写集群内2020年销售收入前10强或20强骨干企业情况（此表用Excel表格填写上报，表格在省经信厅网站下载）。");
    // Printed as on paper: A4, one page wide, landscape for its eight columns, the note over the table's width.
    expect(table2.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1 });
    let noteRow = 0;
    table2.eachRow((row, number) => {
      if (String(row.getCell(2).value).startsWith("备注：")) noteRow = number;
    });
    expect(table2.getCell(noteRow, 9).isMerged).toBe(true);
    expect(sheetOf("cover").pageSetup.orientation).toBe("portrait");
    const back = await importSubmissionXlsx(pkg, await exportSubmissionXlsx(pkg, blankSubmission));
    expect(back.problems).toEqual([]);
    expect(back.submission).toEqual(blankSubmission);
  });

  test("the sample's filled cells keep their drop-downs", async () => {
    const sample: unknown = JSON.parse(await readFile(root("examples/data/2020-handbook.sample.json"), "utf8"));
    const workbook = await readWorkbook(await exportSubmissionXlsx(pkg, sample));
    const cover = workbook.worksheets.find((s) => s.getCell(1, 1).value === "part:cover")!;
    const row = rowKeyed(cover, "field:/type");
    expect(cover.getCell(row, 3).value).toBe("县域");
    expect(cover.getCell(row, 3).dataValidation?.formulae).toEqual(['"县域,其他地区"']);
  });
});
