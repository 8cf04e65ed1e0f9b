/** A whole submission brought in by one role (an imported workbook) changes only what that role fills. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { editRights, type FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { describe, expect, it } from "vitest";

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

interface Sample {
  form: unknown;
  data: Record<string, Record<string, unknown>>;
  scores: Record<string, Record<string, unknown>>;
}

describe("keepLocked on the 2020 handbook", async () => {
  const pkg = await loadFormFolder(repo("forms/2020-handbook"));
  const rights = editRights(pkg);
  const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as Sample;
  const expertParts = pkg.parts.filter((p) => p.ref.editableBy.includes("expert")).map((p) => p.ref.id);
  const applicantParts = pkg.parts.filter((p) => p.ref.editableBy.includes("applicant")).map((p) => p.ref.id);
  const pick = (data: Sample["data"], parts: readonly string[]) => Object.fromEntries(Object.entries(data).filter(([part]) => parts.includes(part)));
  const column = (scores: Sample["scores"], id: string) => Object.fromEntries(Object.entries(scores).flatMap(([criterion, columns]) => (id in columns ? [[criterion, columns[id]]] : [])));

  it("an applicant's import over an empty form fills the applicant's parts and self scores only", () => {
    expect(expertParts.length).toBeGreaterThan(0);
    expect(Object.keys(pick(sample.data, expertParts)).length).toBeGreaterThan(0);
    const kept = rights.keepLocked("applicant", {}, sample) as Sample;
    expect(kept.form).toEqual(sample.form);
    expect(kept.data).toEqual(pick(sample.data, applicantParts));
    expect(column(kept.scores, "self")).toEqual(column(sample.scores, "self"));
    expect(column(kept.scores, "expert")).toEqual({});
  });

  it("an expert's import changes the expert's parts and scores, never the applicant's figures or self scores", () => {
    const applicantPart = applicantParts.find((part) => part in sample.data) ?? "";
    const criterion = Object.keys(sample.scores)[0] ?? "";
    const workbook = structuredClone(sample);
    workbook.data[applicantPart] = { changed: "by the expert's workbook" };
    workbook.scores[criterion] = { self: 99, expert: 1 };
    for (const part of expertParts) workbook.data[part] = { opinion: "专家意见" };

    const kept = rights.keepLocked("expert", sample, workbook) as Sample;
    expect(kept.data[applicantPart]).toEqual(sample.data[applicantPart]);
    expect(pick(kept.data, applicantParts)).toEqual(pick(sample.data, applicantParts));
    expect(pick(kept.data, expertParts)).toEqual(pick(workbook.data, expertParts));
    expect(kept.scores[criterion]).toEqual({ self: sample.scores[criterion]?.self, expert: 1 });
    // The inputs are left as they were.
    expect(workbook.scores[criterion]).toEqual({ self: 99, expert: 1 });
  });

  it("a viewer's import changes nothing, and nothing is added where neither side has a value", () => {
    const kept = rights.keepLocked("viewer", sample, { form: sample.form, data: { [applicantParts[0] ?? ""]: { x: 1 } }, scores: {} });
    expect(kept).toEqual(sample);
    expect(rights.keepLocked("applicant", {}, {})).toEqual({});
  });

  it("follows a block's own editableBy inside a part of another role", () => {
    // The first part with a narrative, its text made the expert's (as a sign-off block would be).
    const part = pkg.parts.find((p) => p.ref.editableBy.includes("applicant") && p.layout.blocks.some((b) => b.widget === "narrative"));
    const block = part?.layout.blocks.find((b) => b.widget === "narrative");
    if (!part || !block || block.widget !== "narrative") throw new Error("the handbook has an applicant's narrative");
    const variant: FormPackage = {
      ...pkg,
      parts: pkg.parts.map((p) => (p === part ? { ...p, layout: { ...p.layout, blocks: p.layout.blocks.map((b) => (b === block ? { ...b, editableBy: ["expert"] } : b)) } } : p)),
    };
    const field = block.field.slice(1);
    const current = { data: { [part.ref.id]: { [field]: "专家写的", other: "申报单位原有" } } };
    const next = { data: { [part.ref.id]: { [field]: "申报单位改的", other: "申报单位导入" } } };
    expect(editRights(variant).keepLocked("applicant", current, next)).toEqual({ data: { [part.ref.id]: { [field]: "专家写的", other: "申报单位导入" } } });
    expect(editRights(variant).keepLocked("expert", current, next)).toEqual({ data: { [part.ref.id]: { [field]: "申报单位改的", other: "申报单位原有" } } });
  });
});
