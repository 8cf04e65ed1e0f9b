// The 2020 handbook (forms/2020-handbook) scores its sample submission cleanly.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFormFolder } from "../../../schema/src/node.js";

const formDir = fileURLToPath(new URL("../../../../forms/2020-handbook/", import.meta.url));
const samplePath = fileURLToPath(new URL("../../../../examples/data/2020-handbook.sample.json", import.meta.url));
const present = existsSync(`${formDir}form.json`) && existsSync(samplePath);

describe.runIf(present)("the 2020 handbook sample", async () => {
  const pkg = await loadFormFolder(formDir);
  const sample: unknown = JSON.parse(readFileSync(samplePath, "utf8"));
  const evaluator = createEvaluator(pkg);

  it.each(["draft", "final"] as const)("evaluates in %s mode with no error finding and a total within 0–100", (mode) => {
    const result = evaluator.evaluate(sample, { mode });
    expect(result.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.maxTotal).toBe(100);
    for (const column of pkg.manifest.scoreColumns) {
      const total = result.total[column.id]?.value;
      expect(total).toBeTypeOf("number");
      expect(total).toBeGreaterThanOrEqual(0);
      expect(total).toBeLessThanOrEqual(100);
    }
    expect(result.completeness.percent).toBe(100);
  });

  it("scores every criterion, explains each one, and decides the veto", () => {
    const result = evaluator.evaluate(sample);
    for (const criterion of result.criteria) {
      for (const cell of Object.values(criterion.scores)) expect(["computed", "entered", "pending", "notApplicable"], criterion.id).toContain(cell.status);
      expect(criterion.explanation.summary.zh.length, criterion.id).toBeGreaterThan(0);
      expect(criterion.explanation.steps.length + (criterion.scores.self?.status === "notApplicable" ? 1 : 0), criterion.id).toBeGreaterThan(0);
    }
    expect(result.veto.decided).toBe(true);
    const comparisons = result.criteria.flatMap((c) => c.explanation.steps).filter((s) => /\d+(\.\d+)?% [>≥<≤] \d+(\.\d+)?%/.test(s.message.zh));
    expect(comparisons.length).toBeGreaterThan(0);
  });

  it.each(["draft", "final"] as const)("with explain: false (%s) gives the same result, explanations cut to their summary line", (mode) => {
    const full = evaluator.evaluate(sample, { mode });
    const lean = evaluator.evaluate(sample, { mode, explain: false });
    for (const criterion of lean.criteria) {
      expect(criterion.explanation.inputs, criterion.id).toEqual([]);
      expect(criterion.explanation.steps, criterion.id).toEqual([]);
    }
    const withSummaryOnly = {
      ...full,
      criteria: full.criteria.map((c) => ({ ...c, explanation: { inputs: [], steps: [], summary: c.explanation.summary } })),
    };
    expect(lean).toEqual(withSummaryOnly);
    expect(full.criteria.some((c) => c.explanation.steps.length > 0)).toBe(true);
  });

  // Batch scoring adds up the branches without noting them: its summaries must still say whether any branch held, and its cells the same.
  it.each([
    ["no data (no branch holds)", () => ({ ...(sample as object), data: {}, scores: {} })],
    [
      "every score cell typed, some out of range",
      () => {
        const typed = structuredClone(sample) as { scores: Record<string, unknown>; reasons?: Record<string, unknown> };
        const ids = pkg.parts.flatMap((part) => (part.rules?.criteria ?? []).map((c) => c.id));
        typed.scores = Object.fromEntries(ids.map((id, i) => [id, Object.fromEntries(pkg.manifest.scoreColumns.map((column) => [column.id, i % 3 === 0 ? 99 : i % 3]))]));
        typed.reasons = Object.fromEntries(ids.filter((_, i) => i % 2 === 0).map((id) => [id, Object.fromEntries(pkg.manifest.scoreColumns.map((column) => [column.id, "checked"]))]));
        return typed;
      },
    ],
  ] as const)("with explain: false on %s, gives the full result's scores, findings and summaries", (name, make) => {
    const submission = make();
    const full = evaluator.evaluate(submission, { mode: "final" });
    const lean = evaluator.evaluate(submission, { mode: "final", explain: false });
    expect(lean.criteria.map((c) => c.explanation.summary)).toEqual(full.criteria.map((c) => c.explanation.summary));
    expect({ ...lean, criteria: lean.criteria.map(({ explanation: _e, ...rest }) => rest) }).toEqual({ ...full, criteria: full.criteria.map(({ explanation: _e, ...rest }) => rest) });
    const noData = name === "no data (no branch holds)";
    expect(lean.criteria.some((c) => c.explanation.summary.en.startsWith("No condition is met"))).toBe(noData);
    expect(full.findings.some((f) => f.code.startsWith("score."))).toBe(!noData);
  });

  it("with explain: false, shares one frozen summary-only explanation among the criteria and evaluations that say the same", () => {
    const first = evaluator.evaluate(sample, { explain: false });
    const second = evaluator.evaluate(structuredClone(sample), { explain: false });
    const sameSummary = new Map<string, unknown>();
    first.criteria.forEach((criterion, index) => {
      const { explanation } = criterion;
      expect(Object.isFrozen(explanation) && Object.isFrozen(explanation.inputs) && Object.isFrozen(explanation.summary), criterion.id).toBe(true);
      expect(second.criteria[index]?.explanation, criterion.id).toBe(explanation);
      const shared = sameSummary.get(explanation.summary.zh);
      if (shared === undefined) sameSummary.set(explanation.summary.zh, explanation);
      else expect(explanation, criterion.id).toBe(shared);
    });
    // Some criteria say the same (their points and maxima), so fewer objects than criteria.
    expect(sameSummary.size).toBeLessThan(first.criteria.length);
  });

  it("lists a blank in a row with the row's pointer and label, and none in the rows of a group that does not apply", () => {
    type Brands = Record<string, { items: Record<string, unknown>[] }>;
    const submission = structuredClone(sample) as { data: { cover: Record<string, unknown>; table8: { brands: Brands } } };
    const { brands } = submission.data.table8;
    delete (brands.greenFood?.items[0] as Record<string, unknown>).name;
    delete (brands.wellKnownTrademark?.items[0] as Record<string, unknown>).name;
    const table8 = (s: unknown) => createEvaluator(pkg).evaluate(s).completeness.parts.find((part) => part.part === "table8");
    const applying = table8(submission);
    submission.data.cover.agricultural = false;
    const notApplying = table8(submission);
    const pointers = (part: typeof applying) => part?.blanks.map((blank) => blank.pointer);
    expect(pointers(applying)).toEqual(["/data/table8/brands/wellKnownTrademark/items/0/name", "/data/table8/brands/greenFood/items/0/name"]);
    expect(pointers(notApplying)).toEqual(["/data/table8/brands/wellKnownTrademark/items/0/name"]);
    expect(notApplying?.required).toBeLessThan(applying?.required ?? 0);
    expect(notApplying?.blanks[0]?.label).toMatch(/第 1 行/);
  });
});
