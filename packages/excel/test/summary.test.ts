import { describe, expect, test } from "vitest";
import { readWorkbook } from "../src/exceljs.js";
import { summarizeToCsv, summarizeToXlsx, summaryEntry, unreadableEntry } from "../src/index.js";
import { fixtureForm, fixtureSubmission } from "./fixture-form.js";

function cluster(name: string, city: string, sales: number, extra: Record<string, unknown> = {}) {
  return {
    ...fixtureSubmission,
    data: { ...fixtureSubmission.data, cover: { ...fixtureSubmission.data.cover, name, city }, table1: { ...fixtureSubmission.data.table1, indicators: { ...fixtureSubmission.data.table1.indicators, sales: { y2019: 1, y2020: sales } } }, ...extra },
  };
}

describe("summarizeSubmissions (fixture form)", () => {
  test("rows in sortBy order, totals, invalid submissions in a second sheet", async () => {
    const source = [
      cluster("乙集群", "襄阳市", 200),
      cluster("甲集群", "武汉市", 100.5),
      summaryEntry("bad-type.json", cluster("丙集群", "武汉市", 50, { table2: { enterprises: [{ name: "x", sales: "many" }] } })),
      unreadableEntry("broken.json", { zh: "JSON 语法错误", en: "JSON syntax error" }),
      cluster("丁集群", "武汉市", 300),
      { form: { id: "other-form", version: "1" }, data: {} },
    ];
    const { bytes, report } = await summarizeToXlsx(fixtureForm, source, { mode: "draft" });
    expect(report.rows).toBe(3);
    expect(report.invalid).toBe(3);
    expect(report.totals["sales"]).toBe(600.5);
    const workbook = await readWorkbook(bytes);
    const [summary, invalid] = workbook.worksheets;
    const rows: unknown[][] = [];
    summary!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(summary!.name).toBe("2020年度省重点成长型产业集群数据汇总表");
    expect(rows[1]).toEqual(["序号", "市州", "产业集群名称", "销售收入（万元）", "骨干企业数（家）", "自评总分", "一票否决"]);
    // Sorted by city (pinyin: Wuhan before Xiangyang), then by name.
    expect(rows.slice(2, 5).map((r) => r.slice(0, 4))).toEqual([
      [1, "武汉市", "丁集群", 300],
      [2, "武汉市", "甲集群", 100.5],
      [3, "襄阳市", "乙集群", 200],
    ]);
    expect(rows[2]!.slice(4)).toEqual([2, 8, "否"]);
    expect(rows[5]).toEqual(["合计", undefined, undefined, 600.5, 6, 24]);
    // The note spans the table's width (a merged cell: exceljs reads its text in every cell it covers).
    expect(rows[6]![0]).toBe("此表由市（州）经信局汇总。");
    expect(summary!.getCell(7, 7).isMerged).toBe(true);

    const lines: unknown[][] = [];
    invalid!.eachRow((row) => lines.push((row.values as unknown[]).slice(1)));
    expect(invalid!.name).toBe("未通过校验");
    expect(lines[0]).toEqual(["序号", "来源", "位置", "栏目", "问题"]);
    expect(lines.slice(1).map((l) => l.slice(0, 3))).toEqual([
      [3, "bad-type.json", "/data/table2/enterprises/0/sales"],
      [4, "broken.json", ""],
      [6, "#6", "/form/id"],
    ]);
    expect(lines[2]![4]).toBe("JSON 语法错误");
    expect(String(lines[3]![4])).toContain("other-form");
  });

  test("CSV: RFC 4180 quoting, a BOM, CRLF, formulas defused, invalid ones in their own file", async () => {
    const odd = cluster('名称,含"逗号"\n换行', "=HYPERLINK(1)", 7);
    const { csv, invalidCsv, report } = await summarizeToCsv(fixtureForm, [odd, { nope: true }], { mode: "draft" });
    expect(report).toMatchObject({ rows: 1, invalid: 1 });
    expect(csv).toBe(
      "\uFEFF序号,市州,产业集群名称,销售收入（万元）,骨干企业数（家）,自评总分,一票否决\r\n" +
        `1,'=HYPERLINK(1),"名称,含""逗号""\n换行",7,2,8,否\r\n` +
        "合计,,,7,2,8,\r\n",
    );
    expect(invalidCsv).toBe("\uFEFF序号,来源,位置,栏目,问题\r\n2,#2,,,不是一份填报材料（应为含 form 和 data 的 JSON 对象）。\r\n");
  });

  test("a form without a summary sheet is refused", async () => {
    const { summarySheet: _omitted, ...rest } = fixtureForm;
    await expect(summarizeToCsv(rest, [])).rejects.toThrow(/declares no summary sheet/);
  });
});
