import { lintForm } from "@cluster-form/rules";
import { parseJson } from "@cluster-form/schema";
import { describe, expect, it } from "vitest";
import { loadForm } from "../../src/edits/form.js";
import { buildOutline, findingsAt } from "../../src/edits/outline/index.js";
import { thresholdsOf } from "../../src/edits/shapes/thresholds.js";
import { applyChanges } from "../../src/edits/text-edits.js";
import type { FormTexts, OutlineField, Site } from "../../src/edits/types.js";
import { setThreshold } from "../../src/edits/values.js";
import { readFormTexts } from "../../src/edits-node.js";
import { formFolder } from "./support.js";

/** The value written at a site, read from the file's text. */
function at(texts: FormTexts, site: Site): unknown {
  let node = parseJson(site.file, texts[site.file] ?? "").value;
  for (const key of site.pointer.split("/").slice(1)) node = (node as Record<string, unknown>)[key.replace(/~1/g, "/").replace(/~0/g, "~")];
  return node;
}

const flatten = (fields: readonly OutlineField[]): OutlineField[] => fields.flatMap((f) => [f, ...flatten(f.fields ?? []), ...flatten(f.columns ?? [])]);

/** Every site holds what the outline says is there. */
function expectSitesHold(texts: FormTexts, outline: ReturnType<typeof buildOutline>): void {
  for (const part of outline.parts) {
    expect(at(texts, part.site)).toMatchObject({ id: part.id, title: part.title });
    for (const field of flatten(part.fields)) expect((at(texts, field.site) as { title?: string }).title ?? field.key).toBe(field.label);
    for (const criterion of part.criteria) {
      expect(at(texts, criterion.site)).toMatchObject({ id: criterion.id, points: criterion.points, text: criterion.text });
      for (const branch of criterion.branches) expect((at(texts, branch.site) as { text: string }).text).toBe(branch.text);
    }
    for (const text of part.texts) expect(at(texts, text.site)).toBe(text.text);
    for (const computed of part.computed) expect(at(texts, computed.site)).toMatchObject({ id: computed.id });
  }
}

describe("outline", () => {
  it("2020 handbook: parts in paper order with their fields, lists, columns and criteria, each at the site that holds it", async () => {
    const texts = await readFormTexts(formFolder("2020-handbook"));
    const pkg = await loadForm(texts);
    const outline = buildOutline(pkg);
    expect(outline.parts.map((p) => p.id)).toEqual(pkg.manifest.parts.map((p) => p.id));
    expect(outline.totalPoints).toBe(100);
    const table5 = outline.parts.find((p) => p.id === "table5");
    expect(table5?.fields.map((f) => f.key)).toEqual(["informatization", "rdToolsRate", "cncRate", "smartFactoryShare", "internet", "broadbandRate", "wirelessRate", "ecommercePlatform", "ecommercePlatformName"]);
    const cnc = table5?.fields.find((f) => f.key === "cncRate");
    expect(cnc).toMatchObject({ path: "table5.cncRate", kind: "number", unit: "%", label: "关键工序制造装备数控化率" });
    expect(table5?.fields.find((f) => f.key === "ecommercePlatform")?.choices).toEqual([{ value: true, label: "是" }, { value: false, label: "否" }]);
    const [informatization] = table5?.criteria ?? [];
    expect(informatization).toMatchObject({ id: "t5.informatization", points: 5, method: "sum" });
    expect(informatization?.branches[0]?.condition).toEqual({ kind: "compare", subject: { kind: "value", path: "table5.rdToolsRate" }, op: ">", value: 40 });
    // 表8's rows come from a shared definition: a column's title is edited in defs.schema.json.
    const table8 = outline.parts.find((p) => p.id === "table8");
    const honours = table8?.fields[0]?.fields?.[0]?.fields?.[0];
    expect(honours?.kind).toBe("list");
    expect(honours?.columns?.map((c) => c.key)).toEqual(["name", "certifiedBy", "year", "validFrom", "validUntil"]);
    expect(honours?.columns?.[0]?.site.file).toBe("defs.schema.json");
    expectSitesHold(texts, outline);
    const table9Texts = outline.parts.find((p) => p.id === "table9")?.texts ?? [];
    expect(table9Texts).toContainEqual({ text: "获奖年份", style: "label", site: { file: "parts/table9.layout.json", pointer: "/blocks/4/columns/1/label" } });
    expect(table9Texts).toContainEqual(expect.objectContaining({ text: "工作考核指标", style: "header.criterion" }));
    const t6 = outline.parts.find((p) => p.id === "table6")?.criteria[0]?.branches[0]?.award;
    expect(t6).toEqual({ kind: "logic", shape: { kind: "perItem", points: 2, subject: { kind: "value", path: "$computed.table6.established" }, min: 0, cap: 10 } });
    expect(outline.parts.find((p) => p.id === "table3")?.criteria[2]?.branches[1]?.award).toEqual({ kind: "judgement", min: 0, max: 5 });
  });

  it("2021 application: lists with columns, no criteria", async () => {
    const texts = await readFormTexts(formFolder("2021-application"));
    const outline = buildOutline(await loadForm(texts));
    expectSitesHold(texts, outline);
    const platforms = outline.parts.find((p) => p.id === "platforms");
    expect(platforms?.fields[0]?.columns?.map((c) => c.label)).toEqual(["名称", "级别", "服务范围", "建立时间", "主要负责人"]);
    expect(platforms?.fields[0]?.columns?.[1]?.kind).toBe("choice");
    expect(outline.parts.flatMap((p) => p.criteria)).toEqual([]);
  });

  it("puts a lint finding next to the criterion it concerns, via its threshold's site", async () => {
    const texts = await readFormTexts(formFolder("2020-handbook"));
    const pkg = await loadForm(texts);
    const criterion = buildOutline(pkg).parts.find((p) => p.id === "table5")?.criteria[0];
    const branch = criterion?.branches[1];
    const rule = (at(texts, branch?.site as Site) as { when: unknown }).when;
    const [threshold] = thresholdsOf({ file: branch?.site.file ?? "", pointer: `${branch?.site.pointer}/when` }, rule);
    expect(threshold).toMatchObject({ op: ">=", value: 30, site: { file: "parts/table5.rules.json", pointer: "/criteria/0/branches/1/when/>=/1" } });
    const changed = applyChanges(texts, setThreshold(texts, threshold?.site as Site, 35));
    const findings = lintForm(await loadForm(changed));
    expect(findingsAt(criterion?.site as Site, findings).map((f) => f.code)).toEqual(["lint.criterion.textNumbers", "lint.criterion.branchTextNumbers"]);
    expect(findingsAt(buildOutline(pkg).parts.find((p) => p.id === "table6")?.site as Site, findings)).toEqual([]);
  });
});
