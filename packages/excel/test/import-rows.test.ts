import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormPackage } from "@cluster-form/schema/node";
import { importRowsXlsx } from "../src/index.js";
import { newWorkbook, writeWorkbook } from "../src/exceljs.js";
import { fixtureForm } from "./fixture-form.js";

/** A sheet as staff make it: a title line, then a header, then rows. */
async function userSheet(rows: unknown[][], name = "骨干企业"): Promise<Uint8Array> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet(name);
  for (const row of rows) sheet.addRow(row);
  return writeWorkbook(workbook);
}

describe("importRowsXlsx", () => {
  test("matches columns by label, with or without units, whatever the spacing or bracket width", async () => {
    const bytes = await userSheet([
      ["2020年骨干企业（前10强）"],
      ["序号", "企业 名称", "销售收入(万元)", "税收（万元）", "从业人数", "是否上市", "成立日期", "主要产品"],
      [1, "甲公司", 52000, "3,100.5", 1200, "是", new Date(Date.UTC(1998, 5, 1)), "光纤、光缆"],
      [2, "乙公司", 41000, null, "800", "否", "2001/3/9", null],
      [],
      [3, "  ", null, null, null, null, null, null],
    ]);
    const result = await importRowsXlsx(fixtureForm, "table2", "/enterprises", bytes);
    expect(result.problems).toEqual([]);
    expect(result.rowNumbers).toEqual([3, 4]);
    expect(result.rows).toEqual([
      { name: "甲公司", sales: 52000, tax: 3100.5, employees: 1200, listed: true, founded: "1998-06-01", products: ["光纤", "光缆"] },
      { name: "乙公司", sales: 41000, employees: 800, listed: false, founded: "2001-03-09" },
    ]);
    expect(result.columns.map((c) => c.key)).toEqual([null, "name", "sales", "tax", "employees", "listed", "founded", "products"]);
  });

  test("a wrong column header and text in a number column are problems with row numbers, and nothing is added silently", async () => {
    const bytes = await userSheet([
      ["企业名称", "销售收入（万元）", "营业执照号", "从业人数（人）"],
      ["甲公司", "约五万", "91420100", 1200],
      ["乙公司", 41000, "91420200", 12.5],
      ["丙公司", 39000, "", 300],
      ["合计", 132000, "", 1512],
    ]);
    const result = await importRowsXlsx(fixtureForm, "table2", "/enterprises", bytes);
    expect(result.rows).toEqual([{ name: "丙公司", sales: 39000, employees: 300 }]);
    expect(result.rowNumbers).toEqual([4]);
    const problems = result.problems.map((p) => ({ row: p.row, column: p.column, cell: p.cell, zh: p.reason.zh, en: p.reason.en }));
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatchObject({ row: 1, column: "营业执照号", cell: "C1" });
    expect(problems[0]!.zh).toContain("不是本表的列");
    expect(problems[0]!.en).toContain("not a column of this table");
    expect(problems[1]).toMatchObject({ row: 2, column: "销售收入（万元）", cell: "B2" });
    expect(problems[1]!.zh).toContain("“约五万”不是数字");
    expect(problems[2]).toMatchObject({ row: 3, column: "从业人数（人）", cell: "D3" });
    expect(problems[2]!.en).toContain("not a whole number");
    // The total row is recognised and skipped on purpose: a note, not a problem.
    expect(result.notes.map((n) => ({ row: n.row, en: n.reason.en }))).toEqual([{ row: 5, en: expect.stringContaining("total row") }]);
  });

  test("a header in another unit is not taken at the wrong scale", async () => {
    const bytes = await userSheet([
      ["企业名称", "销售收入（元）"],
      ["甲公司", 520000000],
    ]);
    const result = await importRowsXlsx(fixtureForm, "table2", "/enterprises", bytes);
    expect(result.rows).toEqual([{ name: "甲公司" }]);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ row: 1, column: "销售收入（元）" });
  });

  test("a missing required column, a bad choice and too many rows are reported", async () => {
    const rows: unknown[][] = [["销售收入", "是否上市"], [100, "也许"]];
    const many: unknown[][] = [["企业名称"], ...Array.from({ length: 22 }, (_, i) => [`企业${i + 1}`])];
    const first = await importRowsXlsx(fixtureForm, "table2", "/enterprises", await userSheet(rows));
    expect(first.rows).toEqual([]);
    expect(first.problems.map((p) => p.reason.en)).toEqual([
      expect.stringContaining('Required column "企业名称" is missing'),
      expect.stringContaining('"也许" is not one of the choices (是、否)'),
    ]);
    const second = await importRowsXlsx(fixtureForm, "table2", "/enterprises", await userSheet(many));
    expect(second.rows).toHaveLength(20);
    expect(second.problems.map((p) => p.row)).toEqual([22, 23]);
  });

  test("an empty sheet, a sheet with only a header and a file that is not xlsx", async () => {
    const empty = await importRowsXlsx(fixtureForm, "table2", "/enterprises", await userSheet([]));
    expect(empty.rows).toEqual([]);
    expect(empty.problems).toHaveLength(1);
    expect(empty.problems[0]!.reason.zh).toContain("是空的");

    const headerOnly = await importRowsXlsx(fixtureForm, "table2", "/enterprises", await userSheet([["企业名称", "销售收入"]]));
    expect(headerOnly.rows).toEqual([]);
    expect(headerOnly.problems[0]).toMatchObject({ row: 2 });

    const noHeader = await importRowsXlsx(fixtureForm, "table2", "/enterprises", await userSheet([["a", "b"], [1, 2]]));
    expect(noHeader.problems[0]!.reason.en).toContain("No header row");

    const notXlsx = await importRowsXlsx(fixtureForm, "table2", "/enterprises", new TextEncoder().encode("name,sales\n"));
    expect(notXlsx.rows).toEqual([]);
    expect(notXlsx.problems[0]!.reason.en).toContain("Cannot be read");

    const wrongTable = await importRowsXlsx(fixtureForm, "table2", "/nothing", await userSheet([["x"]]));
    expect(wrongTable.problems[0]!.reason.en).toContain("not a repeating table");
  });
});

