import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { readWorkbook } from "../src/exceljs.js";
import { summarizeToFile } from "../src/node.js";
import { fixtureForm } from "./fixture-form.js";
import { CITIES, generateSubmissions, INVALID_EVERY } from "./generate.js";

const COUNT = 10_000;
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cluster-form-summary-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** The submissions one at a time, as a file reader would yield them. */
async function* source(count: number): AsyncGenerator<unknown> {
  for (const g of generateSubmissions(count)) yield g.submission;
}

/** What the summary must say, computed from the generated data on its own. */
function expectations(count: number) {
  const expected = { rows: 0, invalid: 0, sales: 0, enterprises: 0 };
  for (const g of generateSubmissions(count)) {
    if (!g.valid) {
      expected.invalid++;
      continue;
    }
    expected.rows++;
    expected.sales += g.sales;
    expected.enterprises += g.enterprises;
  }
  return expected;
}

describe(`a summary of ${COUNT} submissions`, () => {
  const expected = expectations(COUNT);

  test("streamed to .xlsx, read back: every row, sorted, the totals, and the invalid sheet", async () => {
    const out = join(dir, "summary.xlsx");
    const { report } = await summarizeToFile(fixtureForm, source(COUNT), out, { mode: "draft" });
    expect(report.rows).toBe(expected.rows);
    expect(report.invalid).toBe(expected.invalid);

    const workbook = await readWorkbook(await readFile(out));
    const [summary, invalid] = workbook.worksheets;
    if (!summary || !invalid) throw new Error("two sheets expected");
    expect(summary.getRow(2).getCell(2).value).toBe("市州");
    const collator = new Intl.Collator("zh-CN", { numeric: true });
    let previous: [string, string] | undefined;
    let sales = 0;
    let enterprises = 0;
    for (let r = 3; r < 3 + expected.rows; r++) {
      const row = summary.getRow(r);
      expect(row.getCell(1).value).toBe(r - 2);
      const key: [string, string] = [String(row.getCell(2).value), String(row.getCell(3).value)];
      expect(CITIES).toContain(key[0]);
      if (previous) {
        const order = collator.compare(previous[0], key[0]) || collator.compare(previous[1], key[1]);
        expect(order).toBeLessThan(0);
      }
      previous = key;
      sales += Number(row.getCell(4).value);
      enterprises += Number(row.getCell(5).value);
    }
    const totals = summary.getRow(3 + expected.rows);
    expect(totals.getCell(1).value).toBe("合计");
    expect(totals.getCell(4).value).toBeCloseTo(expected.sales, 4);
    expect(totals.getCell(4).value).toBeCloseTo(sales, 4);
    expect(totals.getCell(5).value).toBe(expected.enterprises);
    expect(enterprises).toBe(expected.enterprises);

    expect(invalid.name).toBe("未通过校验");
    const positions: number[] = [];
    for (let r = 2; r <= invalid.rowCount; r++) {
      const row = invalid.getRow(r);
      positions.push(Number(row.getCell(1).value));
      expect(String(row.getCell(3).value)).toMatch(/^\/data\/table2\/enterprises\/\d+\/sales$/);
    }
    expect(positions).toEqual(Array.from({ length: expected.invalid }, (_, i) => (i + 1) * INVALID_EVERY));
  });

  test("to .csv: a BOM, one line per row, the totals line, and the invalid list beside it", async () => {
    const count = 2_000;
    const small = expectations(count);
    const out = join(dir, "summary.csv");
    const { files } = await summarizeToFile(fixtureForm, source(count), out, { mode: "draft" });
    expect(files).toEqual([out, join(dir, "summary.invalid.csv")]);
    const text = await readFile(out, "utf8");
    expect(text.startsWith("\uFEFF序号,市州,产业集群名称,销售收入（万元）")).toBe(true);
    const lines = text.slice(1).split("\r\n");
    expect(lines.at(-1)).toBe("");
    expect(lines).toHaveLength(small.rows + 3);
    expect(lines.at(-2)?.startsWith("合计,,,")).toBe(true);
    const invalidLines = (await readFile(files[1]!, "utf8")).split("\r\n").filter(Boolean);
    expect(invalidLines).toHaveLength(small.invalid + 1);
  });
});
