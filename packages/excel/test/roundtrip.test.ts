import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { exportSubmissionXlsx, importSubmissionXlsx } from "../src/index.js";
import { newWorkbook, readWorkbook, writeWorkbook } from "../src/exceljs.js";
import { fixtureForm, fixtureSubmission } from "./fixture-form.js";

describe("export then import", () => {
  test("gives the same submission back (fixture form)", async () => {
    const bytes = await exportSubmissionXlsx(fixtureForm, fixtureSubmission);
    const back = await importSubmissionXlsx(fixtureForm, bytes);
    expect(back.problems).toEqual([]);
    expect(back.submission).toEqual(fixtureSubmission);
  });

  test("writes one sheet per part with units in headers and numbers as numbers", async () => {
    const workbook = await readWorkbook(await exportSubmissionXlsx(fixtureForm, fixtureSubmission));
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toEqual([
      "封面",
      "一、重点成长型产业集群发展报告（3000字以内）".slice(0, 31),
      "表1：重点成长型产业集群规模以上企业业绩数据报表",
      "表2 重点成长型产业集群骨干企业业绩数据（分户）报表",
      "表3： 工作机构及规划制定实施情况（20分）",
      "评分",
      "cluster-form",
    ]);
    for (const name of names) expect(Array.from(name).length).toBeLessThanOrEqual(31);
    const table2 = workbook.getWorksheet(names[3]!)!;
    const texts: string[] = [];
    table2.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain("销售收入（万元）");
    expect(texts).toContain("从业人数（人）");
    let sales: unknown;
    table2.eachRow((row) => row.eachCell((cell) => { if (cell.value === 52000) sales = cell.type; }));
    expect(sales).toBe(2); // ValueType.Number
  });
});

describe("the visible sheets carry the data", () => {
  test("only what no cell can hold travels in the hidden sheet", async () => {
    const workbook = await readWorkbook(await exportSubmissionXlsx(fixtureForm, fixtureSubmission));
    const meta = workbook.getWorksheet("cluster-form")!;
    expect(meta.state).toBe("hidden");
    const pointers: string[] = [];
    meta.eachRow((row) => pointers.push(String(row.getCell(1).value)));
    expect(pointers.sort()).toEqual(["/data/extraPart", "/data/table1/indicators/enterprises/note", "/form", "/note"]);
  });

  test("edits made in Excel win, including rows inserted into a table", async () => {
    const workbook = await readWorkbook(await exportSubmissionXlsx(fixtureForm, fixtureSubmission));
    const table1 = workbook.worksheets[2]!;
    table1.eachRow((row) => {
      if (row.getCell(1).value === "row:/indicators/sales") row.getCell(4).value = 1800000;
      if (row.getCell(1).value === "field:/statsOpinion/signer") row.getCell(3).value = "王五";
    });
    const table2 = workbook.worksheets[3]!;
    let header = 0;
    table2.eachRow((row, n) => {
      if (row.getCell(1).value === "table:/enterprises") header = n;
    });
    table2.spliceRows(header + 2, 0, [null, 2, "丙公司", "9,000", null, 30]);
    const back = await importSubmissionXlsx(fixtureForm, new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(back.problems).toEqual([]);
    const data = back.submission["data"] as typeof fixtureSubmission.data;
    expect(data.table1.indicators.sales.y2020).toBe(1800000);
    expect(data.table1.statsOpinion.signer).toBe("王五");
    expect(data.table2.enterprises.map((e) => e.name)).toEqual(["甲公司", "丙公司", "乙公司"]);
    expect(data.table2.enterprises[1]).toEqual({ name: "丙公司", sales: 9000, employees: 30 });
  });
});

describe("importSubmissionXlsx on workbooks it did not write", () => {
  test("a workbook of another form, or with no sheet of this form, is a problem", async () => {
    const other = await exportSubmissionXlsx(fixtureForm, { ...fixtureSubmission, form: { id: "another-form", version: "1" } });
    const back = await importSubmissionXlsx(fixtureForm, other);
    expect(back.problems.map((p) => p.reason.en)).toEqual([expect.stringContaining('belongs to form "another-form"')]);

    const workbook = newWorkbook();
    workbook.addWorksheet("Sheet1").addRow(["x"]);
    const unrelated = await importSubmissionXlsx(fixtureForm, await writeWorkbook(workbook));
    expect(unrelated.submission).toEqual({ form: { id: "fixture-form", version: "1.0.0" }, data: {} });
    expect(unrelated.problems[0]!.reason.en).toContain('no sheet for "测试表"');

    const garbage = await importSubmissionXlsx(fixtureForm, new Uint8Array([1, 2, 3]));
    expect(garbage.problems[0]!.reason.en).toContain("Cannot be read");
  });
});

describe("arbitrary JSON", () => {
  // Values of any kind anywhere: in fields, grid cells and table cells, as whole parts, tables and
  // scores. Whatever a visible cell cannot hold exactly travels in the hidden sheet.
  test.each([
    ["in fields and cells", (v: unknown) => ({ cover: { name: v, kind: v }, table1: { indicators: { sales: { y2020: v, note: v } } }, table2: { enterprises: [{ name: v, sales: v, products: v }, v] } })],
    ["as parts and tables", (v: unknown) => ({ cover: v, table1: { indicators: v }, table2: { enterprises: v } })],
  ])("export then import gives it back exactly (%s)", async (_name, place) => {
    await fc.assert(
      // A submission travels as JSON text, where -0 is written "0": compare what JSON can carry.
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.parse(JSON.stringify(v)) as unknown), async (value) => {
        const submission = { form: fixtureSubmission.form, data: place(value), scores: value };
        const back = await importSubmissionXlsx(fixtureForm, await exportSubmissionXlsx(fixtureForm, submission));
        expect(back.submission).toEqual(submission);
      }),
      { numRuns: 40 },
    );
  });

  test("export of anything that is not a submission does not throw", async () => {
    for (const value of [42, "x", null, [], [1, { data: 2 }], { data: "text" }, { form: 1, data: [], scores: "s" }]) {
      const back = await importSubmissionXlsx(fixtureForm, await exportSubmissionXlsx(fixtureForm, value));
      expect(back.submission["form"]).toBeDefined();
    }
  });
});
