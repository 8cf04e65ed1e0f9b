/**
 * What the editor shows beside the form as the officer types, computed on the unsaved texts with the
 * same functions as the command line: lint findings, the form's rule tests with what they leave
 * uncovered, the diff against the base form in paper order, and a sample submission scored.
 */
import { FormDefinitionError, loadFormFiles, ownValue, type FormPackage, type RuleTestCase } from "@cluster-form/schema";
import {
  completeSubmission,
  createEvaluator,
  describeChange,
  diffForms,
  lintForm,
  planUpdates,
  ruleTestsFromTexts,
  runRuleTests,
  type RuleTestSource,
} from "@cluster-form/rules";
import type { CheckResult, SampleScores, TestsOutcome } from "../protocol.js";

export interface CheckOptions {
  readonly base?: FormPackage;
  /** The test case shown in the preview (file and place in it); default the first. */
  readonly sample?: { readonly file: string; readonly index: number };
}

const testFolderOf = (pkg: FormPackage): string => (pkg.manifest.tests ?? "tests").replace(/\/+$/, "");

/** The test files among the texts: `<tests folder>/*.json`, directly in it, in name order. */
function testTexts(pkg: FormPackage, files: Readonly<Record<string, string>>): { file: string; text: string }[] {
  const prefix = `${testFolderOf(pkg)}/`;
  return Object.keys(files)
    .filter((path) => path.startsWith(prefix) && !path.slice(prefix.length).includes("/") && path.endsWith(".json"))
    .sort()
    .map((file) => ({ file, text: files[file] ?? "" }));
}

function runTests(pkg: FormPackage, sources: readonly RuleTestSource[]): TestsOutcome {
  const report = runRuleTests(pkg, sources);
  return {
    passed: report.passed,
    failed: report.failed,
    cases: report.cases.map((c) => ({
      file: c.file ?? "",
      index: c.index ?? 0,
      name: c.name,
      passed: c.passed,
      mismatches: c.mismatches.map((m) => ({ path: m.path, ...(m.subject ? { subject: m.subject } : {}), expected: m.expected, actual: m.actual })),
      ...(c.error === undefined ? {} : { error: c.error }),
    })),
    coverage: report.coverage ?? null,
    updates: planUpdates(report).updates,
  };
}

function scoreSample(pkg: FormPackage, sources: readonly RuleTestSource[], wanted: CheckOptions["sample"]): SampleScores | null {
  const chosen =
    sources.find((s) => wanted !== undefined && s.file === wanted.file && wanted.index < s.cases.length) ?? sources.find((s) => s.cases.length > 0);
  if (!chosen?.file) return null;
  const index = chosen.file === wanted?.file ? wanted.index : 0;
  const testCase: RuleTestCase | undefined = chosen.cases[index];
  if (!testCase) return null;
  const submission = completeSubmission(pkg, testCase.submission);
  const result = createEvaluator(pkg).evaluate(submission);
  const firstColumn = pkg.manifest.scoreColumns?.[0]?.id;
  return {
    file: chosen.file,
    index,
    name: typeof testCase.name === "string" ? testCase.name : "",
    submission,
    criteria: result.criteria.map((c) => ({ id: c.id, part: c.part, label: c.label, points: c.points, computed: c.computed })),
    total: firstColumn ? (ownValue(result.total, firstColumn)?.value ?? null) : null,
    maxTotal: result.maxTotal,
  };
}

/** Loads the form from `files` (every text of the folder, unsaved ones included) and checks it. */
export async function checkForm(files: Readonly<Record<string, string>>, options: CheckOptions = {}): Promise<CheckResult> {
  let pkg: FormPackage;
  try {
    pkg = await loadFormFiles({ origin: "editor", files });
  } catch (error) {
    if (!(error instanceof FormDefinitionError)) throw error;
    return { loaded: false, findings: error.findings, tests: null, diff: null, samples: [], sample: null };
  }
  const findings = lintForm(pkg, { base: options.base });
  const { sources, findings: testFindings } = ruleTestsFromTexts(testTexts(pkg, files));
  const diff = options.base ? diffForms(options.base, pkg) : null;
  return {
    loaded: true,
    findings: [...findings, ...testFindings],
    tests: runTests(pkg, sources),
    diff: diff
      ? {
          changes: diff.changes.map((change) => ({
            kind: change.kind,
            part: "part" in change ? (change.part ?? null) : null,
            text: { zh: describeChange(change, "zh"), en: describeChange(change, "en") },
          })),
        }
      : null,
    samples: sources.flatMap((s) => s.cases.map((c, index) => ({ file: s.file ?? "", index, name: typeof c.name === "string" ? c.name : "" }))),
    sample: scoreSample(pkg, sources, options.sample),
  };
}
