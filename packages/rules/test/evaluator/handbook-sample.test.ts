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
});
