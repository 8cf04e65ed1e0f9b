// The 2021 application form as the tools see it: a clean definition, passing rule tests,
// a sample that is complete and consistent, and every check and veto tested both ways.
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { checkDefinition, formatFinding, loadFormFiles, type FormPackage, type RuleTestFile } from "@cluster-form/schema";
import { createEvaluator, lintForm, runRuleTests } from "@cluster-form/rules";
import { beforeAll, describe, expect, it } from "vitest";

const FORM_DIR = fileURLToPath(new URL(".", import.meta.url));
const SAMPLE = fileURLToPath(new URL("../../examples/data/2021-application.sample.json", import.meta.url));

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : jsonFiles(path);
    return entry.name.endsWith(".json") ? [path] : [];
  });
}

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

function testFiles(): { file: string; cases: RuleTestFile["cases"] }[] {
  return jsonFiles(join(FORM_DIR, "tests")).map((path) => ({
    file: relative(FORM_DIR, path).split(sep).join("/"),
    cases: (readJson(path) as RuleTestFile).cases,
  }));
}

let pkg: FormPackage;
const sample = readJson(SAMPLE) as { form?: { id?: string } };
// A copy of this folder for another year (cluster-form new-year) keeps this file; the 2021 sample is not its data.
const sampleIsOurs = (): boolean => sample.form?.id === pkg.manifest.id;

beforeAll(async () => {
  const files = Object.fromEntries(
    jsonFiles(FORM_DIR).map((path) => [relative(FORM_DIR, path).split(sep).join("/"), readFileSync(path, "utf8")]),
  );
  pkg = await loadFormFiles({ origin: "forms/2021-application", files });
});

describe("forms/2021-application", () => {
  it("has a clean definition and no lint findings", () => {
    expect(checkDefinition(pkg).map((f) => formatFinding(f, "en"))).toEqual([]);
    expect(lintForm(pkg).map((f) => formatFinding(f, "en"))).toEqual([]);
  });

  it("is an application without points: no criteria, no score columns", () => {
    expect(pkg.manifest.totalPoints).toBe(0);
    expect(pkg.manifest.scoreColumns).toEqual([]);
    expect(pkg.parts.flatMap((part) => part.rules?.criteria ?? [])).toEqual([]);
  });

  it("passes every rule test case", () => {
    const report = runRuleTests(pkg, testFiles());
    const failures = report.cases.filter((c) => !c.passed).map((c) => ({ file: c.file, name: c.name, error: c.error, mismatches: c.mismatches }));
    expect(failures).toEqual([]);
    expect(report.passed).toBeGreaterThanOrEqual(50);
  });

  it("tests every check failing, and every veto both ways", () => {
    const cases = testFiles().flatMap((source) => source.cases);
    const expectedCodes = new Set(cases.flatMap((c) => (c.expect.findings ?? []).map((f) => f.code)));
    const checks = pkg.parts.flatMap((part) => part.rules?.checks ?? []);
    expect(checks.length).toBeGreaterThan(0);
    expect(checks.map((check) => check.id).filter((id) => !expectedCodes.has(`check.${id}`))).toEqual([]);
    const vetoes = pkg.parts.flatMap((part) => part.rules?.veto ?? []);
    expect(vetoes.length).toBe(1);
    expect(cases.some((c) => c.expect.vetoed === true)).toBe(true);
    expect(cases.some((c) => c.expect.vetoed === false)).toBe(true);
  });

  it("scores the sample submission as complete, consistent and eligible in final mode", (context) => {
    if (!sampleIsOurs()) context.skip();
    const result = createEvaluator(pkg).evaluate(sample, { mode: "final" });
    expect(result.findings).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.completeness.percent).toBe(100);
    expect(result.veto).toMatchObject({ vetoed: false, decided: true });
  });

  it("blocks a final submission whose figures contradict each other, naming the field", (context) => {
    if (!sampleIsOurs()) context.skip();
    const contradicting = readJson(SAMPLE) as { data: { basic: { indicators: { scaleSales: { actual: number } } } } };
    contradicting.data.basic.indicators.scaleSales.actual = 400;
    const result = createEvaluator(pkg).evaluate(contradicting, { mode: "final" });
    expect(result.valid).toBe(false);
    expect(result.findings).toEqual([
      expect.objectContaining({
        code: "check.basic.scaleSalesWithinSalesActual",
        severity: "error",
        pointer: "/data/basic/indicators/scaleSales/actual",
      }),
    ]);
  });
});
