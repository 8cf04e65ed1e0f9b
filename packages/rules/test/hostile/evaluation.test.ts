/**
 * Hostile submissions to the evaluator: each is refused, or its findings and completeness capped,
 * so that the result's size is bounded by the form. Bounds are asserted in bytes and counts, never time.
 */
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { submissionLimits } from "../../../schema/src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";
import { createEvaluator } from "../../src/index.js";
import { MAX_BLANKS_PER_PART, MAX_FINDINGS_PER_PLACE } from "../../src/evaluate/caps.js";

const repo = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const handbook = await loadFormFolder(repo("forms/2020-handbook"));
const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as {
  form: unknown;
  data: Record<string, Record<string, unknown>>;
  scores: Record<string, unknown>;
};
const evaluator = createEvaluator(handbook);
/** What the sample's own result weighs: a refused submission's must weigh no more. */
const sampleBytes = JSON.stringify(evaluator.evaluate(sample, { mode: "final" })).length;

const temp = mkdtempSync(join(tmpdir(), "cluster-form-hostile-rules-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("a submission larger than the form can hold", () => {
  it("340,000 rows in a list of at most 50: one finding, no criterion scored, a result the size of the form's", () => {
    const submission = structuredClone(sample);
    (submission.data["table6"] as Record<string, unknown>)["organisations"] = Array.from({ length: 340_000 }, () => ({}));
    for (const mode of ["draft", "final"] as const) {
      const result = evaluator.evaluate(submission, { mode });
      expect(result.valid).toBe(false);
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0]).toMatchObject({ code: "submission-too-many-rows", pointer: "/data/table6/organisations" });
      expect(result.findings[0]?.message.en).toContain("has 340,000 rows; at most 50");
      expect(result.criteria).toHaveLength(handbook.parts.reduce((n, p) => n + (p.rules?.criteria?.length ?? 0), 0));
      expect(result.criteria.every((c) => Object.values(c.scores).every((cell) => cell.status === "invalid" && cell.value === null))).toBe(true);
      expect(Object.values(result.total).every((t) => t.value === null)).toBe(true);
      expect(result.completeness).toEqual({ percent: 0, parts: [] });
      expect(JSON.stringify(result).length).toBeLessThan(sampleBytes);
    }
  });

  it("nested 100,000 levels deep: one finding, never a stack overflow", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    const result = evaluator.evaluate({ form: sample.form, data: { table1: { deep } } });
    expect(result.findings).toMatchObject([{ code: "submission-too-deep" }]);
    expect(JSON.stringify(result).length).toBeLessThan(sampleBytes);
  });

  it("larger than the largest submission of the form: one finding", () => {
    const submission = structuredClone(sample);
    // Three bytes a character: a text past the form's bound on its own.
    (submission.data["table6"] as Record<string, unknown>)["summary"] = "字".repeat(Math.ceil(submissionLimits(handbook).maxBytes / 3));
    const result = evaluator.evaluate(submission);
    expect(result.findings).toMatchObject([{ code: "submission-too-large" }]);
    expect(JSON.stringify(result).length).toBeLessThan(sampleBytes);
  });
});

describe("findings of one place", () => {
  it(`are listed up to ${MAX_FINDINGS_PER_PLACE}, the rest counted in one finding`, () => {
    const submission = structuredClone(sample);
    for (let i = 0; i < 5_000; i++) submission.scores[`unknown.${i}`] = { self: 1 };
    const result = evaluator.evaluate(submission, { mode: "final" });
    const scores = result.findings.filter((f) => f.pointer.startsWith("/scores"));
    expect(scores.filter((f) => f.code === "score.unknownCriterion")).toHaveLength(MAX_FINDINGS_PER_PLACE);
    const more = result.findings.filter((f) => f.code === "findings-more");
    expect(more).toHaveLength(1);
    expect(more[0]).toMatchObject({ pointer: "/scores", severity: "warning" });
    expect(more[0]?.message.en).toBe(`…and ${(5_000 - MAX_FINDINGS_PER_PLACE).toLocaleString("en-US")} more in /scores, not listed.`);
    // The form's own findings are all there still.
    const plain = evaluator.evaluate(sample, { mode: "final" });
    expect(result.findings.filter((f) => !f.pointer.startsWith("/scores"))).toEqual(plain.findings.filter((f) => !f.pointer.startsWith("/scores")));
  });
});

describe("a form whose list may hold 2,000 rows, each with a required field", () => {
  const dir = join(temp, "long-list");
  mkdirSync(join(dir, "parts"), { recursive: true });
  const row = { type: "object", title: "Row", properties: { name: { type: "string", title: "Name", maxLength: 10 } }, required: ["name"] };
  writeFileSync(join(dir, "parts/list.schema.json"), JSON.stringify({ type: "object", title: "List", properties: { rows: { type: "array", title: "Rows", maxItems: 2_000, items: row } } }));
  writeFileSync(join(dir, "parts/list.layout.json"), JSON.stringify({ part: "list", blocks: [] }));
  const manifest = {
    id: "long-list", version: "1.0.0", year: 2020, title: "Long list", locale: "en", totalPoints: 0,
    roles: [{ id: "applicant", label: "Applicant" }],
    scoreColumns: [{ id: "self", label: "Self", editableBy: ["applicant"] }],
    parts: [{ id: "list", title: "The list", editableBy: ["applicant"], schema: "parts/list.schema.json", layout: "parts/list.layout.json" }],
  };
  writeFileSync(join(dir, "form.json"), JSON.stringify(manifest));

  it(`lists ${MAX_BLANKS_PER_PART} blanks of a part and counts the rest; its findings are capped per place`, async () => {
    const form = createEvaluator(await loadFormFolder(dir));
    const submission = { form: { id: "long-list", version: "1.0.0" }, data: { list: { rows: Array.from({ length: 2_000 }, () => ({})) } } };
    const result = form.evaluate(submission, { mode: "final" });
    const part = result.completeness.parts[0];
    expect(part).toMatchObject({ required: 2_000, filled: 0, percent: 0, moreBlanks: 2_000 - MAX_BLANKS_PER_PART });
    expect(part?.blanks).toHaveLength(MAX_BLANKS_PER_PART);
    expect(result.findings).toHaveLength(MAX_FINDINGS_PER_PLACE + 1);
    expect(result.findings.at(-1)).toMatchObject({ code: "findings-more", severity: "error", pointer: "/data/list", part: "list" });
    expect(result.findings.at(-1)?.message.en).toBe(`…and ${(2_000 - MAX_FINDINGS_PER_PLACE).toLocaleString("en-US")} more in The list, not listed.`);
    expect(result.valid).toBe(false);
  });

  it("lists every blank, with no count of more, while they are within the cap", async () => {
    const form = createEvaluator(await loadFormFolder(dir));
    const result = form.evaluate({ form: { id: "long-list", version: "1.0.0" }, data: { list: { rows: Array.from({ length: 30 }, () => ({})) } } }, { mode: "final" });
    expect(result.completeness.parts[0]?.blanks).toHaveLength(30);
    expect(result.completeness.parts[0]).not.toHaveProperty("moreBlanks");
    expect(result.findings.some((f) => f.code === "findings-more")).toBe(false);
  });
});
