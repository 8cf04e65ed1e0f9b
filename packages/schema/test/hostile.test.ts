/**
 * Hostile input at the depth where the bounds belong: each class of attack with its bound asserted
 * (finding codes, counts, places), never its time. Hostile files are written to a temp folder.
 */
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { bundleFormFiles, checkDefinition, checkFormFile, FormDefinitionError, loadFormFiles, parseJson, validateSubmission } from "../src/index.js";
import type { DefinitionFinding } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { repo } from "./helpers.js";

const temp = mkdtempSync(join(tmpdir(), "cluster-form-hostile-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A copy of a form of the repository in the temp folder, to be made hostile. */
function formCopy(form: string, name: string): string {
  const dir = join(temp, name);
  cpSync(repo(`forms/${form}`), dir, { recursive: true });
  return dir;
}

async function loadFindings(dir: string): Promise<DefinitionFinding[]> {
  try {
    await loadFormFolder(dir);
  } catch (error) {
    if (error instanceof FormDefinitionError) return error.findings;
    throw error;
  }
  return [];
}

const editJson = (path: string, edit: (value: Record<string, unknown>) => void): void => {
  const value = JSON.parse(readFileSync(path, "utf8")) as Record<string, unknown>;
  edit(value);
  writeFileSync(path, JSON.stringify(value, null, 2));
};

const handbook = await loadFormFolder(repo("forms/2020-handbook"));
const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as { data: Record<string, Record<string, unknown>> };

describe("a list longer than its schema allows", () => {
  it("is refused with one finding at the list, before any row is validated", () => {
    const submission = structuredClone(sample);
    (submission.data["table6"] as Record<string, unknown>)["organisations"] = Array.from({ length: 340_000 }, () => ({}));
    for (const mode of ["draft", "final"] as const) {
      const findings = validateSubmission(handbook, submission, { mode });
      expect(findings).toHaveLength(1);
      expect(findings[0]).toMatchObject({ code: "submission-too-many-rows", severity: "error", pointer: "/data/table6/organisations", part: "table6" });
      expect(findings[0]?.message.en).toMatch(/^表6：.* › 服务集群组织\/机构 has 340,000 rows; at most 50$/);
      expect(findings[0]?.message.zh).toMatch(/服务集群组织\/机构 有 340,000 行，最多 50 行$/);
    }
  });

  it("nested inside objects is found there, and a list within its bound is not", () => {
    const submission = structuredClone(sample);
    const innovation = (submission.data["table9"] as Record<string, Record<string, { items: unknown[] }>>)["innovation"] as Record<string, { items: unknown[] }>;
    innovation["hubeiAward"] = { items: Array.from({ length: 21 }, () => ({ name: "x", year: 2019 })) };
    innovation["nationalAward"] = { items: Array.from({ length: 20 }, () => ({ name: "x", year: 2019 })) };
    const findings = validateSubmission(handbook, submission, { mode: "draft" });
    expect(findings.map((f) => [f.code, f.pointer])).toEqual([["submission-too-many-rows", "/data/table9/innovation/hubeiAward/items"]]);
    expect(findings[0]?.message.en).toMatch(/ › 湖北科技进步奖励 has 21 rows; at most 20$/);
  });
});

describe("nesting past any bound", () => {
  it("in JSON text is a finding at the bracket that goes too deep, not a stack overflow", () => {
    const text = `{"data":${"[".repeat(100_000)}${"]".repeat(100_000)}}`;
    const parsed = parseJson("deep.json", text);
    // The outer object is level 1: the 256th "[" (column 8 + 256) opens level 257.
    expect(parsed.value).toBeUndefined();
    expect(parsed.findings).toMatchObject([{ code: "json-too-deep", location: { file: "deep.json", line: 1, column: 8 + 256 } }]);
    expect(parsed.findings[0]?.message.en).toBe("Nested deeper than 256 levels of objects and arrays");
  });

  it("in a parsed submission is refused with one finding", () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    const findings = validateSubmission(handbook, { form: sample["form" as keyof typeof sample], data: { table1: deep } }, { mode: "draft" });
    expect(findings).toMatchObject([{ code: "submission-too-deep", pointer: "" }]);
  });

  it("in a rules file stops the loader with a finding in that file", async () => {
    const dir = formCopy("2020-handbook", "deep-rule");
    const rules = join(dir, "parts/table3.rules.json");
    const text = readFileSync(rules, "utf8").replace('"criteria"', `"deep": ${"[".repeat(100_000)}${"]".repeat(100_000)}, "criteria"`);
    writeFileSync(rules, text);
    const findings = await loadFindings(dir);
    expect(findings.map((f) => [f.code, f.location.file])).toEqual([["json-too-deep", "parts/table3.rules.json"]]);
  });
});

describe("a regular expression that can backtrack catastrophically", () => {
  it.each([
    ["^(a+)+$", "nested repetition"],
    ["^a*a*b$", "polynomial"],
    ["^(\\w+\\s?)*$", "a classic of ReDoS advisories"],
  ])("%s (%s) stops the loader with a finding naming file and pointer", async (pattern) => {
    const dir = formCopy("2020-handbook", `pattern-${Buffer.from(pattern).toString("hex")}`);
    editJson(join(dir, "parts/cover.schema.json"), (schema) => {
      ((schema["properties"] as Record<string, Record<string, unknown>>)["name"] as Record<string, unknown>)["pattern"] = pattern;
    });
    const findings = await loadFindings(dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "schema-pattern-unsafe", location: { file: "parts/cover.schema.json", pointer: "/properties/name/pattern" } });
    expect(findings[0]?.location.line).toBeGreaterThan(1);
    expect(findings[0]?.message.en).toContain(pattern);
  });

  it("is left to cluster-form build when the page validates with the module build wrote (checkPatterns: false)", async () => {
    const { files } = bundleFormFiles(await loadFormFolder(repo("forms/2020-handbook")));
    const cover = JSON.parse(files["parts/cover.schema.json"] as string) as { properties: Record<string, Record<string, unknown>> };
    (cover.properties["name"] as Record<string, unknown>)["pattern"] = "^(a+)+$";
    const hostile = { origin: "hostile", files: { ...files, "parts/cover.schema.json": JSON.stringify(cover) } };
    await expect(loadFormFiles(hostile)).rejects.toThrow(FormDefinitionError);
    const pkg = await loadFormFiles(hostile, { checkPatterns: false });
    expect(pkg.parts.find((part) => part.ref.id === "cover")?.schema?.properties?.["name"]).toMatchObject({ pattern: "^(a+)+$" });
  });

  it("as a patternProperties key is refused too, and so is one in a file checked on its own", () => {
    const text = JSON.stringify({ type: "object", title: "T", patternProperties: { "^(a+)+$": { type: "string", title: "X", maxLength: 5 } } });
    expect(checkFormFile("x.schema.json", text, "data-schema").map((f) => [f.code, f.location.pointer])).toContainEqual(["schema-pattern-unsafe", "/patternProperties/^(a+)+$"]);
  });

  it("is not found in the forms of this repository, whose phone-number patterns repeat only a bounded number of times", async () => {
    expect(await loadFindings(repo("forms/2021-application"))).toEqual([]);
  });
});

