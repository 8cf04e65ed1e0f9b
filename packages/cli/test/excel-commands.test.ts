// The export, import and summarize commands, run in-process on the 2020 handbook and its sample.
import { mkdtemp, readFile, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "../src/run.js";
import { newWorkbook, readWorkbook, writeWorkbook } from "../../excel/src/exceljs.js";
import { declareSize } from "../../../test/support/hostile-zip.js";

const REPO = fileURLToPath(new URL("../../../", import.meta.url));
const FORM = join(REPO, "forms/2020-handbook");
const SAMPLE = join(REPO, "examples/data/2020-handbook.sample.json");
let dir = "";

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cluster-form-excel-cli-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Runs in-process; `tty` makes standard error claim to be a terminal, as process.stderr does on one. */
async function run(args: string[], tty = false): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t), isTTY: tty }, stdin: new PassThrough(), cwd: dir };
  const code = await runCli(args, io);
  return { code, stdout, stderr };
}

describe("cluster-form export / import / summarize", () => {
  test("export then import prints the same submission, exit 0", async () => {
    const exported = await run(["export", FORM, SAMPLE, "--out", "sample.xlsx"]);
    expect(exported.stderr).toContain("sample.xlsx");
    expect(exported.code).toBe(0);
    const imported = await run(["import", FORM, "sample.xlsx"]);
    expect(imported.stderr).toBe("");
    expect(imported.code).toBe(0);
    expect(JSON.parse(imported.stdout)).toEqual(JSON.parse(await readFile(SAMPLE, "utf8")));
  });

  test("import reports cells that do not fit on stderr with their place, and exits 1", async () => {
    const workbook = await readWorkbook(await readFile(join(dir, "sample.xlsx")));
    const table1 = workbook.worksheets.find((s) => s.getRow(1).getCell(1).value === "part:table1")!;
    table1.eachRow((row) => {
      if (row.getCell(1).value === "row:/indicators/sales") row.getCell(4).value = "待统计";
    });
    await writeFile(join(dir, "edited.xlsx"), await writeWorkbook(workbook));
    const imported = await run(["import", FORM, "edited.xlsx", "--lang", "en"]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/edited\.xlsx {2}sheet "表1 ：.*" D\d+ {2}2020年: "待统计" is not a number/);
    expect(imported.stderr).toContain("1 problem(s)");
    expect(JSON.parse(imported.stdout).data.table1.indicators.sales.y2020).toBeUndefined();
  });

  test("import --rows reads one table from a hand-made sheet", async () => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["企业名称", "2020年销售收入（万元）"]);
    sheet.addRow(["甲公司", 100]);
    await writeFile(join(dir, "rows.xlsx"), await writeWorkbook(workbook));
    const imported = await run(["import", FORM, "rows.xlsx", "--rows", "table2/enterprises", "--lang", "en"]);
    // The sheet lacks columns that every row must fill: no row fits completely, so none is kept;
    // the missing columns are said once each, at the header, and the exit code says it too.
    expect(JSON.parse(imported.stdout)).toEqual([]);
    expect(imported.stderr).toMatch(/sheet "Sheet1" row 1 {2}\S+: Required column "\S+" is missing/);
    expect(imported.code).toBe(1);
    expect((await run(["import", FORM, "rows.xlsx", "--rows", "table2"])).code).toBe(2);
  });

  test("summarize writes the sheet, lists the unreadable submission and exits 1", async () => {
    const sample = JSON.parse(await readFile(SAMPLE, "utf8"));
    await writeFile(join(dir, "a.json"), JSON.stringify(sample));
    await writeFile(join(dir, "b.json"), JSON.stringify({ ...sample, data: { ...sample.data, cover: { ...sample.data.cover, name: "另一集群" } } }));
    await writeFile(join(dir, "broken.json"), "{ not json");
    const summary = await run(["summarize", FORM, "a.json", "b.json", "broken.json", "--out", "summary.xlsx", "--lang", "en"]);
    expect(summary.stderr).toContain("Summarized 2 submission(s), 1 invalid");
    expect(summary.code).toBe(1);
    const workbook = await readWorkbook(await readFile(join(dir, "summary.xlsx")));
    expect(workbook.worksheets).toHaveLength(2);
    expect(workbook.worksheets[0]!.getRow(5).getCell(1).value).toBe("合计");
    expect(workbook.worksheets[1]!.getRow(2).getCell(2).value).toBe("broken.json");
    expect(String(workbook.worksheets[1]!.getRow(2).getCell(5).value)).toMatch(/broken\.json:1:/);
  });

  test("import refuses a workbook larger than the form's, before reading it, and exits 1", async () => {
    // Sparse: 300 MB on paper, no disk used; the command refuses it by its size, unread.
    await writeFile(join(dir, "huge.xlsx"), "");
    await truncate(join(dir, "huge.xlsx"), 300 * 2 ** 20);
    const huge = await run(["import", FORM, "huge.xlsx", "--lang", "en"]);
    expect(huge.code).toBe(1);
    expect(huge.stdout).toBe("");
    expect(huge.stderr).toMatch(/^huge\.xlsx .*The file is 300\.0 MB, larger than any workbook of this form can be \(\d+\.\d MB\); it was not read\./);

    await run(["export", FORM, SAMPLE, "--out", "sample.xlsx"]);
    const bomb = declareSize(new Uint8Array(await readFile(join(dir, "sample.xlsx"))), "xl/sharedStrings.xml", 0xf0000000);
    await writeFile(join(dir, "bomb.xlsx"), bomb);
    const refused = await run(["import", FORM, "bomb.xlsx"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/工作簿解压后为 \d+\.\d MB，超过本表单工作簿的上限 \d+\.\d MB，未读取。/);
  });

  test("summarize without --out writes summary.xlsx; --param fills the 市（州） column; an undeclared parameter is a usage error", async () => {
    const summary = await run(["summarize", FORM, "a.json", "b.json", "--param", "city=武汉市"]);
    expect(summary.code).toBe(0);
    expect(summary.stderr).toBe("汇总 2 份材料，0 份未通过校验；已写入 summary.xlsx\n");
    const sheet = (await readWorkbook(await readFile(join(dir, "summary.xlsx")))).worksheets[0]!;
    expect(sheet.getRow(2).getCell(2).value).toBe("市（州）");
    expect(sheet.getRow(3).getCell(2).value).toBe("武汉市");
    const bad = await run(["summarize", FORM, "a.json", "--param", "town=江夏区"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("town=江夏区");
    expect(bad.stderr).toContain("city");
  });

  test("progress: one line rewritten in place on a terminal, nothing when standard error is not one", async () => {
    const terminal = await run(["summarize", FORM, "a.json", "b.json", "--out", "tty.xlsx"], true);
    expect(terminal.code).toBe(0);
    expect(terminal.stderr.startsWith("\r\x1b[K已处理 1 份材料（每秒 ")).toBe(true);
    // Cleared before the summary line, so that it starts at the margin.
    expect(terminal.stderr).toContain("\r\x1b[K汇总 2 份材料");
    const piped = await run(["summarize", FORM, "a.json", "b.json", "--out", "piped.xlsx"]);
    expect(piped.stderr).not.toContain("\x1b");
    expect(piped.stderr).not.toContain("已处理");

    const imported = await run(["import", FORM, "sample.xlsx"], true);
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe("\r\x1b[K正在读取 sample.xlsx…\r\x1b[K");
    expect((await run(["import", FORM, "sample.xlsx"])).stderr).toBe("");
  });

  test("import --rows: a 合计 row is a note on stderr, not a problem: exit 0", async () => {
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("Sheet1");
    sheet.addRow(["序号", "企业名称", "统一社会信用代码", "主导产品", "销售收入(万元)", "工商税收(万元)", "就业人数(人)"]);
    sheet.addRow([1, "甲公司", "91420100MA4K0X1Y2B", "光纤", 52000, 3100, 1200]);
    sheet.addRow(["合计", null, null, null, 52000, 3100, 1200]);
    await writeFile(join(dir, "total.xlsx"), await writeWorkbook(workbook));
    const imported = await run(["import", FORM, "total.xlsx", "--rows", "table2/enterprises"]);
    expect(JSON.parse(imported.stdout)).toHaveLength(1);
    expect(imported.stderr).toBe("total.xlsx  工作表“Sheet1” 第 3 行  说明：这一行是合计行，未作为数据导入。\n");
    expect(imported.code).toBe(0);
  });
});
