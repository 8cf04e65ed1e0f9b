/** Draft results derived from the final validator (its `required` errors of the parts dropped) equal a separately compiled draft. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { ErrorObject } from "ajv";
import type { FormPackage } from "../src/index.js";
import { compileStandaloneValidators } from "../src/build.js";
import { loadFormFolder } from "../src/node.js";
import { createSubmissionAjv } from "../src/submission/ajv.js";
import { deriveDraft, draftDerivable } from "../src/submission/draft.js";
import { buildSubmissionSchema } from "../src/submission/schema.js";

const handbookDir = new URL("../../../forms/2020-handbook/", import.meta.url).pathname;
const sample = JSON.parse(readFileSync(new URL("../../../examples/data/2020-handbook.sample.json", import.meta.url), "utf8")) as {
  form: unknown;
  data: Record<string, Record<string, unknown>>;
};

/** The sample with some parts blank, some fields of the wrong type, and the envelope damaged. */
function variants(): unknown[] {
  const blankParts = structuredClone(sample);
  delete blankParts.data["table1"];
  if (blankParts.data["cover"]) blankParts.data["cover"] = {};
  const wrongTypes = structuredClone(sample);
  wrongTypes.data["cover"] = { ...wrongTypes.data["cover"], clusterName: 5, phone: [] };
  const noEnvelope = { data: structuredClone(sample.data) };
  const wrongForm = { form: { id: 3 }, data: { table2: { enterprises: [{}, { sales2020: "x" }] } } };
  return [sample, { form: sample.form, data: {} }, blankParts, wrongTypes, noEnvelope, wrongForm, { form: sample.form, data: [] }, "x"];
}

const shape = (errors: readonly unknown[] | null | undefined): string[] =>
  (errors ?? []).map((e) => {
    const { instancePath, schemaPath, keyword, params } = e as ErrorObject;
    return JSON.stringify([instancePath, schemaPath, keyword, params]);
  }).sort();

describe("draft derived from final", () => {
  it("the 2020 handbook qualifies, and its derived draft reports exactly what a compiled draft reports", async () => {
    const pkg = await loadFormFolder(handbookDir);
    expect(draftDerivable(pkg)).toBe(true);
    const final = createSubmissionAjv().compile(buildSubmissionSchema(pkg, "final"));
    const compiledDraft = createSubmissionAjv().compile(buildSubmissionSchema(pkg, "draft"));
    const derived = deriveDraft(final);
    let requiredDropped = 0;
    for (const value of variants()) {
      const expectedValid = compiledDraft(value);
      expect(derived(value)).toBe(expectedValid);
      expect(shape(derived.errors)).toEqual(shape(compiledDraft.errors));
      final(value);
      requiredDropped += (final.errors ?? []).filter((e) => e.keyword === "required").length - (derived.errors ?? []).filter((e) => (e as ErrorObject).keyword === "required").length;
    }
    // The variants do exercise the difference between the modes.
    expect(requiredDropped).toBeGreaterThan(10);
  });

  it("the envelope stays required in drafts", async () => {
    const pkg = await loadFormFolder(handbookDir);
    const derived = deriveDraft(createSubmissionAjv().compile(buildSubmissionSchema(pkg, "final")));
    expect(derived({ data: {} })).toBe(false);
    expect(shape(derived.errors)).toEqual([JSON.stringify(["", "#/required", "required", { missingProperty: "form" }])]);
  });

  it("a form whose required fields sit in oneOf / then branches is not derived: both validators are generated", async () => {
    const pkg = await loadFormFolder(handbookDir);
    const entangled: FormPackage = {
      ...pkg,
      parts: pkg.parts.map((part, index) =>
        index === 0 ? { ...part, schema: { type: "object", oneOf: [{ required: ["a"] }, { required: ["b"] }] } } : part,
      ),
    };
    expect(draftDerivable(entangled)).toBe(false);
    const conditional: FormPackage = {
      ...pkg,
      parts: pkg.parts.map((part, index) =>
        index === 0 ? { ...part, schema: { type: "object", if: { required: ["a"] }, not: { required: ["c"] }, properties: { x: { type: "string" } }, required: ["x"] } } : part,
      ),
    };
    expect(draftDerivable(conditional)).toBe(true);
    const code = compileStandaloneValidators(entangled, { imports: "package" });
    expect(code).not.toContain("cfDeriveDraft");
    expect(code).toMatch(/export const draft = validate/);
  });

  it("the standalone module of the 2020 handbook holds the pieces of the final validator only, and derives the draft", async () => {
    const pkg = await loadFormFolder(handbookDir);
    const code = compileStandaloneValidators(pkg, { imports: "package" });
    expect(code).toContain("export const draft = cfDeriveDraft(split.compose(split.plan, split.functions, false, true));");
    expect(code).toContain("export const final = split.compose(split.plan, split.functions, false);");
    // One generated validator per piece (envelope, parts, table rows: see src/submission/split.ts), none for the draft.
    const generated = code.match(/export const \w+ = validate/g) ?? [];
    expect(generated.length).toBeGreaterThan(pkg.parts.length);
    expect(generated.every((line) => /^export const piece\d+ = validate/.test(line))).toBe(true);
    expect(code).toMatch(
      /export const split = \{ plan: \{"points":\[\{"at":"","parent":-1\}.*, compose: \(plan, functions, remember, draft\) => cfCompose\(plan, functions, remember, cfRouter, draft\), deriveDraft: cfDeriveDraft \};/,
    );
    // The pieces reach the ones cut out of them through the module's router, defined before them.
    expect(code.indexOf("const cfRouter = { current: null };")).toBeGreaterThan(-1);
    expect(code.indexOf("const cfRouter = { current: null };")).toBeLessThan(code.indexOf("= cfRouter;"));
  });
});