describe("$ref expansion", () => {
  it("of references nesting 7 levels × 10 stops at its budget with a finding naming file and pointer", async () => {
    const dir = formCopy("2021-application", "ref-bomb");
    editJson(join(dir, "defs.schema.json"), (defs) => {
      const all = defs["$defs"] as Record<string, unknown>;
      for (let level = 0; level < 7; level++) {
        const properties = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { $ref: `#/$defs/l${level + 1}` }]));
        all[`l${level}`] = { type: "object", title: `L${level}`, properties };
      }
      all["l7"] = { type: "string", title: "leaf", maxLength: 5 };
    });
    const findings = await loadFindings(dir);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ code: "ref-too-large", location: { file: "defs.schema.json" } });
    expect(findings[0]?.location.pointer).toMatch(/^\/\$defs\/l\d\/properties\/p\d\/\$ref$/);
    expect(findings[0]?.message.en).toContain("200,000 schema objects");
  });
});

describe("a symbolic link inside a form folder", () => {
  const secret = join(temp, "outside.json");
  writeFileSync(secret, JSON.stringify({ secretKeyOutside: "do not read", type: "object" }));

  it("to a file outside the folder is refused, and nothing of that file shows", async () => {
    const dir = formCopy("2020-handbook", "link-file");
    rmSync(join(dir, "parts/table6.schema.json"));
    symlinkSync(secret, join(dir, "parts/table6.schema.json"));
    const findings = await loadFindings(dir);
    expect(findings).toMatchObject([{ code: "file-outside-form", location: { file: "form.json", pointer: "/parts/7/schema" } }]);
    expect(JSON.stringify(findings)).not.toContain("secretKeyOutside");
  });

  it("to a folder outside is refused for every file under it", async () => {
    const dir = formCopy("2020-handbook", "link-folder");
    const outside = join(temp, "outside-parts");
    cpSync(join(dir, "parts"), outside, { recursive: true });
    rmSync(join(dir, "parts"), { recursive: true });
    symlinkSync(outside, join(dir, "parts"));
    const findings = await loadFindings(dir);
    expect(findings.length).toBeGreaterThan(10);
    expect(new Set(findings.map((f) => f.code))).toEqual(new Set(["file-outside-form"]));
  });

  it("inside the folder is followed", async () => {
    const dir = formCopy("2020-handbook", "link-inside");
    mkdirSync(join(dir, "shared"));
    cpSync(join(dir, "parts/table6.schema.json"), join(dir, "shared/table6.schema.json"));
    rmSync(join(dir, "parts/table6.schema.json"));
    symlinkSync(join(dir, "shared/table6.schema.json"), join(dir, "parts/table6.schema.json"));
    expect(await loadFindings(dir)).toEqual([]);
  });
});

