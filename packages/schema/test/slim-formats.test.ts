/**
 * The validators module copies ajv-formats' formats.js cut to the formats it reads
 * (src/standalone/slim-formats.ts): the formats kept behave as ajv-formats' own, the others are gone.
 */
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { slimFormats, usedFormats } from "../src/standalone/slim-formats.js";
import { compileStandaloneValidators, loadFormFolder } from "../src/node.js";
import { repo } from "./helpers.js";

const require = createRequire(import.meta.url);
const FORMATS = require.resolve("ajv-formats/dist/formats.js");
const original = readFileSync(FORMATS, "utf8");

type FormatEntry = RegExp | ((text: string) => boolean) | { validate: RegExp | ((text: string) => boolean) };
interface FormatsModule {
  fullFormats: Record<string, FormatEntry>;
  fastFormats?: unknown;
  formatNames?: unknown;
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "cluster-form-slim-formats-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** Loads CommonJS source from a file, as Node would. */
async function load(source: string, name: string): Promise<FormatsModule> {
  const file = join(dir, `${name}.cjs`);
  await writeFile(file, source);
  return require(file) as FormatsModule;
}

const check = (entry: FormatEntry | undefined, text: string): boolean => {
  const validate = typeof entry === "object" && !(entry instanceof RegExp) ? entry.validate : entry;
  return validate instanceof RegExp ? validate.test(text) : Boolean(validate?.(text));
};

describe("usedFormats", () => {
  it("names the formats generated code reads, by property or by quoted name", () => {
    const code = 'const f0 = require("ajv-formats/dist/formats").fullFormats.date; const f1 = require("ajv-formats/dist/formats").fullFormats["date-time"];';
    expect([...(usedFormats(code) ?? [])]).toEqual(["date", "date-time"]);
    expect(usedFormats("const x = 1;")?.size).toBe(0);
  });

  it("gives nothing to cut by when the code reads ajv-formats some other way", () => {
    expect(usedFormats('const all = require("ajv-formats/dist/formats").fullFormats;')).toBeUndefined();
    expect(usedFormats('const m = require("ajv-formats/dist/formats");')).toBeUndefined();
  });
});

describe("slimFormats", () => {
  it("keeps only the named formats of fullFormats, which behave as ajv-formats' own", async () => {
    const full = await load(original, "full");
    const slim = await load(slimFormats(original, new Set(["date", "date-time", "email"])), "slim");
    expect(Object.keys(slim.fullFormats).sort()).toEqual(["date", "date-time", "email"]);
    expect(slim.fastFormats).toBeUndefined();
    expect(slim.formatNames).toBeUndefined();
    const texts = ["2020-02-29", "2021-02-29", "2020-13-01", "2020-04-31", "2020-4-1", "", "日期", "2020-03-15T08:00:00Z", "2020-03-15 25:00:00Z", "a@b.cn", "a@", "x@y"];
    for (const name of ["date", "date-time", "email"]) {
      for (const text of texts) expect(check(slim.fullFormats[name], text), `${name} ${JSON.stringify(text)}`).toBe(check(full.fullFormats[name], text));
    }
  });

  it("leaves a file of another shape whole", () => {
    const other = 'exports.fullFormats = makeFormats();\nexports.fastFormats = {};';
    expect(slimFormats(other, new Set(["date"]))).toBe(other);
    const computed = 'exports.fullFormats = { ["date"]: 1, uri: 2 };';
    expect(slimFormats(computed, new Set(["date"]))).toBe(computed);
  });

  it("leaves out of the 2020 handbook's module every format it does not read", async () => {
    const pkg = await loadFormFolder(repo("forms/2020-handbook"));
    const source = compileStandaloneValidators(pkg);
    expect(source).toContain("date: fmtDef(date, compareDate)");
    for (const gone of ["exports.fastFormats = {", "ipv6:", "uri:", "email:", "formatNames = Object.keys"]) expect(source).not.toContain(gone);
  });
});
