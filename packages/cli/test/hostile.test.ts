/**
 * The built `cluster-form` command on hostile input: output bounded by the form, a clear finding
 * instead of a stack overflow or a heap exhausted. Hostile files are written to a temp folder.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { paddedTo, withFullAttachments } from "../../../test/support/largest-submission.js";
import { submissionLimits } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { cli, hasStackTrace, REPO } from "./run-cli.js";

const temp = mkdtempSync(join(tmpdir(), "cluster-form-hostile-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const sample = JSON.parse(readFileSync(join(REPO, "examples/data/2020-handbook.sample.json"), "utf8")) as { data: Record<string, Record<string, unknown>> };
const handbook = await loadFormFolder(join(REPO, "forms/2020-handbook"));
const limits = submissionLimits(handbook);
const sampleResult = cli(["score", "forms/2020-handbook", "examples/data/2020-handbook.sample.json", "--format", "json"]);

describe("cluster-form score", () => {
  it("of 15,000 empty rows in a list of at most 50 (within the count of values): one finding, an answer smaller than the sample's", () => {
    const submission = structuredClone(sample);
    (submission.data["table6"] as Record<string, unknown>)["organisations"] = Array.from({ length: 15_000 }, () => ({}));
    const file = join(temp, "rows.json");
    writeFileSync(file, JSON.stringify(submission));
    const run = cli(["score", "forms/2020-handbook", file, "--format", "json"]);
    expect(run.code).toBe(1);
    const result = JSON.parse(run.stdout) as { findings: { code: string; message: { en: string } }[] };
    expect(result.findings.map((f) => f.code)).toEqual(["submission-too-many-rows"]);
    expect(result.findings[0]?.message.en).toContain("has 15,000 rows; at most 50");
    expect(run.stdout.length).toBeLessThan(sampleResult.stdout.length);
  });

  it("of more JSON values than a submission of the form can hold (340,000 rows; 33 million objects ran the process out of memory): refused before it is parsed, from a file and from standard input", () => {
    const submission = structuredClone(sample);
    (submission.data["table6"] as Record<string, unknown>)["organisations"] = Array.from({ length: 340_000 }, () => ({}));
    const text = JSON.stringify(submission);
    expect(text.length).toBeLessThan(limits.maxTextBytes);
    const file = join(temp, "values.json");
    writeFileSync(file, text);
    const run = cli(["score", "forms/2020-handbook", file, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toContain(`holds more than ${limits.maxValues.toLocaleString("en-US")} JSON values`);
    expect(hasStackTrace(run.stderr)).toBe(false);
    const piped = cli(["score", "forms/2020-handbook", "-", "--lang", "zh"], { input: text });
    expect(piped.code).toBe(1);
    expect(piped.stderr).toContain("<stdin> 含有超过");
  });

  it("of a submission nested 10,000 levels deep (within the count of values; deeper is more values than the form allows): where it goes too deep, no stack trace", () => {
    const file = join(temp, "deep.json");
    writeFileSync(file, `{"data":${"[".repeat(10_000)}${"]".repeat(10_000)}}`);
    const run = cli(["score", "forms/2020-handbook", file, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("Nested deeper than 256 levels of objects and arrays  [json-too-deep]");
    expect(run.stderr).not.toContain("Maximum call stack");
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  it("of a submission with every attachment at its largest, indented: scored like the sample", () => {
    const { submission } = withFullAttachments(handbook, sample);
    const file = join(temp, "attachments.json");
    writeFileSync(file, JSON.stringify(submission, null, 2));
    const run = cli(["score", "forms/2020-handbook", file, "--format", "json"]);
    const result = JSON.parse(run.stdout) as { findings: { code: string }[]; total: Record<string, { value: number | null }> };
    expect(result.findings.map((f) => f.code)).not.toContain("submission-too-large");
    expect(result.total).toEqual((JSON.parse(sampleResult.stdout) as typeof result).total);
  });

  it("of a submission one byte past the largest the form can hold: one finding", () => {
    const file = join(temp, "over.json");
    writeFileSync(file, JSON.stringify(paddedTo(sample, limits.maxBytes + 1)));
    const run = cli(["score", "forms/2020-handbook", file, "--format", "json"]);
    expect(run.code).toBe(1);
    expect((JSON.parse(run.stdout) as { findings: { code: string }[] }).findings.map((f) => f.code)).toEqual(["submission-too-large"]);
  });

  it("of a file larger than any submission of the form as indented text: refused before it is read", () => {
    const file = join(temp, "huge.json");
    writeFileSync(file, " ".repeat(limits.maxTextBytes + 1));
    const run = cli(["score", "forms/2020-handbook", file, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`is larger than ${limits.maxTextBytes.toLocaleString("en-US")} bytes`);
    expect(run.stdout).toBe("");
  });
});

describe("cluster-form lint", () => {
  it("of a form with the pattern ^(a+)+$: the file, line and pointer of the pattern", () => {
    const dir = join(temp, "pattern-form");
    cpSync(join(REPO, "forms/2020-handbook"), dir, { recursive: true });
    const file = join(dir, "parts/cover.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8")) as { properties: Record<string, Record<string, unknown>> };
    (schema.properties["name"] as Record<string, unknown>)["pattern"] = "^(a+)+$";
    writeFileSync(file, JSON.stringify(schema, null, 2));
    const run = cli(["lint", dir, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/parts\/cover\.schema\.json:\d+:\d+ \/properties\/name\/pattern {2}The pattern \^\(a\+\)\+\$ can backtrack catastrophically/);
    expect(run.stderr).toContain("[schema-pattern-unsafe]");
  });
});
