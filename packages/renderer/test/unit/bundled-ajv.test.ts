/**
 * The self-contained bundle leaves parts of Ajv and ajv-formats out (scripts/slim-ajv*.mjs). Here the
 * submission validator is built with those plugins and must report exactly what the unslimmed
 * validator reports, on the real forms' samples and on many broken variants of them; keywords outside
 * the data-schema profile must fail to compile rather than be skipped.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import commonjsModule from "@rollup/plugin-commonjs";
import { nodeResolve } from "@rollup/plugin-node-resolve";
import { rollup } from "rollup";
import type { Plugin } from "rollup";
import ts from "typescript";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSubmissionValidator } from "@cluster-form/schema";
import type { DataFinding, FormPackage, SubmissionValidator, ValidationMode } from "@cluster-form/schema";
import { loadFormFolder } from "../../../schema/src/node.js";
import { dropUnusedCode } from "../../scripts/drop-unused-code.mjs";
import { refuseOutsideProfile, slimAjv } from "../../scripts/slim-ajv.mjs";
import { slimAjvFormats } from "../../scripts/slim-ajv-formats.mjs";

const root = (path: string): string => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));
const VALIDATOR_SOURCE = root("packages/schema/src/submission/validator.ts");
const SCHEMA_SOURCE = /[\\/]packages[\\/]schema[\\/]src[\\/].*\.ts$/;

/** The schema package's TypeScript, stripped of types, its `.js` imports read from the `.ts` files. */
const schemaSources = (): Plugin => ({
  name: "schema-sources",
  resolveId(id, importer) {
    if (importer && SCHEMA_SOURCE.test(importer) && id.startsWith(".") && id.endsWith(".js")) {
      return fileURLToPath(new URL(id.replace(/\.js$/, ".ts"), pathToFileURL(importer)));
    }
    return null;
  },
  transform(code, id) {
    if (!SCHEMA_SOURCE.test(id)) return null;
    return ts.transpileModule(code, { fileName: id, compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true } }).outputText;
  },
});

// The plugin ships CommonJS types: its default export is the factory or carries it as `default`.
type PluginFactory = () => Plugin;
const commonjs: PluginFactory =
  typeof commonjsModule === "function" ? (commonjsModule as unknown as PluginFactory) : (commonjsModule as unknown as { default: PluginFactory }).default;

type CreateValidator = typeof createSubmissionValidator;
let dir: string;
let bundled: CreateValidator;
const packages: Record<string, FormPackage> = {};
const samples: Record<string, unknown> = {};

