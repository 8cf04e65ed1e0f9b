import { afterEach, describe, expect, it } from "vitest";
import { loadForm } from "../../src/edits/form.js";
import { addColumn } from "../../src/edits/scaffolds/column.js";
import { addField } from "../../src/edits/scaffolds/field.js";
import { addListCriterion } from "../../src/edits/scaffolds/list-criterion.js";
import { movePoints } from "../../src/edits/scaffolds/move-points.js";
import { EditRefused, applyChanges, revertChanges } from "../../src/edits/text-edits.js";
import type { EditResult } from "../../src/edits/types.js";
import { readFormTexts, writeChanges } from "../../src/edits-node.js";
import { editSizes, failures, fillStubFromCase, problems, writeAndCheck, type Checked } from "./scaffold-support.js";
import { copyForm, type FormName } from "./support.js";

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

async function open(name: FormName) {
  const made = await copyForm(name);
  dispose = made.dispose;
  const texts = await readFormTexts(made.folder);
  return { folder: made.folder, texts, pkg: await loadForm(texts, made.folder) };
}

const changeNames = (checked: Checked): string[] =>
  checked.diff.changes.map((c) => `${c.kind} ${"id" in c ? c.id : "owner" in c ? c.owner.id : "pointer" in c ? c.pointer : "part" in c ? c.part : ""}`).sort();

/** Lint clean, every test passing, and undo giving back the texts. */
async function expectClean(folder: string, original: Awaited<ReturnType<typeof open>>, result: EditResult): Promise<Checked> {
  const checked = await writeAndCheck(folder, original.pkg, result);
  expect(problems(checked.lint)).toEqual([]);
  expect(failures(checked.tests)).toEqual([]);
  expect(revertChanges(applyChanges(original.texts, result), result)).toEqual(original.texts);
  return checked;
}

describe("add a field", () => {
  it("2020 handbook: a required rate after 数控化率 in 表5, in the same fields block, with a stub", async () => {
    const form = await open("2020-handbook");
    const result = addField(form.texts, form.pkg, {
      part: "table5",
      field: { label: "工业互联网平台应用率", kind: "number", unit: "%" },
      after: "cncRate",
      required: true,
      testName: "工业互联网平台应用率可填",
    });
    expect(result.made.field).toBe("/gongYeHuLianWangPingTaiYing");
    expect(result.changes.map((c) => c.file)).toEqual(["parts/table5.schema.json", "parts/table5.layout.json", "tests/table5.json"]);
    // Only insertions: no neighbour is rewritten to make room.
    expect(editSizes(result)).toMatchObject({ files: 3, edits: 4, removed: 0 });
    const schema = result.changes[0]?.after ?? "";
    expect(schema.indexOf('"gongYeHuLianWangPingTaiYing"')).toBeGreaterThan(schema.indexOf('"cncRate"'));
    expect(schema.indexOf('"gongYeHuLianWangPingTaiYing"')).toBeLessThan(schema.indexOf('"smartFactoryShare"'));
    const checked = await writeAndCheck(form.folder, form.pkg, result);
    expect(problems(checked.lint)).toEqual([]);
    // Required: the complete sample is no longer complete without it; nothing else fails.
    expect(checked.tests.cases.filter((c) => !c.passed).flatMap((c) => c.mismatches.map((m) => `${c.file} ${m.path}`))).toEqual(["tests/sample.json completeness.table5"]);
    expect(changeNames(checked)).toEqual(["field.added /gongYeHuLianWangPingTaiYing"]);
  });

  it("2021 application: a yes/no question in 安全生产, its 是/否 taken from the form's own yes/no fields", async () => {
    const form = await open("2021-application");
    const result = addField(form.texts, form.pkg, { part: "safety", field: { label: "建立安全生产责任制", kind: "yesNo" }, testName: "安全生产责任制可填" });
    const schema = result.changes.find((c) => c.file === "parts/safety.schema.json")?.after ?? "";
    expect(schema).toContain('"oneOf"');
    const checked = await expectClean(form.folder, form, result);
    expect(changeNames(checked)).toEqual([`field.added ${result.made.field}`]);
  });

  it("refuses a key that is taken and a parent that is not a group", async () => {
    const form = await open("2020-handbook");
    expect(() => addField(form.texts, form.pkg, { part: "table5", field: { id: "cncRate", label: "x", kind: "text" }, testName: "x" })).toThrow(EditRefused);
    expect(() => addField(form.texts, form.pkg, { part: "table5", parent: "/cncRate", field: { label: "x", kind: "text" }, testName: "x" })).toThrow(EditRefused);
    expect(() => addField(form.texts, form.pkg, { part: "nope", field: { label: "x", kind: "text" }, testName: "x" })).toThrow(EditRefused);
  });
});

