/** Edit rights by role on the 2020 handbook: what each role may write, and the changes it may not make. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { canEdit, checkEdits, editRights, type FormPackage } from "../../src/index.js";
import { loadFormFolder } from "../../src/node.js";

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

interface Sample {
  form: unknown;
  data: Record<string, Record<string, unknown>>;
  scores: Record<string, Record<string, unknown>>;
}

describe("edit rights on the 2020 handbook", async () => {
  const form: FormPackage = await loadFormFolder(repo("forms/2020-handbook"));
  const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as Sample;
  const copy = (): Sample => structuredClone(sample);

  it("say who may write where: parts by role, scores and reasons by column, the envelope by anyone", () => {
    expect(canEdit(form, "applicant", "/data/table1/indicators/sales/y2020")).toBe(true);
    expect(canEdit(form, "expert", "/data/table1/indicators/sales/y2020")).toBe(false);
    expect(canEdit(form, "expert", "/data/table10/majorAccident")).toBe(true);
    expect(canEdit(form, "applicant", "/scores/t3.operation/self")).toBe(true);
    expect(canEdit(form, "applicant", "/reasons/t3.operation/expert")).toBe(false);
    expect(canEdit(form, "applicant", "/scores/t3.operation/nosuchcolumn")).toBe(false);
    expect(canEdit(form, "viewer", "/form/version")).toBe(true);
    expect(canEdit(form, "viewer", "/data/cover/name")).toBe(false);
    expect(editRights(form).editsAnything("viewer")).toBe(false);
    expect(editRights(form).scoreColumns("expert").map((c) => c.id)).toEqual(["expert"]);
    expect(editRights(form).editsWithin("expert", "/data")).toBe(true);
  });

  it("find nothing when a role changed only what it fills", () => {
    expect(checkEdits(form, "applicant", sample, sample)).toEqual([]);
    const after = copy();
    after.data["table1"] = { ...after.data["table1"], clusterName: "改过的名称" };
    (after.scores["t3.operation"] as Record<string, unknown>)["self"] = 5;
    expect(checkEdits(form, "applicant", sample, after)).toEqual([]);
    expect(checkEdits(form, "applicant", {}, { form: sample.form })).toEqual([]);
  });

  it("name each change a role may not make at the innermost place that holds it, with who may, in Chinese and English", () => {
    const after = copy();
    ((after.data["table1"]?.["indicators"] as Record<string, Record<string, unknown>>)["enterprises"] as Record<string, unknown>)["y2020"] = 99;
    (after.scores["t3.operation"] as Record<string, unknown>)["self"] = 0;
    const found = checkEdits(form, "expert", sample, after);
    expect(found.map((v) => v.pointer)).toEqual(["/data/table1/indicators/enterprises/y2020", "/scores/t3.operation/self"]);
    expect(found.every((v) => v.code === "edit-forbidden" && v.role === "expert" && !canEdit(form, "expert", v.pointer))).toBe(true);
    expect(found[0]).toMatchObject({ editors: ["applicant"], part: "table1" });
    expect(found[1]).toMatchObject({ editors: ["applicant"], criterion: "t3.operation", part: "table3" });
    expect(found[1]?.message.zh).toContain("专家不能修改");
    expect(found[1]?.message.zh).toContain("考核对象");
    expect(found[1]?.message.en).toContain("专家 may not change this; only 考核对象 may");
  });

  it("report a removed or added field and a viewer's every change", () => {
    const after = copy();
    delete after.data["table10"];
    after.data["cover"] = { ...after.data["cover"], extra: 1 };
    // One report per field of the form: the part's own field, and the part's data around it.
    const applicant = checkEdits(form, "applicant", sample, after).map((v) => v.pointer);
    expect(applicant).toEqual(["/data/table10/majorAccident", "/data/table10"]);
    const viewer = checkEdits(form, "viewer", sample, after).map((v) => v.pointer);
    expect(viewer).toContain("/data/table10");
    expect(viewer).toContain("/data/cover/extra");
  });

  it("keep what a role may not edit when it brings a whole submission", () => {
    const after = copy();
    after.data["table10"] = { majorAccident: true };
    const kept = editRights(form).keepLocked("applicant", sample, after);
    expect(checkEdits(form, "applicant", sample, kept)).toEqual([]);
  });

  describe("on hostile input", () => {
    it("read __proto__ keys as data, never as a prototype", () => {
      const after = JSON.parse(JSON.stringify(sample).replace('"data":{', '"data":{"__proto__":{"x":1},').replace('"table10":{', '"table10":{"__proto__":{"polluted":true},')) as unknown;
      const found = checkEdits(form, "applicant", sample, after);
      expect(found.map((v) => v.pointer)).toEqual(["/data/table10/__proto__"]);
      expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
      expect(canEdit(form, "applicant", "/data/__proto__/x")).toBe(true);
      expect(canEdit(form, "applicant", "/__proto__")).toBe(true);
    });

    it("report a huge list in a locked part once, and compare one the role fills without a report", () => {
      const rows = Array.from({ length: 200_000 }, (_, i) => ({ name: `企业${i}` }));
      const after = copy();
      after.data["table10"] = { majorAccident: false, list: rows };
      after.data["table2"] = { ...after.data["table2"], enterprises: rows };
      const found = checkEdits(form, "applicant", sample, after);
      expect(found.map((v) => v.pointer)).toEqual(["/data/table10/list"]);
      const twice = copy();
      twice.data["table10"] = { list: rows.map((row, i) => (i % 2 === 0 ? { ...row, name: "改" } : row)) };
      expect(checkEdits(form, "applicant", after, twice).map((v) => v.pointer)).toEqual(["/data/table10/majorAccident", "/data/table10/list"]);
    });

    it("bound its report by the form, however many unknown criteria a submission names", () => {
      const after = copy();
      for (let i = 0; i < 50_000; i++) after.scores[`made.up.${i}`] = { expert: 1, self: 1 };
      const found = checkEdits(form, "applicant", sample, after);
      expect(found.map((v) => v.pointer)).toEqual(["/scores/made.up.0/expert"]);
    });

    it("survive deep nesting and values of the wrong shape", () => {
      const nest = (leaf: number): Record<string, unknown> => {
        let deep: Record<string, unknown> = { leaf };
        for (let i = 0; i < 100_000; i++) deep = { d: deep };
        return deep;
      };
      const before = copy();
      before.data["table12"] = nest(1);
      const after = copy();
      after.data["table12"] = nest(2);
      const found = checkEdits(form, "applicant", before, after);
      expect(found).toHaveLength(1);
      expect(found[0]?.pointer.startsWith("/data/table12/d/d/d/")).toBe(true);
      expect(checkEdits(form, "applicant", before, before)).toEqual([]);
      for (const odd of [null, "text", 42, [], [1, 2]]) {
        expect(() => checkEdits(form, "expert", odd, sample)).not.toThrow();
        expect(() => checkEdits(form, "expert", sample, odd)).not.toThrow();
        expect(() => editRights(form).keepLocked("expert", sample, odd)).not.toThrow();
      }
      expect(checkEdits(form, "expert", null, sample).length).toBeGreaterThan(0);
      expect(canEdit(form, "applicant", "no pointer")).toBe(true);
    });
  });
});
