/** The standalone validator module: written to disk, imported, and validating exactly like the runtime one. */
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubmissionValidator, createSubmissionValidatorWith, loadFormFiles, submissionLimits, UNBOUNDED_FORM_SUBMISSION_BYTES } from "../src/index.js";
import type { FormPackage, PrecompiledValidators } from "../src/index.js";
import { compileStandaloneValidators } from "../src/build.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

let pkg: FormPackage;
let dir: string;
let code: string;
let precompiled: PrecompiledValidators;

beforeAll(async () => {
  pkg = await loadFormFolder(fixture("minimal-form"));
  code = compileStandaloneValidators(pkg);
  dir = await mkdtemp(join(tmpdir(), "cluster-form-standalone-"));
  const file = join(dir, "validators.mjs");
  await writeFile(file, code);
  precompiled = (await import(pathToFileURL(file).href)) as PrecompiledValidators;
});

afterAll(() => rm(dir, { recursive: true, force: true }));

const form = { id: "example-cluster-review", version: "1.0.0" };
const samples: readonly unknown[] = [
  { form, data: {} },
  { form, data: { cover: { clusterName: 1, contact: { phone: "x", email: "y" }, signoff: { date: "2020-02-30" } } } },
  { form, data: { cover: { report: "字".repeat(3001), enterprises: [{ name: 3 }, {}] }, planning: { organisationIssuer: "x" } } },
  { form, data: { planning: { organisationIssuer: "government", planTargetsMet: true } }, scores: { "t1.plan": { self: 9, expert: -1 } } },
  { form: { id: "example-cluster-review" }, data: [] },
  { data: "x", scores: 5 },
];

