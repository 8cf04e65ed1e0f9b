/** A `pattern` is explained to people by the field's description or placeholder; a form without either is warned about. */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkDefinition, validateSubmission } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

const copy = mkdtempSync(join(tmpdir(), "cf-pattern-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

describe("a pattern without a description or placeholder", () => {
  it("is a warning at the pattern, and a wrong text is told only that its format is wrong", async () => {
    cpSync(fixture("minimal-form"), copy, { recursive: true });
    const file = join(copy, "parts/cover.schema.json");
    const schema = JSON.parse(readFileSync(file, "utf8")) as { properties: { contact: { properties: { phone: Record<string, unknown> } } } };
    delete schema.properties.contact.properties.phone["description"];
    writeFileSync(file, JSON.stringify(schema, null, 2));
    const pkg = await loadFormFolder(copy);

    const findings = checkDefinition(pkg);
    expect(findings.map((f) => ({ code: f.code, severity: f.severity, file: f.location.file, pointer: f.location.pointer }))).toEqual([
      { code: "schema-pattern-unexplained", severity: "warning", file: "parts/cover.schema.json", pointer: "/properties/contact/properties/phone/pattern" },
    ]);
    expect(findings[0]?.location.line).toBeGreaterThan(1);
    expect(findings[0]?.message.zh).toContain("格式不正确");

    const submission = { form: { id: pkg.manifest.id, version: pkg.manifest.version }, data: { cover: { contact: { phone: "call me" } } } };
    const phone = validateSubmission(pkg, submission, { mode: "draft" }).find((f) => f.pointer === "/data/cover/contact/phone");
    expect(phone?.message).toEqual({ zh: "联系电话：格式不正确", en: "联系电话: not in the expected format" });
  });

  it("is not reported in the forms of this repository", async () => {
    for (const form of ["2020-handbook", "2021-application"]) {
      const pkg = await loadFormFolder(new URL(`../../../forms/${form}/`, import.meta.url).pathname);
      expect(checkDefinition(pkg).filter((f) => f.code === "schema-pattern-unexplained")).toEqual([]);
    }
  });
});
