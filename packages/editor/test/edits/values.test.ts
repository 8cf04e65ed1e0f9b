import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { lintForm } from "@cluster-form/rules";
import { afterEach, describe, expect, it } from "vitest";
import { loadForm } from "../../src/edits/form.js";
import { jsonFileText } from "../../src/edits/compact-json.js";
import { ChangeBuilder, EditRefused, applyChanges, revertChanges } from "../../src/edits/text-edits.js";
import { thresholdsOf } from "../../src/edits/shapes/thresholds.js";
import type { Site } from "../../src/edits/types.js";
import { acceptProposal, setThreshold, setValue } from "../../src/edits/values.js";
import { readFormTexts, writeChanges } from "../../src/edits-node.js";
import { copyForm } from "./support.js";
import { applyEdits } from "jsonc-parser";

const RULES = "parts/table5.rules.json";
let dispose: (() => Promise<void>) | undefined;
afterEach(async () => {
  await dispose?.();
  dispose = undefined;
});

async function handbook(): Promise<string> {
  const copy = await copyForm("2020-handbook");
  dispose = copy.dispose;
  return copy.folder;
}

const warningsAbout = async (texts: Record<string, string>, file: string) =>
  lintForm(await loadForm(texts)).filter((f) => f.location.file === file).map((f) => f.code);