describe("compileStandaloneValidators", () => {
  it("generates a self-contained ES module exporting draft and final, with no run-time code generation", () => {
    expect(code).toMatch(/export const draft = /);
    expect(code).toMatch(/export const final = /);
    expect(code).not.toMatch(/^\s*import\b/m);
    expect(code).not.toMatch(/(?<![\w$.'"])require\(/);
    expect(code).not.toMatch(/new Function|\beval\(/);
    expect(code).toContain("exports.fullFormats");
    expect(typeof precompiled.draft).toBe("function");
    expect(typeof precompiled.final).toBe("function");
  });

  it("validates like the runtime validator, in both modes", () => {
    const runtime = createSubmissionValidator(pkg);
    const fromModule = createSubmissionValidator(pkg, { precompiled });
    for (const sample of samples) {
      for (const mode of ["draft", "final"] as const) {
        const expected = runtime.validate(sample, mode);
        expect(fromModule.validate(sample, mode)).toEqual(expected);
      }
    }
    const formatErrors = fromModule.validate(samples[1], "final").filter((f) => f.code === "data-format");
    expect(formatErrors.map((f) => f.pointer).sort()).toEqual(["/data/cover/contact/email", "/data/cover/signoff/date"]);
  });

  it("exports the pieces of `final`, which an incremental validator remembers per row and part", () => {
    expect(precompiled.split?.functions.length).toBe(precompiled.split?.plan.points.length);
    expect(precompiled.split?.plan.points).toContainEqual({ at: "/properties/data/properties/cover/properties/enterprises/items", parent: 1 });
    const remembering = createSubmissionValidator(pkg, { precompiled, incremental: true });
    const runtime = createSubmissionValidator(pkg);
    const rows = [{ name: "甲" }, { name: 3 }, {}];
    let submission: { form: typeof form; data: { cover: { enterprises: unknown[]; clusterName?: unknown } } } = { form, data: { cover: { enterprises: rows } } };
    const steps = [
      () => submission,
      () => ({ ...submission, data: { cover: { ...submission.data.cover, clusterName: 7 } } }),
      () => ({ ...submission, data: { cover: { ...submission.data.cover, enterprises: [rows[2], rows[1], { name: "乙", sales: -1 }] } } }),
    ];
    for (const step of steps) {
      submission = step();
      for (const mode of ["draft", "final"] as const) expect(remembering.validate(submission, mode)).toEqual(runtime.validate(submission, mode));
    }
    expect(remembering.validate(submission, "final").map((f) => f.pointer)).toContain("/data/cover/enterprises/1/name");
  });

  it("carries the form's limits and its composition, so that a validator of the module alone needs neither from the library", () => {
    const { maxBytes, maxDepth } = submissionLimits(pkg);
    expect(precompiled.limits).toEqual({ maxBytes, maxDepth });
    expect(typeof precompiled.split?.compose).toBe("function");
    expect(typeof precompiled.split?.deriveDraft).toBe("function");
    // Just over the form's largest submission (a long text where any text field may stand): refused from the module's limits.
    const tooLarge = { form, data: { cover: { note: "x".repeat(maxBytes) } } };
    expect(createSubmissionValidatorWith(pkg, precompiled).validate(tooLarge, "draft")).toMatchObject([{ code: "submission-too-large", message: { en: expect.stringContaining(`${maxBytes} bytes`) } }]);
    // Functions that carry no limits (a module written by an older build) are held to those of a form without bounds.
    const bare = { draft: precompiled.draft, final: precompiled.final };
    expect(createSubmissionValidatorWith(pkg, bare).validate(tooLarge, "draft").map((f) => f.code)).not.toContain("submission-too-large");
    const huge = { form, data: { cover: { note: "x".repeat(UNBOUNDED_FORM_SUBMISSION_BYTES) } } };
    expect(createSubmissionValidatorWith(pkg, bare).validate(huge, "draft")).toMatchObject([{ code: "submission-too-large" }]);
  });

  it("composes its draft from the pieces without the parts' required errors, as the runtime composition does", () => {
    const { split } = precompiled;
    if (!split?.compose) throw new Error("the minimal form is validated in pieces");
    const submission = { form, data: { cover: { enterprises: [{}] } } };
    const keywords = (draft: boolean): string[] => {
      const validate = split.compose?.(split.plan, split.functions, false, draft);
      validate?.(submission);
      return ((validate?.errors ?? []) as { keyword: string }[]).map((e) => e.keyword);
    };
    expect(keywords(false)).toContain("required");
    expect(keywords(true)).not.toContain("required");
  });

  it("validates whole, with the same findings, where the pieces come without their composition (an older module)", () => {
    const { split } = precompiled;
    if (!split) throw new Error("the minimal form is validated in pieces");
    const older = { draft: precompiled.draft, final: precompiled.final, limits: precompiled.limits, split: { plan: split.plan, functions: split.functions } };
    const remembering = createSubmissionValidatorWith(pkg, older, { incremental: true });
    const runtime = createSubmissionValidator(pkg);
    for (const sample of samples) for (const mode of ["draft", "final"] as const) expect(remembering.validate(sample, mode)).toEqual(runtime.validate(sample, mode));
  });

  it("links the helpers' own dependencies (uniqueItems needs a deep-equal module)", async () => {
    const base = await loadFormFolder(fixture("minimal-form"));
    const files = Object.fromEntries([...base.sources].map(([path, source]) => [path, source.text]));
    const schema = JSON.parse(files["parts/planning.schema.json"] as string) as { properties: Record<string, unknown> };
    schema.properties["tags"] = { type: "array", title: "标签", maxItems: 5, uniqueItems: true, items: { type: "object", properties: {} } };
    const tagged = await loadFormFiles({ files: { ...files, "parts/planning.schema.json": JSON.stringify(schema) } });
    const source = compileStandaloneValidators(tagged);
    expect(source).toMatch(/cfRequire\(\d+\)/);
    const file = join(dir, "tagged.mjs");
    await writeFile(file, source);
    const module = (await import(pathToFileURL(file).href)) as PrecompiledValidators;
    const submission = { form, data: { planning: { tags: [{ a: 1 }, { a: 1 }] } } };
    const findings = createSubmissionValidator(tagged, { precompiled: module }).validate(submission, "draft");
    expect(findings).toMatchObject([{ code: "data-uniqueItems", pointer: "/data/planning/tags", label: "标签" }]);
    expect(findings).toEqual(createSubmissionValidator(tagged).validate(submission, "draft"));
  });

  it("imports bare package paths for bundlers, or file URLs for Node, when asked", async () => {
    const bare = compileStandaloneValidators(pkg, { imports: "package" });
    expect(bare).toMatch(/from "ajv\/dist\/runtime\/ucs2length\.js"/);
    expect(bare).toMatch(/from "ajv-formats\/dist\/formats\.js"/);
    expect(bare).not.toContain("file://");
    const absolute = compileStandaloneValidators(pkg, { imports: "absolute" });
    const file = join(dir, "absolute.mjs");
    await writeFile(file, absolute);
    const module = (await import(pathToFileURL(file).href)) as PrecompiledValidators;
    const viaImports = createSubmissionValidator(pkg, { precompiled: module });
    for (const sample of samples) expect(viaImports.validate(sample, "final")).toEqual(createSubmissionValidator(pkg).validate(sample, "final"));
  });
});
