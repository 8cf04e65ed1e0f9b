// The 2020 handbook as data: it lints clean, its rule test cases pass and reach every branch
// of every criterion, and the sample submission is complete and scores as its test case says.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { createSubmissionValidator, formatFinding, type FormPackage, type RuleTestCase } from "@cluster-form/schema";
import { completeSubmission, createEvaluator, lintForm, runRuleTests, type EvaluationResult } from "@cluster-form/rules";
import { loadFormFolder } from "../../packages/schema/src/node.js";
import { loadRuleTests } from "../../packages/rules/src/node.js";

const FORM_DIR = fileURLToPath(new URL(".", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../../examples/data/2020-handbook.sample.json", import.meta.url));

const pkg: FormPackage = await loadFormFolder(FORM_DIR);
const sample: unknown = JSON.parse(readFileSync(SAMPLE, "utf8"));
// A copy of this folder for another year (cluster-form new-year) keeps this file; the 2020 sample is not its data.
const sampleIsOurs = (sample as { form?: { id?: string } }).form?.id === pkg.manifest.id;

describe("forms/2020-handbook", () => {
  test("lints with zero findings", () => {
    const findings = lintForm(pkg).map((f) => formatFinding(f, "en"));
    expect(findings).toEqual([]);
  });

  test("criteria add up to each scoring part's points and the parts to the form's total", () => {
    let total = 0;
    for (const part of pkg.parts) {
      const criteria = part.rules?.criteria ?? [];
      const sum = criteria.reduce((acc, c) => acc + c.points, 0);
      expect(sum, part.ref.id).toBe(part.ref.points ?? 0);
      total += sum;
    }
    expect(total).toBe(pkg.manifest.totalPoints);
    expect(pkg.parts.filter((p) => p.ref.points !== undefined).map((p) => p.ref.points)).toEqual([20, 10, 10, 20, 10, 20, 10]);
  });

  test("every rule test case passes", async () => {
    const report = runRuleTests(pkg, await loadRuleTests(FORM_DIR));
    const failed = report.cases.filter((c) => !c.passed).map((c) => `${c.name}: ${JSON.stringify(c.mismatches)}`);
    expect(failed).toEqual([]);
    expect(report.cases.length).toBeGreaterThanOrEqual(100);
  });

  test("the test cases reach every branch of every criterion", async () => {
    const evaluator = createEvaluator(pkg);
    const reached = new Set<string>();
    for (const source of await loadRuleTests(FORM_DIR)) {
      for (const testCase of source.cases as readonly RuleTestCase[]) {
        const result: EvaluationResult = evaluator.evaluate(completeSubmission(pkg, testCase.submission));
        for (const id of Object.keys(testCase.expect.criteria ?? {})) {
          const criterion = result.criteria.find((c) => c.id === id);
          if (criterion?.branch !== null && criterion?.branch !== undefined) reached.add(`${id}#${criterion.branch}`);
          for (const step of criterion?.explanation.steps ?? []) if (step.held) reached.add(`${id}#${step.branch}`);
        }
      }
    }
    const unreached = pkg.parts.flatMap((part) =>
      (part.rules?.criteria ?? []).flatMap((c) => c.branches.map((_, i) => `${c.id}#${i}`).filter((key) => !reached.has(key))),
    );
    expect(unreached).toEqual([]);
  });

  test.skipIf(!sampleIsOurs)("the sample submission is complete, valid in final mode and scores 93 (self) / 91 (expert)", () => {
    const validator = createSubmissionValidator(pkg);
    expect(validator.validate(sample, "final")).toEqual([]);
    const result = createEvaluator(pkg, { validator }).evaluate(sample, { mode: "final" });
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.completeness.percent).toBe(100);
    expect(result.veto).toMatchObject({ vetoed: false, decided: true });
    expect(result.total["self"]?.value).toBe(93);
    expect(result.total["expert"]?.value).toBe(91);
    expect(result.criteria.filter((c) => c.range !== null).map((c) => c.id)).toEqual([
      "t3.operation",
      "t4.implementation",
      "t7.concentration",
      "t9.cooperation",
    ]);
  });
});
