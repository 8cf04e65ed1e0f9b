/** Every deliberately broken form folder is reported exactly where its expected.json says. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { checkDefinition, FormDefinitionError, formatFinding } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { findingsOf, fixture, hasChinese } from "./helpers.js";

interface Expected {
  readonly description: string;
  readonly findings: readonly { code: string; severity: string; file: string; line: number; column: number; pointer: string }[];
}

const root = fixture("broken");
const cases = readdirSync(root, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

describe("broken form corpus", () => {
  it("has at least 15 cases", () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
  });

  it.each(cases)("%s", async (name) => {
    const dir = join(root, name);
    const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Expected;
    const findings = await findingsOf(dir);
    expect(findings.map((f) => ({ code: f.code, severity: f.severity, ...f.location }))).toEqual(expected.findings);
    expect(findings.some((f) => f.severity === "error")).toBe(true);
    for (const finding of findings) {
      expect(hasChinese(finding.message.zh), finding.message.zh).toBe(true);
      expect(finding.message.en).toMatch(/^[\x20-\x7e]+$/);
      const line = formatFinding(finding, "zh");
      expect(line.startsWith(`${finding.location.file}:${finding.location.line}:${finding.location.column} `)).toBe(true);
    }
  });

  it.each(cases)("%s: loading with { check: checkDefinition } refuses it with its errors", async (name) => {
    const dir = join(root, name);
    const errors = (await findingsOf(dir)).filter((f) => f.severity === "error");
    const refusal = await loadFormFolder(dir, { check: checkDefinition }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(FormDefinitionError);
    expect((refusal as FormDefinitionError).findings).toEqual(errors);
  });
});
