import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fieldsRead, ruleSites } from "../../src/index.js";
import { loadFormFolder } from "../../src/node.js";

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

describe("rule sites", async () => {
  const form = await loadFormFolder(repo("forms/2020-handbook"));
  const sites = ruleSites(form);

  it("list every rule of the form with its file and pointer", () => {
    const criteria = form.parts.flatMap((part) => part.rules?.criteria ?? []);
    expect(new Set(sites.filter((s) => s.kind === "criterion").map((s) => s.owner))).toEqual(new Set(criteria.map((c) => c.id)));
    expect(sites.some((s) => s.kind === "summary" && s.file === form.manifest.summarySheet)).toBe(true);
    for (const site of sites) expect(site.pointer).toMatch(/^\/(computed|applicability|checks|criteria|veto|columns)\/\d+\//);
  });

  it("name the part fields a rule reads, and no row-relative or form-level variable", () => {
    const reads = fieldsRead(form, { and: [{ ">": [{ var: "table5.rdToolsRate" }, 40] }, { var: ["table1.indicators.sales.y2020", 0] }, { var: "$form.year" }, { map: [{ var: "table9.projects" }, { var: "name" }] }] });
    expect(reads).toEqual(["/data/table5/rdToolsRate", "/data/table1/indicators/sales/y2020", "/data/table9/projects"]);
    const all = new Set(sites.flatMap((site) => fieldsRead(form, site.logic)));
    expect(all.size).toBeGreaterThan(20);
    for (const pointer of all) expect(pointer).toMatch(/^\/data\/\w+\//);
  });

  it("walk hostile rules within bounds", () => {
    let deep: unknown = { var: "table5.rdToolsRate" };
    for (let i = 0; i < 100_000; i++) deep = { "!": [deep] };
    expect(fieldsRead(form, deep)).toEqual([]);
    const wide = Array.from({ length: 300_000 }, () => ({ var: "table5.x" }));
    expect(fieldsRead(form, { or: wide })).toEqual(["/data/table5/x"]);
    expect(fieldsRead(form, JSON.parse('{"__proto__": {"var": "table5.y"}}'))).toEqual(["/data/table5/y"]);
  });
});
