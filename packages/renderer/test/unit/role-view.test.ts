/** Who fills which field, and the result as one role sees it, on the real 2020 handbook. */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { createEvaluator } from "@cluster-form/rules";
import { editRights, valueAt } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { afterAll, describe, expect, it } from "vitest";
import { roleView } from "../../src/session/role-view.js";

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

describe("edit rights and role views of the 2020 handbook", async () => {
  const pkg = await loadFormFolder(repo("forms/2020-handbook"));
  const rights = editRights(pkg);
  const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as { data: Record<string, unknown>; scores: Record<string, Record<string, unknown>> };
  const expertParts = pkg.parts.filter((p) => p.ref.editableBy.includes("expert")).map((p) => p.ref.id);
  const applicantPart = pkg.parts.find((p) => p.ref.editableBy.includes("applicant"))?.ref.id ?? "";

  it("follows the parts' and score columns' editableBy", () => {
    expect(expertParts.length).toBeGreaterThan(0);
    expect(rights.canEdit("applicant", `/data/${applicantPart}/anything`)).toBe(true);
    expect(rights.canEdit("expert", `/data/${applicantPart}/anything`)).toBe(false);
    for (const part of expertParts) {
      expect(rights.canEdit("expert", `/data/${part}/x`)).toBe(true);
      expect(rights.canEdit("applicant", `/data/${part}/x`)).toBe(false);
    }
    const criterion = Object.keys(sample.scores)[0] ?? "";
    expect(rights.canEdit("applicant", `/scores/${criterion}/self`)).toBe(true);
    expect(rights.canEdit("expert", `/scores/${criterion}/self`)).toBe(false);
    expect(rights.canEdit("expert", `/scores/${criterion}/expert`)).toBe(true);
    // The envelope belongs to no field: whoever submits answers for it.
    expect(rights.canEdit("applicant", "/form/id")).toBe(true);
    expect(rights.editsAnything("applicant")).toBe(true);
    expect(rights.editsAnything("viewer")).toBe(false);
  });

  it("lets the applicant finish while the expert's required fields are blank, and not the expert", () => {
    // The applicant's half of the sample: no expert parts, no expert scores.
    const data = Object.fromEntries(Object.entries(sample.data).filter(([part]) => !expertParts.includes(part)));
    const scores = Object.fromEntries(Object.entries(sample.scores).map(([id, columns]) => [id, { self: columns.self }]));
    const result = createEvaluator(pkg).evaluate({ ...sample, data, scores }, { mode: "final" });
    const expertBlanks = result.completeness.parts.filter((p) => expertParts.includes(p.part)).flatMap((p) => p.blanks);
    expect(expertBlanks.length).toBeGreaterThan(0);
    expect(result.completeness.percent).toBeLessThan(100);

    const applicant = roleView(result, rights, "applicant");
    expect(applicant.blanks).toEqual([]);
    expect(applicant.percent).toBe(100);
    expect(applicant.errors).toEqual([]);
    for (const part of expertParts) expect(applicant.partPercent(part)).toBe(100);
    // The "required" messages at the expert's fields are not shown to the applicant.
    const expertBlankFindings = result.findings.filter((f) => expertBlanks.some((b) => b.pointer === f.pointer));
    expect(expertBlankFindings.length).toBeGreaterThan(0);
    expect(expertBlankFindings.filter((f) => applicant.shows(f))).toEqual([]);

    const expert = roleView(result, rights, "expert");
    expect(expert.blanks.map((b) => b.pointer).sort()).toEqual(expertBlanks.map((b) => b.pointer).sort());
    expect(expert.percent).toBeLessThan(100);
    expect(expert.errors.length).toBeGreaterThan(0);
    for (const f of expertBlankFindings) expect(expert.shows(f)).toBe(true);

    // A viewer fills nothing and sees the whole form's completeness.
    const viewer = roleView(result, rights, "viewer");
    expect(viewer.percent).toBe(result.completeness.percent);
    expect(viewer.blanks.length).toBe(result.completeness.parts.reduce((n, p) => n + p.blanks.length, 0));
  });

  // Progress counts what the role must still do (issue 23, point 8).
  it("shows no progress for a part with nothing required, and counts an over-limit value as not done", () => {
    const evaluator = createEvaluator(pkg);
    const empty = evaluator.evaluate({ form: (sample as { form?: unknown }).form, data: {}, scores: {} } as never, { mode: "draft" });
    const applicant = roleView(empty, rights, "applicant", () => undefined);
    const nothingAsked = empty.completeness.parts.filter((p) => p.required === 0).map((p) => p.part);
    expect(nothingAsked.length).toBeGreaterThan(0);
    for (const part of nothingAsked) expect(applicant.requires(part)).toBe(false);
    expect(applicant.requires("report")).toBe(true);

    const report = sample.data.report as Record<string, string>;
    const over = { ...sample, data: { ...sample.data, report: { ...report, basics: "集".repeat(3474) } } };
    const result = evaluator.evaluate(over as never, { mode: "draft" });
    expect(result.findings.some((f) => f.pointer === "/data/report/basics" && f.severity === "error")).toBe(true);
    const view = roleView(result, rights, "applicant", () => undefined);
    expect(view.partPercent("report")).toBeLessThan(100);
    expect(roleView(evaluator.evaluate(sample as never, { mode: "draft" }), rights, "applicant", () => undefined).partPercent("report")).toBe(100);
  });

  it("does not count an added empty row against its part", () => {
    const evaluator = createEvaluator(pkg);
    const table9 = sample.data.table9 as { projects: unknown[] };
    const withRow = { ...sample, data: { ...sample.data, table9: { ...table9, projects: [...table9.projects, {}] } } };
    const result = evaluator.evaluate(withRow as never, { mode: "draft" });
    // The evaluator counts the new row's required cells as blanks ...
    expect(result.completeness.parts.find((p) => p.part === "table9")?.blanks.length).toBeGreaterThan(0);
    const valueIn = (pointer: string): unknown => valueAt(withRow, pointer);
    // ... the role's progress does not: nothing in it is asked yet.
    expect(roleView(result, rights, "applicant", valueIn).partPercent("table9")).toBe(100);
    expect(roleView(result, rights, "applicant").partPercent("table9")).toBeLessThan(100);
  });

  it("reads 0 % for the applicant on an empty form, and the expert's filled fields do not raise it", () => {
    const evaluator = createEvaluator(pkg);
    const form = (sample as { form?: unknown }).form;
    for (const mode of ["draft", "final"] as const) {
      const empty = evaluator.evaluate({ form, data: {}, scores: {} } as never, { mode });
      // The expert's blank fields were counted as required of the applicant but never as its blanks: 5 of 61 read as done, 8 %.
      expect(roleView(empty, rights, "applicant", () => undefined).percent).toBe(0);
      expect(roleView(empty, rights, "expert", () => undefined).percent).toBe(0);
    }
    const expertHalf = Object.fromEntries(Object.entries(sample.data).filter(([part]) => expertParts.includes(part)));
    const reviewedOnly = evaluator.evaluate({ form, data: expertHalf, scores: {} } as never, { mode: "draft" });
    expect(roleView(reviewedOnly, rights, "applicant", () => undefined).percent).toBe(0);
    for (const part of expertParts) expect(roleView(reviewedOnly, rights, "applicant", () => undefined).requires(part)).toBe(false);
    expect(roleView(reviewedOnly, rights, "expert", () => undefined).percent).toBe(100);
  });
});