describe("editing one value", () => {
  it("raises a threshold with a one-number edit and proposes the scoring texts' matching numbers", async () => {
    const folder = await handbook();
    const texts = await readFormTexts(folder);
    expect(await warningsAbout(texts, RULES)).toEqual([]);
    const change = setThreshold(texts, { file: RULES, pointer: "/criteria/0/branches/0/when/>/1" }, 50);
    expect(change.changes).toHaveLength(1);
    const [file] = change.changes;
    expect(file?.edits).toEqual([expect.objectContaining({ content: "50", length: 2 })]);
    expect(applyEdits(file?.before ?? "", [...(file?.edits ?? [])])).toBe(file?.after);
    expect(applyEdits(file?.after ?? "", [...(file?.inverse ?? [])])).toBe(file?.before);
    expect(change.textProposals.map((p) => p.after)).toEqual([
      "集群企业数字化研发设计工具普及率超过50%，得1分；关键工序制造装备数控化率达到30%以上，得2分；智能工厂（数字化车间）占比超过20%，得2分。",
      "集群企业数字化研发设计工具普及率超过50%，得1分",
    ]);
    // Without the texts, lint says they disagree; with them, it is clean again.
    let changed = applyChanges(texts, change);
    expect(await warningsAbout(changed, RULES)).toEqual(["lint.criterion.textNumbers", "lint.criterion.branchTextNumbers"]);
    for (const proposal of change.textProposals) changed = applyChanges(changed, acceptProposal(changed, proposal));
    expect(await warningsAbout(changed, RULES)).toEqual([]);
    expect(revertChanges(applyChanges(texts, change), change)).toEqual(texts);
  });

  it("changes a label and nothing else of the file: key order, formatting and $comments stay", async () => {
    const folder = await handbook();
    const texts = await readFormTexts(folder);
    const file = "parts/table5.schema.json";
    const change = setValue(texts, { file, pointer: "/properties/cncRate/title" }, "关键工序数控化率");
    const before = texts[file]?.split("\n") ?? [];
    const after = change.changes[0]?.after.split("\n") ?? [];
    expect(after).toHaveLength(before.length);
    const differing = before.map((line, i) => (line === after[i] ? -1 : i)).filter((i) => i >= 0);
    expect(differing).toHaveLength(1);
    expect(after[differing[0] ?? 0]).toBe('    "cncRate": { "type": "number", "title": "关键工序数控化率", "unit": "%", "minimum": 0, "maximum": 100 },');
    await writeChanges(folder, change);
    expect(await readFile(join(folder, file), "utf8")).toBe(change.changes[0]?.after);
  });

  it("refuses to edit a file that does not parse, naming file, line and column in Chinese and English", async () => {
    const folder = await handbook();
    const file = join(folder, RULES);
    const text = await readFile(file, "utf8");
    // The comma after "part": "table5" left out.
    await writeFile(file, text.replace('"part": "table5",', '"part": "table5"'));
    const texts = await readFormTexts(folder);
    let refused: unknown;
    try {
      setValue(texts, { file: RULES, pointer: "/criteria/0/points" }, 6);
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(EditRefused);
    const [finding] = (refused as EditRefused).findings;
    expect(finding?.location).toMatchObject({ file: RULES, line: 4 });
    expect(finding?.message.zh).toContain("逗号");
    expect(finding?.message.en.toLowerCase()).toContain("comma");
  });

  it("refuses a value that is not there instead of adding it somewhere", async () => {
    const texts = await readFormTexts(await handbook());
    expect(() => setValue(texts, { file: RULES, pointer: "/criteria/9/points" }, 1)).toThrow(EditRefused);
    expect(() => setThreshold(texts, { file: RULES, pointer: "/criteria/0/branches/0/text" }, 1)).toThrow(EditRefused);
  });
});

describe("points per item and their cap", () => {
  it("表6: the per-item points and the cap are numbers of the rule, and changing one proposes its 得N分 / 最高N分", async () => {
    const texts = await readFormTexts(await handbook());
    const file = "parts/table6.rules.json";
    const site = { file, pointer: "/criteria/0/branches/0/logic" };
    const rule = (JSON.parse(texts[file] ?? "") as { criteria: { branches: { logic: unknown }[] }[] }).criteria[0]?.branches[0]?.logic;
    const numbers = thresholdsOf(site, rule);
    expect(numbers.map((n) => [n.role, n.value, n.site.pointer])).toEqual([
      ["perItem", 2, "/criteria/0/branches/0/logic/clamp/0/*/0"],
      ["floor", 0, "/criteria/0/branches/0/logic/clamp/1"],
      ["cap", 10, "/criteria/0/branches/0/logic/clamp/2"],
    ]);
    const perItem = setThreshold(texts, numbers[0]?.site as Site, 3);
    expect(perItem.textProposals.map((p) => p.after)).toEqual([
      "在行业协会/商会、技术研发推广、检验检测、人才培训、专业市场、集群网站等公共服务机构中，设立一个机构得3分。",
      "设立一个机构得3分（最高10分）",
    ]);
    const cap = setThreshold(texts, numbers[2]?.site as Site, 8);
    expect(cap.textProposals.map((p) => p.after)).toEqual(["设立一个机构得2分（最高8分）"]);
  });
});

describe("several changes of one file in one operation", () => {
  it("compose into edits of the original text, and fall back to one span when a change rewrites an earlier one", () => {
    const text = '{\n  "a": { "x": 1 },\n  "b": [1, 2],\n  "$comment": "kept"\n}\n';
    const apart = new ChangeBuilder({ "f.json": text }).set("f.json", ["a", "x"], 2).insert("f.json", ["b"], -1, 3).result();
    const [change] = apart.changes;
    expect(change?.after).toBe('{\n  "a": { "x": 2 },\n  "b": [1, 2, 3],\n  "$comment": "kept"\n}\n');
    expect(change?.edits).toHaveLength(2);
    expect(applyEdits(text, [...(change?.edits ?? [])])).toBe(change?.after);
    expect(applyEdits(change?.after ?? "", [...(change?.inverse ?? [])])).toBe(text);
    const over = new ChangeBuilder({ "f.json": text }).set("f.json", ["a"], { x: 5, y: [1] }).set("f.json", ["a", "y", 0], 7).result();
    const [rewritten] = over.changes;
    expect(rewritten?.after).toBe('{\n  "a": { "x": 5, "y": [7] },\n  "b": [1, 2],\n  "$comment": "kept"\n}\n');
    expect(applyEdits(text, [...(rewritten?.edits ?? [])])).toBe(rewritten?.after);
    expect(applyEdits(rewritten?.after ?? "", [...(rewritten?.inverse ?? [])])).toBe(text);
  });

  it("a new file is laid out like the form's files", () => {
    const made = new ChangeBuilder({}).create("tests/x.json", jsonFileText({ $schema: "s", cases: [{ name: "n", expect: { noFindings: true } }] })).result();
    expect(made.changes[0]?.after).toBe('{\n  "$schema": "s",\n  "cases": [{ "name": "n", "expect": { "noFindings": true } }]\n}\n');
  });
});