describe("importRowsXlsx on the 2020 handbook's 表2", () => {
  const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
  let pkg: FormPackage;
  beforeAll(async () => {
    pkg = await loadFormPackage(root("forms/2020-handbook"));
  });
  const header = ["序号", "企业名称", "统一社会信用代码", "主导产品", "销售收入(万元)", "工商税收（万元）", "固定资产投入(万元)", "就业人数（人）"];

  test("headers without the year, a 合计 row in the 序号 column, rows checked against the schema with the cell named", async () => {
    const bytes = await userSheet([
      ["2020年骨干企业业绩数据"],
      header,
      [1, "甲公司", "91420100MA4K0X1Y2B", "光纤", 52000, 3100, 800, 1200],
      [2, "乙公司", "914201001234", "光缆", 41000, 2000, null, 800],
      [3, "丙公司", "91420100MA4K0X1Y3C", "光模块", null, 1500, null, 300],
      [4, "丁公司", "91420100MA4K0X1Y4D", "激光器", 39000, 1800, null, 600],
      ["合计", null, null, null, 132000, 8400, 800, 2900],
    ]);
    const result = await importRowsXlsx(pkg, "table2", "/enterprises", bytes);
    expect(result.columns.map((c) => c.key)).toEqual([null, "name", "creditCode", "mainProducts", "sales2020", "tax2020", "fixedAssetInvestment2020", "employment2020"]);
    expect(result.rows.map((r) => r["name"])).toEqual(["甲公司", "丁公司"]);
    expect(result.rowNumbers).toEqual([3, 6]);
    expect(result.rows[0]).toEqual({ name: "甲公司", creditCode: "91420100MA4K0X1Y2B", mainProducts: "光纤", sales2020: 52000, tax2020: 3100, fixedAssetInvestment2020: 800, employment2020: 1200 });
    expect(result.problems.map((p) => ({ row: p.row, cell: p.cell, column: p.column }))).toEqual([
      { row: 4, cell: "C4", column: "统一社会信用代码" },
      { row: 5, cell: "E5", column: "销售收入(万元)" },
    ]);
    expect(result.problems[0]!.reason.zh).toMatch(/^第 4 行 C 列：统一社会信用代码：格式不正确/);
    expect(result.problems[0]!.reason.zh).not.toContain("第 1 行");
    expect(result.problems[1]!.reason.zh).toMatch(/^第 5 行 E 列：2020年销售收入为必填项/);
    expect(result.problems[1]!.reason.en).toMatch(/^Row 5, column E: 2020年销售收入 is required; the row was not imported\.$/);
    expect(result.notes).toEqual([{ sheet: "骨干企业", row: 7, column: "", reason: expect.objectContaining({ zh: expect.stringContaining("合计行") }) }]);
  });

  test("a header of another year is not taken for this year's column", async () => {
    const bytes = await userSheet([
      ["企业名称", "2019年销售收入（万元）"],
      ["甲公司", 100],
    ]);
    const result = await importRowsXlsx(pkg, "table2", "/enterprises", bytes);
    expect(result.columns.map((c) => c.key)).toEqual(["name", null]);
    expect(result.problems.some((p) => p.column === "2019年销售收入（万元）" && /不是本表的列/.test(p.reason.zh))).toBe(true);
  });
});