beforeAll(async () => {
  const build = await rollup({
    input: VALIDATOR_SOURCE,
    plugins: [slimAjv(), refuseOutsideProfile(), slimAjvFormats(), dropUnusedCode(), schemaSources(), nodeResolve({ browser: true }), commonjs()],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: "es" });
  await build.close();
  dir = mkdtempSync(join(tmpdir(), "cf-bundled-ajv-"));
  const file = join(dir, "validator.mjs");
  writeFileSync(file, output[0].code);
  ({ createSubmissionValidator: bundled } = (await import(pathToFileURL(file).href)) as { createSubmissionValidator: CreateValidator });
  for (const form of ["2020-handbook", "2021-application"]) {
    packages[form] = await loadFormFolder(root(`forms/${form}`));
    samples[form] = JSON.parse(readFileSync(root(`examples/data/${form}.sample.json`), "utf8"));
  }
  packages["minimal-form"] = await loadFormFolder(root("packages/schema/test/fixtures/minimal-form"));
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Wrong values for a leaf: other types, blanks, malformed dates, e-mails and URIs, overlong text. */
const WRONG: readonly ((value: Json) => Json)[] = [
  (v) => (typeof v === "string" ? 42 : "text"),
  () => null,
  (v) => (typeof v === "number" ? -1e12 : ""),
  (v) => (typeof v === "number" ? 1.5e12 : "2020-13-45"),
  () => "not an e-mail @ example",
  () => "长".repeat(6000),
  () => ["an", "array"],
  () => ({ an: "object" }),
  (v) => (typeof v === "number" ? 0.123456789 : "http://[::1"),
  () => true,
];

/** Many broken copies of a submission: each replaces every seventh leaf (from an offset) with a wrong value, or empties arrays and objects. */
function variants(sample: Json): Json[] {
  const out: Json[] = [];
  for (let round = 0; round < 28; round += 1) {
    let leaf = 0;
    const mutate = (value: Json): Json => {
      if (Array.isArray(value)) return round % 9 === 8 ? [] : [...value.map(mutate), ...(round % 4 === 3 ? [{}] : [])];
      if (value !== null && typeof value === "object") {
        if (round % 11 === 10) return {};
        return Object.fromEntries(Object.entries(value).map(([key, child]) => [key, key === "form" ? child : mutate(child)]));
      }
      leaf += 1;
      return (leaf + round) % 7 === 0 ? WRONG[round % WRONG.length]!(value) : value;
    };
    out.push(mutate(sample));
  }
  return out;
}

const MODES: readonly ValidationMode[] = ["draft", "final"];

describe("the submission validator built with the bundle's slimmed Ajv", () => {
  it("reports exactly what the full Ajv reports, on the real forms' samples and broken variants of them", () => {
    let findings = 0;
    for (const form of ["2020-handbook", "2021-application"]) {
      const pkg = packages[form]!;
      const full: SubmissionValidator = createSubmissionValidator(pkg);
      const slim: SubmissionValidator = bundled(pkg);
      for (const submission of [samples[form] as Json, ...variants(samples[form] as Json)]) {
        for (const mode of MODES) {
          const expected: DataFinding[] = full.validate(submission, mode);
          expect(slim.validate(submission, mode)).toEqual(expected);
          findings += expected.length;
        }
      }
    }
    // The variants are broken enough to exercise many keywords and formats.
    expect(findings).toBeGreaterThan(500);
  });

  it("checks every format of the profile as ajv-formats does", () => {
    const pkg = packages["minimal-form"]!;
    const formats = ["date", "time", "date-time", "duration", "email", "hostname", "ipv4", "ipv6", "uri", "uri-reference", "uuid", "regex"];
    const part = pkg.parts[0]!;
    const schema = {
      type: "object",
      properties: Object.fromEntries(formats.map((format) => [format, { type: "string", title: format, format, maxLength: 100 }])),
    };
    const formatPkg: FormPackage = { ...pkg, parts: [{ ...part, schema } as typeof part] };
    const values = ["2020-02-29", "2021-02-29", "12:30:00Z", "12:30:00", "2020-01-01T10:00:00+08:00", "P1Y2M", "P", "a@b.cn", "a@", "example.cn", "-bad-", "10.0.0.1", "10.0.0.256", "::1", "1::2::3", "https://example.cn/a?b#c", "no scheme", "../x.json#/a", "123e4567-e89b-12d3-a456-426614174000", "[a-", "^a\\Z"];
    const full = createSubmissionValidator(formatPkg);
    const slim = bundled(formatPkg);
    let invalid = 0;
    for (const value of values) {
      const data = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { [part.ref.id]: Object.fromEntries(formats.map((f) => [f, value])) } };
      const expected = full.validate(data, "draft");
      expect(slim.validate(data, "draft")).toEqual(expected);
      invalid += expected.length;
    }
    expect(invalid).toBeGreaterThan(values.length * (formats.length - 3));
  });

  it("refuses to compile keywords outside the data-schema profile instead of skipping them", () => {
    const pkg = packages["minimal-form"]!;
    const part = pkg.parts[0]!;
    const data = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { [part.ref.id]: { x: 1 } } };
    for (const keyword of ["patternProperties", "propertyNames", "additionalProperties", "unevaluatedProperties", "$dynamicRef"]) {
      const value = keyword === "$dynamicRef" ? "#meta" : keyword === "patternProperties" ? { "^x$": { type: "string" } } : keyword === "propertyNames" ? { maxLength: 0 } : false;
      const schema = { type: "object", properties: {}, [keyword]: value };
      const variant: FormPackage = { ...pkg, parts: [{ ...part, schema } as typeof part] };
      // The full Ajv applies the keyword (a dangling $dynamicRef it cannot compile either).
      if (keyword !== "$dynamicRef") expect(createSubmissionValidator(variant).validate(data, "final").length, keyword).toBeGreaterThan(0);
      const refused = new RegExp(`cannot be compiled: "${keyword.replace("$", "\\$")}" is not a keyword of the cluster-form data-schema profile`);
      expect(() => bundled(variant).validate(data, "final"), keyword).toThrow(refused);
    }
  });
});
