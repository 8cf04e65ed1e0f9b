// Every form of the repository: lint finds nothing, and every rule test case in its tests/*.json passes (one test per case).
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { formatFinding } from "@cluster-form/schema";
import { createEvaluator, formatTestReport, lintForm, runRuleCase } from "@cluster-form/rules";
import { loadFormFolder } from "../packages/schema/src/node.js";
import { loadRuleTests } from "../packages/rules/src/node.js";

const FORMS = ["2020-handbook", "2021-application"] as const;

const loaded = await Promise.all(
  FORMS.map(async (name) => {
    const dir = fileURLToPath(new URL(`../forms/${name}/`, import.meta.url));
    const pkg = await loadFormFolder(dir);
    return { name, pkg, sources: await loadRuleTests(dir), evaluator: createEvaluator(pkg) };
  }),
);

for (const { name, pkg, sources, evaluator } of loaded) {
  describe(`forms/${name}`, () => {
    test("lint gives zero findings", () => {
      expect(lintForm(pkg).map((finding) => formatFinding(finding, "en"))).toEqual([]);
    });

    test("has rule test cases", () => {
      expect(sources.reduce((n, source) => n + source.cases.length, 0)).toBeGreaterThan(0);
    });

    for (const source of sources) {
      describe(source.file ?? "tests", () => {
        for (const testCase of source.cases) {
          test(testCase.name, () => {
            const result = runRuleCase(pkg, evaluator, testCase, source.file);
            const report = formatTestReport({ form: pkg.manifest, cases: [result], passed: result.passed ? 1 : 0, failed: result.passed ? 0 : 1 }, "en");
            expect(result.passed, report).toBe(true);
          });
        }
      });
    }
  });
}
