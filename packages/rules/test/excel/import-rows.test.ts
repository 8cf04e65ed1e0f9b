import { describe, expect, test } from "vitest";
import { importRowsXlsx } from "../../src/excel/index.js";
import { newWorkbook, writeWorkbook } from "../../src/excel/exceljs.js";
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
    expect(problems).toHaveLength(4);
    expect(problems[0]).toMatchObject({ row: 1, column: "营业执照号", cell: "C1" });
    expect(problems[0]!.zh).toContain("不是本表的列");
    expect(problems[0]!.en).toContain("not a column of this table");
    expect(problems[1]).toMatchObject({ row: 2, column: "销售收入（万元）", cell: "B2" });
    expect(problems[1]!.zh).toContain("“约五万”不是数字");
    expect(problems[2]).toMatchObject({ row: 3, column: "从业人数（人）", cell: "D3" });
    expect(problems[2]!.en).toContain("not a whole number");
    expect(problems[3]).toMatchObject({ row: 5, column: "" });
    expect(problems[3]!.en).toContain("total row");
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