const META = "https://cluster-form.dev/schema/v1";

describe("a manifest of 10,000 parts", () => {
  it("loads and checks: its files are read a few at a time, not 20,000 at once", async () => {
    const dir = join(temp, "many-parts");
    mkdirSync(join(dir, "parts"), { recursive: true });
    const parts = Array.from({ length: 10_000 }, (_, i) => {
      const id = `p${i}`;
      writeFileSync(join(dir, `parts/${id}.schema.json`), JSON.stringify({ $schema: `${META}/data-schema.json`, type: "object", title: `Part ${i}`, properties: { a: { type: "string", title: "A", maxLength: 10 } } }));
      // A summary block in every part: its references are checked against the manifest's ids, made once per form.
      const summary = { widget: "scoreSummary", corner: "c", totalLabel: "T", columns: [{ part: "p0", label: "P0" }], rows: [{ scoreColumn: "self", label: "Self" }] };
      writeFileSync(join(dir, `parts/${id}.layout.json`), JSON.stringify({ $schema: `${META}/layout.json`, part: id, blocks: [{ widget: "fields", id: "f", fields: [{ field: "/a" }] }, summary] }));
      return { id, title: `Part ${i}`, editableBy: ["applicant"], schema: `parts/${id}.schema.json`, layout: `parts/${id}.layout.json` };
    });
    const manifest = { $schema: `${META}/manifest.json`, id: "many", version: "1.0.0", year: 2020, title: "Many", locale: "en", totalPoints: 0, roles: [{ id: "applicant", label: "A" }], scoreColumns: [{ id: "self", label: "Self", editableBy: ["applicant"] }], parts };
    writeFileSync(join(dir, "form.json"), JSON.stringify(manifest, null, 1));
    const pkg = await loadFormFolder(dir);
    expect(pkg.parts).toHaveLength(10_000);
    expect(pkg.sources.size).toBe(20_001);
    expect(checkDefinition(pkg)).toEqual([]);
  }, 60_000);
});