describe("add a column to a list", () => {
  it("2020 handbook: 表6's organisations get a column, in the schema, the input block and a stub", async () => {
    const form = await open("2020-handbook");
    const result = addColumn(form.texts, form.pkg, { part: "table6", list: "/organisations", column: { label: "服务企业满意度", kind: "number", unit: "%" }, testName: "服务企业满意度可填" });
    expect(result.changes.map((c) => c.file)).toEqual(["parts/table6.schema.json", "parts/table6.layout.json", "tests/table6.json"]);
    const checked = await expectClean(form.folder, form, result);
    expect(changeNames(checked)).toEqual([`field.added /organisations/*/${result.made.column?.split("/").pop()}`]);
  });

  it("2020 handbook: 表8's honour rows are one shared definition: the column goes there and into every list that uses it", async () => {
    const form = await open("2020-handbook");
    const result = addColumn(form.texts, form.pkg, { part: "table8", list: "/brands/greenFood/items", column: { label: "证书编号", kind: "text", maxLength: 50 }, testName: "证书编号可填" });
    expect(result.changes.map((c) => c.file)).toEqual(["defs.schema.json", "parts/table8.layout.json", "tests/table8.json"]);
    expect(editSizes(result)).toMatchObject({ edits: 11, removed: 0 });
    expect(result.made.lists).toBe("9");
    const checked = await expectClean(form.folder, form, result);
    expect(changeNames(checked)).toHaveLength(9);
    expect(new Set(changeNames(checked).map((n) => n.split(" ")[0]))).toEqual(new Set(["field.added"]));
  });

  it("2021 application: 服务平台 gets a column", async () => {
    const form = await open("2021-application");
    const result = addColumn(form.texts, form.pkg, { part: "platforms", list: "/items", column: { label: "服务企业数", kind: "integer", unit: "家" }, testName: "服务企业数可填" });
    const checked = await expectClean(form.folder, form, result);
    expect(changeNames(checked)).toEqual([`field.added /items/*/${result.made.column?.split("/").pop()}`]);
  });

  it("a required column leaves the cases whose rows lack it incomplete, and only those expectations fail", async () => {
    const form = await open("2021-application");
    const result = addColumn(form.texts, form.pkg, { part: "platforms", list: "/items", column: { label: "服务企业数", kind: "integer" }, required: true, testName: "服务企业数可填" });
    const checked = await writeAndCheck(form.folder, form.pkg, result);
    expect(problems(checked.lint)).toEqual([]);
    const paths = checked.tests.cases.flatMap((c) => c.mismatches.map((m) => m.path));
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p.startsWith("completeness."))).toBe(true);
  });
});

