// diffForms on a copy of the 2020 handbook in a temp dir, changed as a policy officer changes next year's form.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "../../../schema/src/node.js";
import { diffForms, formatDiff, type FormChange } from "../../src/index.js";

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- test edits reach into known form files

const HANDBOOK = fileURLToPath(new URL("../../../../forms/2020-handbook", import.meta.url));
let scratch: string;
let original: FormPackage;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-diff-"));
  original = await loadFormFolder(HANDBOOK);
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let copies = 0;
/** A copy of the handbook with `edits` applied to its JSON files (path relative to the form folder → edit). */
async function changedCopy(edits: Record<string, (json: Json) => void>): Promise<string> {
  const dir = join(scratch, `copy-${++copies}`);
  await cp(HANDBOOK, dir, { recursive: true });
  for (const [file, edit] of Object.entries(edits)) {
    const json = JSON.parse(await readFile(join(dir, file), "utf8")) as Json;
    edit(json);
    await writeFile(join(dir, file), JSON.stringify(json, null, 2) + "\n");
  }
  return dir;
}

async function changesAfter(edits: Record<string, (json: Json) => void>): Promise<readonly FormChange[]> {
  return diffForms(original, await loadFormFolder(await changedCopy(edits))).changes;
}

describe("diff of the handbook as an officer changes it", () => {
  test("parts in paper order, whatever kind of change each has", async () => {
    const dir = await changedCopy({
      "parts/table7.schema.json": (s) => (s.properties.parkShare.title = "集群企业在园区的集聚度（新）"),
      "parts/table3.rules.json": (r) => (r.criteria[0].branches[1].text = "由经信部门协调组织集群工作，得3分"),
    });
    const text = formatDiff(diffForms(original, await loadFormFolder(dir)), "zh");
    const section = (id: string): number => text.indexOf(`【${original.parts.find((p) => p.ref.id === id)?.ref.title ?? id}】`);
    expect(section("table3")).toBeGreaterThan(0);
    expect(section("table3")).toBeLessThan(section("table7"));
  });

  test("a new type row of 表8 holding its list in items is the one line of that list", async () => {
    const changes = await changesAfter({
      "parts/table8.schema.json": (s) =>
        (s.properties.brands.properties.demoFirms = {
          type: "object",
          title: "数字化转型示范企业",
          properties: { items: { type: "array", title: "数字化转型示范企业", items: { $ref: "../defs.schema.json#/$defs/honour" } } },
        }),
    });
    expect(changes.map((c) => c.kind)).toEqual(["list.added"]);
    expect(changes[0]).toMatchObject({ pointer: "/brands/demoFirms/items", label: "数字化转型示范企业" });
  });

  test("a block inserted above others leaves their texts unchanged; only its own text is new", async () => {
    const changes = await changesAfter({
      "parts/table8.layout.json": (l) => l.blocks.splice(1, 0, { widget: "text", style: "note", text: "新增的说明" }),
    });
    expect(changes).toEqual([{ kind: "layout.text", part: "table8", pointer: "/blocks/1/text", from: null, to: "新增的说明" }]);
  });

  test("a new list is one line with its columns' labels", async () => {
    const changes = await changesAfter({
      "parts/table6.schema.json": (s) =>
        (s.properties.demoFirms = {
          type: "array",
          title: "数字化转型示范企业",
          items: { type: "object", properties: { name: { type: "string", title: "企业名称" }, validUntil: { type: "string", title: "有效期至" } } },
        }),
    });
    expect(changes).toEqual([{ kind: "list.added", part: "table6", pointer: "/demoFirms", label: "数字化转型示范企业", columns: ["企业名称", "有效期至"] }]);
    const text = formatDiff({ ...diffForms(original, original), changes }, "zh");
    expect(text).toContain("新增列表“数字化转型示范企业”，各栏：企业名称、有效期至。");
    expect(text).not.toContain("新增填报项");
  });

  test("表6's points per organisation are worded as points per item, with the counted value's label", async () => {
    const changes = await changesAfter({
      "parts/table6.rules.json": (r) => (r.criteria[0].branches[0].logic.clamp[0]["*"][0] = 3),
    });
    expect(changes).toEqual([
      expect.objectContaining({ kind: "rule.perItem", part: "table6", subject: "设立的公共服务机构数", from: 2, to: 3 }),
    ]);
    const text = formatDiff({ ...diffForms(original, original), changes }, "zh");
    expect(text).toContain("每个“设立的公共服务机构数”的得分由 2 分改为 3 分");
    expect(text).not.toContain("$computed");
  });

  test("a new criterion comes with its scoring text and each branch's condition and points", async () => {
    const changes = await changesAfter({
      "parts/table6.rules.json": (r) =>
        r.criteria.push({
          id: "t6.demo",
          label: "示范企业",
          points: 1,
          text: "有数字化转型示范企业的得1分。",
          method: "first",
          branches: [
            { when: { ">=": [{ var: "$computed.table6.established" }, 1] }, points: 1, text: "有示范企业，得1分" },
            { points: 0, text: "没有，不得分" },
          ],
        }),
    });
    const text = formatDiff({ ...diffForms(original, original), changes }, "zh");
    expect(text).toContain("新增评分指标“示范企业”，1 分。\n      评分细则：有数字化转型示范企业的得1分。\n      第 1 档：有示范企业，得1分（条件：“设立的公共服务机构数” ≥ 1；1 分）\n      第 2 档：没有，不得分（0 分）");
  });

  test("notes, page texts and summary-sheet labels are compared", async () => {
    const changes = await changesAfter({
      "form.json": (m) => (m.notes[6] = "一、发展报告三部分合计不超过4000字。"),
      "parts/table6.layout.json": (l) => (l.blocks[0].text = "公共服务平台建设基本情况。"),
      "summary-sheet.json": (s) => (s.columns.find((c: { id: string }) => c.id === "authority").label = "主管部门"),
    });
    expect(changes).toEqual([
      expect.objectContaining({ kind: "note", index: 7, to: "一、发展报告三部分合计不超过4000字。" }),
      { kind: "summary.text", pointer: "/columns/authority/label", from: "主管单位", to: "主管部门" },
      expect.objectContaining({ kind: "layout.text", part: "table6", pointer: "/blocks/0/text", to: "公共服务平台建设基本情况。" }),
    ]);
    const text = formatDiff({ ...diffForms(original, original), changes }, "zh");
    expect(text).toContain("说明第 7 条由“");
    expect(text).toContain("汇总表栏目名称由“主管单位”改为“主管部门”。");
  });

  test("'no differences' only when the forms are the same: any other visible change is named by file and pointer", async () => {
    expect(diffForms(original, await loadFormFolder(await changedCopy({}))).changes).toEqual([]);
    const changes = await changesAfter({
      "form.json": (m) => (m.roles[1].label = "评审专家"),
      "parts/table6.rules.json": (r) => (r.computed[0].label = "设立的机构数"),
    });
    expect(changes).toEqual([
      { kind: "other", file: "form.json", pointer: "/roles/1/label", from: "专家", to: "评审专家" },
      { kind: "other", part: "table6", file: "parts/table6.rules.json", pointer: "/computed/0/label", from: "设立的公共服务机构数", to: "设立的机构数" },
    ]);
  });
});
