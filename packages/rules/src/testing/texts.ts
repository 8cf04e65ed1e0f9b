/**
 * Rule test files from their texts (browser-safe): each parsed and checked enough that a misspelt key
 * cannot make a case pass unseen. `loadRuleTests` (./load.ts) reads them from disk; the editor from its unsaved texts.
 */
import { formatPointer, isRecord, parseJson, translate, type DefinitionFinding, type LocalizedMessage, type RuleTestCase } from "@cluster-form/schema";
import { findNodeAtLocation, parseTree, type Node } from "jsonc-parser";
import { ruleTestsCatalogs } from "./messages.js";
import type { RuleTestSource } from "./types.js";

const EXPECT_KEYS = ["criteria", "parts", "total", "vetoed", "computed", "notApplicable", "findings", "noFindings", "completeness"];

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split("\n");
  return { line: before.length, column: (before[before.length - 1]?.length ?? 0) + 1 };
}

function finder(file: string, text: string): (code: string, path: (string | number)[], message: LocalizedMessage) => DefinitionFinding {
  const tree: Node | undefined = parseTree(text);
  return (code, path, message) => {
    let node: Node | undefined;
    for (let n = path.length; n >= 0 && !node; n--) node = tree ? findNodeAtLocation(tree, path.slice(0, n)) : undefined;
    const target = node?.parent?.type === "property" ? node.parent : node;
    const { line, column } = lineColumn(text, target?.offset ?? 0);
    return { code, severity: "error", location: { file, line, column, pointer: formatPointer(path) }, message };
  };
}

/** The shape problems of one test file's value. */
export function checkRuleTestFile(file: string, text: string, value: unknown): DefinitionFinding[] {
  const at = finder(file, text);
  if (!isRecord(value)) return [at("tests-shape", [], translate(ruleTestsCatalogs, (t) => t.file.notAnObject))];
  if (!Array.isArray(value.cases)) return [at("tests-shape", ["cases"], translate(ruleTestsCatalogs, (t) => t.file.noCases))];
  const findings: DefinitionFinding[] = [];
  value.cases.forEach((testCase: unknown, i) => {
    if (!isRecord(testCase)) {
      findings.push(at("tests-shape", ["cases", i], translate(ruleTestsCatalogs, (t) => t.file.caseNotAnObject)));
      return;
    }
    if (typeof testCase.name !== "string") findings.push(at("tests-shape", ["cases", i, "name"], translate(ruleTestsCatalogs, (t) => t.file.notText("name"))));
    for (const key of ["submission", "expect"]) {
      if (!isRecord(testCase[key])) findings.push(at("tests-shape", ["cases", i, key], translate(ruleTestsCatalogs, (t) => t.file.missingKey(key))));
    }
    if (isRecord(testCase.expect)) {
      for (const key of Object.keys(testCase.expect)) {
        if (!EXPECT_KEYS.includes(key)) {
          findings.push(at("tests-unknown-expect", ["cases", i, "expect", key], translate(ruleTestsCatalogs, (t) => t.file.unknownExpectKey(key, EXPECT_KEYS.join(", ")))));
        }
      }
    }
  });
  return findings;
}

/** The cases of test files given as texts, and the findings of those that do not parse or are misshapen (left out). */
export function ruleTestsFromTexts(texts: readonly { readonly file: string; readonly text: string }[]): { sources: RuleTestSource[]; findings: DefinitionFinding[] } {
  const sources: RuleTestSource[] = [];
  const findings: DefinitionFinding[] = [];
  for (const { file, text } of texts) {
    const parsed = parseJson(file, text);
    if (parsed.findings.length > 0) {
      findings.push(...parsed.findings);
      continue;
    }
    const problems = checkRuleTestFile(file, text, parsed.value);
    findings.push(...problems);
    if (problems.length === 0) sources.push({ file, cases: (parsed.value as { cases: RuleTestCase[] }).cases });
  }
  return { sources, findings };
}