describe("move points between criteria", () => {
  it("2020 handbook: 1 point from 省级名牌产品 to 行业特色区域 (same part), the expectations that change and a stub at 5 with the data of a case reaching 5", async () => {
    const form = await open("2020-handbook");
    const result = await movePoints(form.texts, form.pkg, { from: "t8.provincial", to: "t8.regional", points: 1, testName: "行业特色区域荣誉满分5分" });
    const after = await writeAndCheck(form.folder, form.pkg, result);
    expect(problems(after.lint)).toEqual([]);
    expect(failures(after.tests)).toEqual([]);
    type Case = { name: string; submission: unknown; expect: { criteria?: Record<string, { computed?: unknown }> } };
    const cases = Object.entries(after.texts)
      .filter(([file]) => file.startsWith("tests/"))
      .flatMap(([, text]) => (JSON.parse(text) as { cases: Case[] }).cases);
    const stub = cases.find((c) => c.name === "行业特色区域荣誉满分5分");
    expect(stub?.expect.criteria?.["t8.regional"]?.computed).toBe(5);
    expect(cases.some((c) => c !== stub && c.expect.criteria?.["t8.regional"]?.computed === 5 && JSON.stringify(c.submission) === JSON.stringify(stub?.submission))).toBe(true);
    // Taken from 表8's own cases, not the whole sample submission.
    expect(Object.keys((stub?.submission as { data: object }).data)).toEqual(["table8"]);
    expect(editSizes(result)).toMatchObject({ files: 3, edits: 24, removed: 227 });
    expect(changeNames(after)).toEqual([
      "branch.points t8.provincial",
      "branch.points t8.regional",
      "branch.text t8.provincial",
      "branch.text t8.regional",
      "criterion.points t8.provincial",
      "criterion.points t8.regional",
      "criterion.text t8.provincial",
      "criterion.text t8.regional",
    ]);
  });

  it("2020 handbook: 1 point from 表7 集聚度 to 表9 专利 changes both parts' points and titles, the total stays 100", async () => {
    const form = await open("2020-handbook");
    const result = await movePoints(form.texts, form.pkg, { from: "t7.concentration", to: "t9.patents", points: 1, testName: "专利满分3分" });
    const before = await writeAndCheck(form.folder, form.pkg, result);
    expect(problems(before.lint)).toEqual([]);
    expect(before.pkg.manifest.totalPoints).toBe(100);
    expect(before.pkg.parts.find((p) => p.ref.id === "table9")?.ref.title).toContain("11分");
    await fillStubFromCase(form.folder, before.texts, "tests/table9.json", "专利满分3分", "t9.patents", 3);
    const after = await writeAndCheck(form.folder, form.pkg, { changes: [] });
    expect(failures(after.tests)).toEqual([]);
    expect(changeNames(after)).toEqual(expect.arrayContaining(["criterion.points t7.concentration", "criterion.points t9.patents", "part.points table7", "part.points table9"]));
  });

  it("2021 application: two new criteria, then 1 point moved from the first to the second", async () => {
    const form = await open("2021-application");
    const words = (label: string, points: number) => ({
      list: { part: "platforms", label, columns: [{ label: "名称", kind: "text" as const }] },
      criterion: { label, points, text: `${label}1个以上，得${points}分`, otherwiseText: "不得分", op: ">=" as const, threshold: 1 },
      testName: `${label}1个`,
    });
    const first = await addListCriterion(form.texts, form.pkg, words("省级示范平台", 2));
    const texts1 = applyChanges(form.texts, first);
    const second = await addListCriterion(texts1, await loadForm(texts1), words("国家级示范平台", 1));
    const texts2 = applyChanges(texts1, second);
    const moved = await movePoints(texts2, await loadForm(texts2), { from: first.made.criterion ?? "", to: second.made.criterion ?? "", points: 1, testName: "国家级示范平台满分2分" });
    const texts3 = applyChanges(texts2, moved);
    const pkg3 = await loadForm(texts3);
    const criteria = pkg3.parts.find((p) => p.ref.id === "platforms")?.rules?.criteria ?? [];
    expect(criteria.map((c) => [c.points, c.text])).toEqual([
      [1, "省级示范平台1个以上，得1分"],
      [2, "国家级示范平台1个以上，得2分"],
    ]);
    expect(pkg3.manifest.totalPoints).toBe(3);
    await writeChanges(form.folder, first);
    await writeChanges(form.folder, second);
    const checked = await writeAndCheck(form.folder, form.pkg, moved);
    expect(checked.texts).toEqual(texts3);
    expect(problems(checked.lint)).toEqual([]);
  });

  it("refuses to move more points than the criterion has", async () => {
    const form = await open("2020-handbook");
    await expect(movePoints(form.texts, form.pkg, { from: "t9.awards", to: "t9.patents", points: 2, testName: "x" })).rejects.toThrow(EditRefused);
  });
});
