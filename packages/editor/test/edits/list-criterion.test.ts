import { afterEach, describe, expect, it } from "vitest";
import { loadForm } from "../../src/edits/form.js";
import { addListCriterion } from "../../src/edits/scaffolds/list-criterion.js";
import { EditRefused, revertChanges } from "../../src/edits/text-edits.js";
import { readFormTexts } from "../../src/edits-node.js";
import { failures, fillStub, problems, writeAndCheck } from "./scaffold-support.js";
import { copyForm, type FormName } from "./support.js";

let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

async function copy(name: FormName): Promise<string> {
  const made = await copyForm(name);
  dispose = made.dispose;
  return made.folder;
}

const words = {
  label: "数字化转型示范企业",
  criterion: "数字化转型示范",
  text: "集群企业获评数字化转型示范企业（有效期内）1家或1家以上，得1分",
  otherwise: "无有效期内的数字化转型示范企业，不得分",
  test: "数字化转型示范企业1家，得1分",
};

describe("a criterion fed by a new list", () => {
  it("2020 handbook: a row of 表8's count grid, its list, counts, the criterion, 1 point taken from 国家级或驰名商标, a stub", async () => {
    const folder = await copy("2020-handbook");
    const texts = await readFormTexts(folder);
    const pkg = await loadForm(texts, folder);
    const result = await addListCriterion(texts, pkg, {
      list: { part: "table8", label: words.label },
      criterion: { label: words.criterion, points: 1, text: words.text, otherwiseText: words.otherwise, op: ">=", threshold: 1, withinValidity: true, unit: "家" },
      takeFrom: [{ criterion: "t8.national", points: 1 }],
      testName: words.test,
    });
    expect(result.made).toMatchObject({ list: "/brands/shuZiHuaZhuanXingShiFanQi/items", count: "table8.valid.shuZiHuaZhuanXingShiFanQi", criterion: "t8.shuZiHuaZhuanXingShiFan" });
    // The cases whose expectations the point taken changes: t8.national's full score, table8's and the form's totals.
    const files = result.changes.map((c) => c.file).sort();
    console.log("2020 list criterion edits:", JSON.stringify(result.changes.map((c) => ({ file: c.file, edits: c.edits.length, chars: c.edits.reduce((n, e) => n + e.content.length, 0), removed: c.edits.reduce((n, e) => n + e.length, 0), sample: c.file.startsWith("tests/") && c.file !== "tests/table8.json" ? c.edits.map((e) => e.content) : undefined }))));
    expect(files).toEqual(["parts/table8.layout.json", "parts/table8.rules.json", "parts/table8.schema.json", "tests/sample.json", "tests/table10-veto.json", "tests/table11-summary.json", "tests/table8.json"]);
    const before = await writeAndCheck(folder, pkg, result);
    expect(problems(before.lint)).toEqual([]);
    // The stub fails until filled in: its items have no names yet.
    expect(failures(before.tests).map((f) => f.split(":")[0])).toEqual([`tests/table8.json ${words.test}`]);
    await fillStub(folder, "tests/table8.json", words.test, (item, i) => (item.name = `示范企业${i + 1}`));
    const after = await writeAndCheck(folder, pkg, { changes: [] });
    expect(failures(after.tests)).toEqual([]);
    expect(after.tests.passed).toBeGreaterThan(50);
    // diff lists exactly the change: the list (one line), its heading, the criterion with its counts, the point taken.
    const kinds = after.diff.changes.map((c) => `${c.kind} ${"id" in c ? c.id : "owner" in c ? c.owner.id : "pointer" in c ? c.pointer : ""}`);
    expect(kinds.sort()).toEqual([
      "branch.points t8.national",
      "branch.text t8.national",
      "criterion.added t8.shuZiHuaZhuanXingShiFan",
      "criterion.points t8.national",
      "criterion.text t8.national",
      "layout.text /blocks/11/title",
      "list.added /brands/shuZiHuaZhuanXingShiFanQi/items",
      "rule.added table8.count.shuZiHuaZhuanXingShiFanQi",
      "rule.added table8.valid.shuZiHuaZhuanXingShiFanQi",
    ]);
    // Undo gives back the original texts.
    expect(revertChanges(before.texts, result)).toEqual(texts);
  });

  it("2021 application: a list of its own in 服务平台 with the columns given, the criterion adding its point to the part and the total", async () => {
    const folder = await copy("2021-application");
    const texts = await readFormTexts(folder);
    const pkg = await loadForm(texts, folder);
    const result = await addListCriterion(texts, pkg, {
      list: {
        part: "platforms",
        label: words.label,
        columns: [
          { label: "企业名称", kind: "text" },
          { label: "有效期限（起）", kind: "date" },
          { label: "有效期限（止）", kind: "date" },
        ],
      },
      criterion: { label: words.criterion, points: 1, text: words.text, otherwiseText: words.otherwise, op: ">=", threshold: 1, withinValidity: true, unit: "家" },
      testName: words.test,
    });
    expect(result.made).toMatchObject({ list: "/shuZiHuaZhuanXingShiFanQi", count: "platforms.valid.shuZiHuaZhuanXingShiFanQi" });
    const before = await writeAndCheck(folder, pkg, result);
    expect(problems(before.lint)).toEqual([]);
    expect(failures(before.tests).map((f) => f.split(":")[0])).toEqual([`tests/platforms.json ${words.test}`]);
    await fillStub(folder, "tests/platforms.json", words.test, (item, i) => (item.qiYeMingCheng = `示范企业${i + 1}`));
    const after = await writeAndCheck(folder, pkg, { changes: [] });
    expect(failures(after.tests)).toEqual([]);
    const kinds = after.diff.changes.map((c) => `${c.kind} ${"id" in c ? c.id : "owner" in c ? c.owner.id : "pointer" in c ? c.pointer : ""}`);
    expect(kinds.sort()).toEqual([
      "criterion.added platforms.shuZiHuaZhuanXingShiFan",
      "form.totalPoints ",
      "layout.text /blocks/1/title",
      "list.added /shuZiHuaZhuanXingShiFanQi",
      "part.points ",
      "rule.added platforms.valid.shuZiHuaZhuanXingShiFanQi",
    ]);
  });
});

describe("what a list-fed criterion cannot be made from", () => {
  const criterion = { label: "示范", points: 1, text: "t", otherwiseText: "o", op: ">=" as const, threshold: 1 };
  it("refuses a list without columns where the part has no rows to copy, validity without dates, and a taken name", async () => {
    const folder = await copy("2021-application");
    const texts = await readFormTexts(folder);
    const pkg = await loadForm(texts, folder);
    const refusal = (args: Parameters<typeof addListCriterion>[2]) => addListCriterion(texts, pkg, args).catch((error: unknown) => error);
    const noColumns = await refusal({ list: { part: "platforms", label: words.label }, criterion, testName: "x" });
    expect(noColumns).toBeInstanceOf(EditRefused);
    expect((noColumns as EditRefused).findings[0]?.message.zh).toContain(words.label);
    const noDates = await refusal({ list: { part: "platforms", label: words.label, columns: [{ label: "名称", kind: "text" }] }, criterion: { ...criterion, withinValidity: true }, testName: "x" });
    expect((noDates as EditRefused).findings[0]?.message.en).toContain("validity");
    const taken = await refusal({ list: { part: "platforms", label: words.label, id: "items", columns: [{ label: "名称", kind: "text" }] }, criterion, testName: "x" });
    expect((taken as EditRefused).findings[0]?.code).toBe("scaffold-refused");
  });
});
