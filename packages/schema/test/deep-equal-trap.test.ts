/**
 * Keys named `valueOf` or `toString` make Ajv's deep equality throw (it calls them). Form files and
 * submissions that hold them are reported where they hold them, and nothing throws.
 */
import { describe, expect, it } from "vitest";
import { checkDefinition, checkFormFile, createSubmissionValidator, loadFormFiles } from "../src/index.js";
import { deepEqualTrapAt } from "../src/json/deep-equal-trap.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

async function minimalFiles(): Promise<Record<string, string>> {
  const pkg = await loadFormFolder(fixture("minimal-form"));
  return Object.fromEntries([...pkg.sources].map(([path, source]) => [path, source.text]));
}

describe("deepEqualTrapAt", () => {
  it("finds the first object with an own valueOf or toString key, by JSON pointer", () => {
    expect(deepEqualTrapAt({ a: [1, { b: { toString: {} } }] })).toBe("/a/1/b");
    expect(deepEqualTrapAt([{ "x/y": { valueOf: 1 } }])).toBe("/0/x~1y");
    expect(deepEqualTrapAt({ a: { constructor: {} }, toStringX: 1 })).toBeUndefined();
    expect(deepEqualTrapAt("toString")).toBeUndefined();
  });
});

describe("a form file with such keys where the meta-schema compares items", () => {
  it("is reported at the place, for a type list and a role list (the cases robustness testing found)", async () => {
    const files = await minimalFiles();
    const schema = JSON.parse(files["parts/cover.schema.json"] as string) as Record<string, unknown>;
    schema["type"] = [{}, { toString: {} }];
    const manifest = JSON.parse(files["form.json"] as string) as { parts: { editableBy: unknown }[] };
    (manifest.parts[0] as { editableBy: unknown }).editableBy = [{ valueOf: {} }, {}];
    const pkg = await loadFormFiles({ files: { ...files, "parts/cover.schema.json": JSON.stringify(schema, null, 2), "form.json": JSON.stringify(manifest, null, 2) } });
    const findings = checkDefinition(pkg);
    expect(findings.some((f) => f.location.file === "parts/cover.schema.json" && f.location.pointer.startsWith("/type"))).toBe(true);
    expect(findings.some((f) => f.location.file === "form.json" && f.location.pointer.startsWith("/parts/0/editableBy"))).toBe(true);
    expect(checkFormFile("form.json", JSON.stringify(manifest, null, 2), "manifest").length).toBeGreaterThan(0);
  });
});

describe("a submission with such keys in an array the form wants unique", () => {
  it("is one finding at that object, not an exception", async () => {
    const files = await minimalFiles();
    const schema = JSON.parse(files["parts/cover.schema.json"] as string) as { properties: { enterprises: Record<string, unknown> } };
    schema.properties.enterprises["uniqueItems"] = true;
    const pkg = await loadFormFiles({ files: { ...files, "parts/cover.schema.json": JSON.stringify(schema, null, 2) } });
    const validator = createSubmissionValidator(pkg);
    const submission = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { cover: { enterprises: [{}, { toString: {} }] } } };
    expect(validator.validate(submission, "draft")).toEqual([
      {
        code: "submission-uncheckable",
        severity: "error",
        pointer: "/data/cover/enterprises/1",
        message: {
          zh: "/data/cover/enterprises/1 处的对象含有名为 valueOf 或 toString 的键，无法检查",
          en: 'The object at /data/cover/enterprises/1 has a key named "valueOf" or "toString": it cannot be checked',
        },
      },
    ]);
    // The same array without the trap is checked as usual: duplicates are found.
    const duplicates = { ...submission, data: { cover: { enterprises: [{ name: "甲" }, { name: "甲" }] } } };
    expect(validator.validate(duplicates, "draft").map((f) => f.code)).toContain("data-uniqueItems");
  });
});
