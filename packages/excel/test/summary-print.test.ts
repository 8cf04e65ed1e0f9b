// The city sheet (附件3) of the 2020 handbook as the stamped paper copy: page setup, number formats,
// the 市（州） column and the 填报单位（盖章）/日期 line, in the in-memory and the streamed workbook.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormPackage } from "@cluster-form/schema/node";
import { summarizeToFile } from "../src/node.js";
import type { Workbook, Worksheet } from "../src/exceljs.js";
import { readWorkbook } from "../src/exceljs.js";
import { summarizeToXlsx, UnknownSummaryParameterError } from "../src/index.js";

const root = (path: string): string => fileURLToPath(new URL(`../../../${path}`, import.meta.url));
let pkg: FormPackage;
let sample: { data: { cover: Record<string, unknown>; table1: { indicators: { sales: Record<string, number> } } } };
let dir = "";

beforeAll(async () => {
  pkg = await loadFormPackage(root("forms/2020-handbook"));
  sample = JSON.parse(await readFile(root("examples/data/2020-handbook.sample.json"), "utf8"));
  dir = await mkdtemp(join(tmpdir(), "cluster-form-summary-print-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function cluster(name: string, sales: number): unknown {
  const copy = structuredClone(sample);
  copy.data.cover["name"] = name;
  copy.data.table1.indicators.sales["y2020"] = sales;
  return copy;
}

const headerIndex = (sheet: Worksheet, label: string): number => {
  let found = 0;
  sheet.getRow(2).eachCell((cell, col) => {
    if (cell.value === label) found = col;
  });
  expect(found, `column ${label}`).toBeGreaterThan(0);
  return found;
};

function assertPaperCopy(workbook: Workbook): void {
  const sheet = workbook.worksheets[0]!;
  // A4 (Excel code 9), landscape, one page wide, as many high as needed, title and header on every page.
  expect(sheet.pageSetup).toMatchObject({ paperSize: 9, orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, printTitlesRow: "1:2" });
  expect(sheet.headerFooter.oddFooter).toContain("&P");

  const city = headerIndex(sheet, "市（州）");
  const sales = headerIndex(sheet, "销售收入（万元）");
  const growth = headerIndex(sheet, "销售收入增长（%）");
  const households = headerIndex(sheet, "企业总户数（家）");
  expect(city).toBe(2);
  for (const row of [3, 4]) {
    expect(sheet.getCell(row, city).value).toBe("武汉市");
    expect(sheet.getCell(row, sales).numFmt).toBe("#,##0.00");
    expect(sheet.getCell(row, households).numFmt).toBe("#,##0");
    expect(sheet.getCell(row, growth).numFmt).toBe("0.00%");
  }
  expect(sheet.getCell(3, sales).value).toBe(1234567.89);
  // Excel shows a % format times 100: the growth of table 1 (percentage points) is written as a fraction.
  const growthCell = sheet.getCell(3, growth).value;
  const points = (1234567.89 / sample.data.table1.indicators.sales["y2019"]! - 1) * 100;
  // The growth rule rounds to two decimals (-3.92 %), written as -0.0392.
  expect(growthCell).toBeCloseTo(Math.round(points * 100) / 10000, 10);
  expect(sheet.getCell(3, sales).border?.left?.style).toBe("thin");

  const total = sheet.getRow(5);
  expect(total.getCell(1).value).toBe("合计");
  expect(total.getCell(sales).value).toBe(1334567.89);
  expect(total.getCell(sales).numFmt).toBe("#,##0.00");

  const texts: string[] = [];
  for (let r = 6; r <= sheet.rowCount; r++) sheet.getRow(r).eachCell((cell) => texts.push(String(cell.value)));
  expect(texts.some((t) => t.startsWith("备注：1.此表用Excel表格填写"))).toBe(true);
  const signoff = sheet.getRow(sheet.rowCount);
  expect(signoff.getCell(1).value).toBe("填报单位（盖章）：");
  const date: string[] = [];
  signoff.eachCell((cell) => date.push(String(cell.value)));
  expect(date.some((t) => /^日期：\s+年\s+月\s+日$/.test(t))).toBe(true);
}

describe("附件3 city sheet printed as the handbook's paper copy", () => {
  test("in-memory workbook (browser)", async () => {
    const { bytes, report } = await summarizeToXlsx(pkg, [cluster("乙集群", 100000), cluster("甲集群", 1234567.89)], { parameters: { city: "武汉市" } });
    expect(report.invalid).toBe(0);
    const workbook = await readWorkbook(bytes);
    // Sorted by type then name: 甲 (jia) before 乙 (yi).
    expect(workbook.worksheets[0]!.getCell(3, 3).value).toBe("甲集群");
    assertPaperCopy(workbook);
  });

  test("streamed workbook (Node, summarizeToFile)", async () => {
    const out = join(dir, "summary.xlsx");
    await summarizeToFile(pkg, [cluster("甲集群", 1234567.89), cluster("乙集群", 100000)], out, { parameters: { city: "武汉市" } });
    assertPaperCopy(await readWorkbook(await readFile(out)));
  });

  test("every column says where its value comes from; parameters are the declared ones", async () => {
    const sheet = pkg.summarySheet!;
    expect(sheet.notes?.length).toBeGreaterThan(0);
    for (const column of sheet.columns) expect(column.description, column.id).toBeTruthy();
    expect(sheet.parameters?.map((p) => p.id)).toEqual(["city"]);
    await expect(summarizeToXlsx(pkg, [], { parameters: { town: "x" } })).rejects.toThrow(UnknownSummaryParameterError);
  });
});
