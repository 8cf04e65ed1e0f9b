/**
 * The largest submission a form can hold, and the validator's default size limit derived from it:
 * a submission with every attachment at its largest is validated, one a byte past the form's bound is refused.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paddedTo, withFullAttachments } from "../../../test/support/largest-submission.js";
import { createSubmissionValidator, largestSubmission, MAX_SUBMISSION_BYTES, submissionLimits, UNBOUNDED_FORM_SUBMISSION_BYTES } from "../src/index.js";
import type { DataSchema, FormPackage } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { repo } from "./helpers.js";

type Submission = { data: Record<string, Record<string, unknown>> };

const handbook = await loadFormFolder(repo("forms/2020-handbook"));
const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as Submission;
/** The handbook with one part of the given data schema in place of its parts. */
function withSchema(schema: DataSchema): FormPackage {
  const [part] = handbook.parts;
  if (!part) throw new Error("the handbook has no parts");
  return { ...handbook, parts: [{ ...part, schema }] };
}
const codes = (pkg: FormPackage, data: unknown): string[] => createSubmissionValidator(pkg).validate(data, "final").map((f) => f.code);

describe("largestSubmission", () => {
  it("bounds a form by every list full and every text at its maximum, indentation included", () => {
    const largest = largestSubmission(handbook);
    expect(largest).toBeDefined();
    // The three signoffs' attachments alone may hold 3 × 14,000,000 characters.
    expect(largest?.compactBytes).toBeGreaterThan(42_000_000);
    expect(largest?.indentedBytes).toBeGreaterThan(largest?.compactBytes ?? Number.POSITIVE_INFINITY);
    expect(submissionLimits(handbook)).toEqual({ maxBytes: largest?.compactBytes, maxTextBytes: largest?.indentedBytes, maxDepth: 64, maxValues: (largest?.values ?? 0) + 32 * 1024, bounded: true });
  });

  it("counts the values a submission holds at most (a workbook writes a cell for each)", () => {
    const text = { type: "string" as const, maxLength: 5 };
    const one = largestSubmission(withSchema({ type: "object", properties: { text } }));
    const more = largestSubmission(withSchema({ type: "object", properties: { text, list: { type: "array", maxItems: 3, items: { type: "number" } } } }));
    // The list and its three numbers.
    expect((more?.values ?? 0) - (one?.values ?? 0)).toBe(4);
  });

  it("has no bound for a form with a text without maxLength: the limits fall back to a fixed ceiling", () => {
    const unbounded = withSchema({ type: "object", properties: { note: { type: "string" } } });
    expect(largestSubmission(unbounded)).toBeUndefined();
    expect(submissionLimits(unbounded)).toMatchObject({ maxBytes: UNBOUNDED_FORM_SUBMISSION_BYTES, bounded: false });
  });

  it("never sets a limit past MAX_SUBMISSION_BYTES, whatever the form declares", () => {
    const pkg = withSchema({ type: "object", properties: { rows: { type: "array", maxItems: 1_000_000, items: { type: "string", maxLength: 1_000 } } } });
    expect(largestSubmission(pkg)?.compactBytes).toBeGreaterThan(MAX_SUBMISSION_BYTES);
    expect(submissionLimits(pkg).maxBytes).toBe(MAX_SUBMISSION_BYTES);
  });
});

describe("the validator's default size limit is the form's largest submission", () => {
  it("validates a submission with every attachment at its largest", () => {
    const { submission, characters } = withFullAttachments(handbook, sample);
    expect(characters).toBe(42_000_000);
    expect(codes(handbook, submission)).not.toContain("submission-too-large");
    // What the fixed 4 MiB default did.
    expect(createSubmissionValidator(handbook, { limits: { maxBytes: 4 * 2 ** 20 } }).validate(submission, "final").map((f) => f.code)).toEqual(["submission-too-large"]);
  });

  it("validates a submission with every score's written reason at its longest (2,000 characters)", () => {
    // The handbook's criteria over parts without data: the reasons are most of what the submission holds.
    const dataless: FormPackage = { ...handbook, parts: handbook.parts.map((part) => ({ ...part, schema: { type: "object", properties: {} } })) };
    const criteria = handbook.parts.flatMap((part) => part.rules?.criteria ?? []);
    const everyColumn = (value: unknown) => Object.fromEntries(handbook.manifest.scoreColumns.map((column) => [column.id, value]));
    const submission = {
      form: { id: handbook.manifest.id, version: handbook.manifest.version },
      data: {},
      scores: Object.fromEntries(criteria.map((criterion) => [criterion.id, everyColumn(0)])),
      reasons: Object.fromEntries(criteria.map((criterion) => [criterion.id, everyColumn("理".repeat(2000))])),
    };
    expect(new TextEncoder().encode(JSON.stringify(submission.reasons)).length).toBeGreaterThan(200_000);
    expect(codes(dataless, submission)).not.toContain("submission-too-large");
  });

  it("takes a submission at the form's bound and refuses one a byte past it, with one finding", () => {
    const { maxBytes } = submissionLimits(handbook);
    expect(codes(handbook, paddedTo(sample, maxBytes))).not.toContain("submission-too-large");
    const over = createSubmissionValidator(handbook).validate(paddedTo(sample, maxBytes + 1), "final");
    expect(over).toMatchObject([{ code: "submission-too-large", pointer: "", severity: "error" }]);
    expect(over[0]?.message.en).toContain(`${maxBytes} bytes`);
  });
});