describe("a role's blanks past the evaluator's list", () => {
  // A form whose list may hold 2,000 rows, each with a required name, and a part the expert fills.
  const dir = mkdtempSync(join(tmpdir(), "cf-role-view-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  mkdirSync(join(dir, "parts"));
  const row = { type: "object", title: "Row", properties: { name: { type: "string", title: "Name" }, note: { type: "string", title: "Note" } }, required: ["name"] };
  writeFileSync(join(dir, "parts/list.schema.json"), JSON.stringify({ type: "object", title: "List", properties: { rows: { type: "array", title: "Rows", maxItems: 2_000, items: row } } }));
  writeFileSync(join(dir, "parts/review.schema.json"), JSON.stringify({ type: "object", title: "Review", properties: { verdict: { type: "string", title: "Verdict" } }, required: ["verdict"] }));
  for (const part of ["list", "review"]) writeFileSync(join(dir, `parts/${part}.layout.json`), JSON.stringify({ part, blocks: [] }));
  const manifest = {
    id: "long-list", version: "1.0.0", year: 2020, title: "Long list", locale: "en", totalPoints: 0,
    roles: [{ id: "applicant", label: "Applicant" }, { id: "expert", label: "Expert" }],
    scoreColumns: [{ id: "self", label: "Self", editableBy: ["applicant"] }],
    parts: [
      { id: "list", title: "The list", editableBy: ["applicant"], schema: "parts/list.schema.json", layout: "parts/list.layout.json" },
      { id: "review", title: "The review", editableBy: ["expert"], schema: "parts/review.schema.json", layout: "parts/review.layout.json" },
    ],
  };
  writeFileSync(join(dir, "form.json"), JSON.stringify(manifest));

  it("counts them: the applicant's 1,500 blank names, 1,000 of them listed, and not the expert's blank", async () => {
    const pkg = await loadFormFolder(dir);
    // 1,500 rows with a note and no name, 500 with both.
    const rows = Array.from({ length: 2_000 }, (_, i) => (i < 1_500 ? { note: "n" } : { name: "x", note: "n" }));
    const submission = { form: { id: "long-list", version: "1.0.0" }, data: { list: { rows } } };
    const result = createEvaluator(pkg).evaluate(submission, { mode: "draft" });
    expect(result.completeness.parts[0]).toMatchObject({ required: 2_000, filled: 500, moreBlanks: 500 });
    const valueIn = (pointer: string): unknown => valueAt(submission, pointer);
    const applicant = roleView(result, editRights(pkg), "applicant", valueIn);
    expect(applicant.blanks).toHaveLength(1_000);
    expect(applicant.blankCount).toBe(1_500);
    expect(applicant.partPercent("list")).toBe(25);
    expect(applicant.percent).toBe(25);
    const expert = roleView(result, editRights(pkg), "expert", valueIn);
    expect(expert.blankCount).toBe(1);
    expect(expert.percent).toBe(0);
  });
});
