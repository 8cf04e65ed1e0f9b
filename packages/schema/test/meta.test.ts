/** The published meta-schemas: stable ids, valid draft 2020-12, mirrored in VS Code settings and the docs. */
import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { checkFormFile, META_SCHEMA_BASE, metaSchemaId, metaSchemas } from "../src/index.js";
import type { FormFileKind } from "../src/index.js";
import { fixture } from "./helpers.js";

const metaDir = fileURLToPath(new URL("../meta/", import.meta.url));
const kinds = Object.keys(metaSchemas) as FormFileKind[];

describe("meta-schemas", () => {
  it("are the files in meta/, each with its stable $id", () => {
    expect(readdirSync(metaDir).sort()).toEqual(kinds.map((kind) => `${kind}.json`).sort());
    for (const kind of kinds) {
      const file = JSON.parse(readFileSync(`${metaDir}${kind}.json`, "utf8")) as Record<string, unknown>;
      expect(file).toEqual(metaSchemas[kind]);
      expect(file["$id"]).toBe(`${META_SCHEMA_BASE}${kind}.json`);
      expect(metaSchemaId(kind)).toBe(file["$id"]);
      expect(file["$schema"]).toBe("https://json-schema.org/draft/2020-12/schema");
    }
  });

  it("compile under Ajv's strict draft 2020-12 mode", () => {
    const ajv = new Ajv2020({ strict: true, strictTypes: false, strictRequired: false });
    addFormatsModule.default(ajv);
    for (const kind of kinds) expect(() => ajv.compile(metaSchemas[kind])).not.toThrow();
  });

  it("accept the example form's rule tests and reject a wrong one with its position", () => {
    const path = "tests/planning.json";
    const text = readFileSync(fixture(`minimal-form/${path}`), "utf8");
    expect(checkFormFile(path, text, "rule-tests")).toEqual([]);
    const broken = text.replace('"name": "government document scores 5"', '"title": "government document scores 5"');
    expect(checkFormFile(path, broken, "rule-tests").map((f) => `${f.code} ${f.location.line}:${f.location.column} ${f.location.pointer}`)).toEqual([
      "meta-required 4:5 /cases/0",
      "meta-unknown-key 5:7 /cases/0/title",
    ]);
  });

  it("suggest the key or value that a misspelt one was probably meant to be", () => {
    const layout = (block: string): string =>
      `{\n  "$schema": "https://cluster-form.dev/schema/v1/layout.json",\n  "part": "cover",\n  "blocks": [${block}]\n}\n`;
    expect(checkFormFile("l.json", layout('{ "widget": "narative", "field": "/a" }'), "layout")).toMatchObject([
      { code: "meta-value", location: { line: 4, column: 16, pointer: "/blocks/0/widget" }, message: { en: expect.stringMatching(/did you mean "narrative"\?$/) } },
    ]);
    expect(checkFormFile("l.json", layout('{ "widget": "signoff", "feild": "/a" }'), "layout")).toMatchObject([
      { code: "meta-required", location: { pointer: "/blocks/0" } },
      { code: "meta-unknown-key", location: { pointer: "/blocks/0/feild" }, message: { zh: '未知的键 "feild"；是否应为 "field"？' } },
    ]);
    expect(checkFormFile("l.json", layout('{ "widget": "table" }'), "layout")[0]?.message.en).not.toContain("did you mean");
  });

  it("are registered in .vscode/settings.json by $id, with the current content", () => {
    const script = fileURLToPath(new URL("../scripts/vscode-settings.mjs", import.meta.url));
    expect(() => execFileSync(process.execPath, [script, "--check"], { stdio: "pipe" })).not.toThrow();
    const settings = JSON.parse(readFileSync(fileURLToPath(new URL("../../../.vscode/settings.json", import.meta.url)), "utf8")) as {
      "json.schemas": { url: string; schema: unknown }[];
    };
    expect(settings["json.schemas"].map((entry) => entry.url).sort()).toEqual(kinds.map(metaSchemaId).sort());
  });
});

describe("docs/form-format.md", () => {
  it("shows the example form exactly as the fixture has it", () => {
    const docs = readFileSync(fileURLToPath(new URL("../../../docs/form-format.md", import.meta.url)), "utf8");
    const files = [
      "form.json",
      "defs.schema.json",
      "parts/cover.schema.json",
      "parts/cover.layout.json",
      "parts/planning.schema.json",
      "parts/planning.layout.json",
      "parts/planning.rules.json",
      "parts/summary.layout.json",
      "summary-sheet.json",
      "tests/planning.json",
    ];
    for (const file of files) {
      const text = readFileSync(fixture(`minimal-form/${file}`), "utf8").trimEnd();
      expect(docs.includes("```json\n" + text + "\n```"), file).toBe(true);
    }
  });
});
