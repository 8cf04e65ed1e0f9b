/**
 * Ids become keys of objects: every load refuses one off its meta-schema's pattern (`__proto__`
 * would set a prototype instead of a key), checked or not, with the loader's usual error; and the
 * objects keyed by ids take any string as an own key even when a form skips the loader.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  assertFormIds,
  buildSubmissionSchema,
  FormDefinitionError,
  keyedRecord,
  loadFormFiles,
  loadFormUrl,
  metaSchemas,
  ownValue,
  type DefinitionFinding,
  type FormPackage,
} from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { repo } from "./helpers.js";

const temp = mkdtempSync(join(tmpdir(), "cluster-form-ids-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Json = Record<string, unknown>;
const listIn = (value: Json, key: string): Json[] => value[key] as Json[];

/** A copy of the 2020 handbook with `edit` made to one of its files, written as JSON.stringify indents it. */
function hostileCopy(name: string, file: string, edit: (value: Json) => void): { dir: string; text: string } {
  const dir = join(temp, name);
  cpSync(repo("forms/2020-handbook"), dir, { recursive: true });
  const value = JSON.parse(readFileSync(join(dir, file), "utf8")) as Json;
  edit(value);
  const text = JSON.stringify(value, null, 2);
  writeFileSync(join(dir, file), text);
  return { dir, text };
}

async function refusal(load: Promise<unknown>): Promise<FormDefinitionError> {
  const error: unknown = await load.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(FormDefinitionError);
  return error as FormDefinitionError;
}

/** Line and column (from 1) of the first `"id": "<id>"` in `text`: where the loader places a finding at that id. */
function placeOf(text: string, id: string): { line: number; column: number } {
  const offset = text.indexOf(`"id": ${JSON.stringify(id)}`);
  expect(offset).toBeGreaterThan(0);
  const before = text.slice(0, offset);
  return { line: before.split("\n").length, column: offset - before.lastIndexOf("\n") };
}

const dottedId = (metaSchemas.rules["$defs"] as Record<string, { pattern: string }>)["dottedId"]?.pattern ?? "";
const identifier = (metaSchemas.manifest["$defs"] as Record<string, { pattern: string }>)["identifier"]?.pattern ?? "";
const sheetColumnId = (): string => {
  const columns = (metaSchemas["summary-sheet"]["properties"] as Record<string, { items: { properties: { id: { pattern: string } } } }>)["columns"];
  return columns?.items.properties.id.pattern ?? "";
};

const protoComputed = (rules: Json): void => {
  listIn(rules, "computed").push({ id: "__proto__", label: "x", logic: 3 });
};

describe("a computed value of id __proto__ (the finding)", () => {
  const { dir, text } = hostileCopy("computed-proto", "parts/table1.rules.json", protoComputed);
  const expected = (finding: DefinitionFinding | undefined): void => {
    expect(finding).toEqual({
      code: "meta-pattern",
      severity: "error",
      location: { file: "parts/table1.rules.json", ...placeOf(text, "__proto__"), pointer: "/computed/5/id" },
      message: { zh: `不符合格式 ${dottedId}`, en: `Does not match the pattern ${dottedId}` },
    });
  };

  it("is refused by loadFormFolder without `check`, at its file, line, column and pointer, in Chinese and English", async () => {
    const error = await refusal(loadFormFolder(dir));
    expect(error.findings).toHaveLength(1);
    expected(error.findings[0]);
    expect(error.message).toContain(`parts/table1.rules.json:${placeOf(text, "__proto__").line}:`);
  });

  it("is refused from a bundle (form.bundle.json, the editor's files) and from a URL", async () => {
    const files: Record<string, string> = {};
    for (const path of ["form.json", "summary-sheet.json", "defs.schema.json"]) files[path] = readFileSync(join(dir, path), "utf8");
    const manifest = JSON.parse(files["form.json"] ?? "") as { parts: { schema?: string; layout: string; rules?: string }[] };
    for (const part of manifest.parts) {
      for (const path of [part.schema, part.layout, part.rules]) if (path !== undefined) files[path] = readFileSync(join(dir, path), "utf8");
    }
    expected((await refusal(loadFormFiles({ origin: "bundle", files }))).findings[0]);

    const server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname.slice(1));
      const body = Object.hasOwn(files, path) ? files[path] : undefined;
      response.writeHead(body === undefined ? 404 : 200).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      expected((await refusal(loadFormUrl(`http://127.0.0.1:${port}/form.json`))).findings[0]);
    } finally {
      server.close();
    }
  });
});

describe("every id used as a key is held to its pattern at load", () => {
  const cases: { name: string; file: string; list: string; pattern: () => string; edit: (value: Json) => void }[] = [
    { name: "a part", file: "form.json", list: "/parts/2/id", pattern: () => identifier, edit: (m) => void ((listIn(m, "parts")[2] as Json)["id"] = "__proto__") },
    { name: "a score column", file: "form.json", list: "/scoreColumns/1/id", pattern: () => identifier, edit: (m) => void ((listIn(m, "scoreColumns")[1] as Json)["id"] = "__proto__") },
    { name: "a role", file: "form.json", list: "/roles/0/id", pattern: () => identifier, edit: (m) => void ((listIn(m, "roles")[0] as Json)["id"] = "__proto__") },
    { name: "a check", file: "parts/table1.rules.json", list: "/checks/0/id", pattern: () => dottedId, edit: (r) => void ((listIn(r, "checks")[0] as Json)["id"] = "__proto__") },
    { name: "a criterion", file: "parts/table3.rules.json", list: "/criteria/1/id", pattern: () => dottedId, edit: (r) => void ((listIn(r, "criteria")[1] as Json)["id"] = "__proto__") },
    { name: "a veto", file: "parts/table10.rules.json", list: "/veto/0/id", pattern: () => dottedId, edit: (r) => void ((listIn(r, "veto")[0] as Json)["id"] = "__proto__") },
    { name: "a summary-sheet column", file: "summary-sheet.json", list: "/columns/0/id", pattern: sheetColumnId, edit: (s) => void ((listIn(s, "columns")[0] as Json)["id"] = "__proto__") },
    { name: "a summary-sheet parameter", file: "summary-sheet.json", list: "/parameters/0/id", pattern: sheetColumnId, edit: (s) => void ((listIn(s, "parameters")[0] as Json)["id"] = "__proto__") },
  ];
  for (const { name, file, list, pattern, edit } of cases) {
    it(`${name}: its meta-schema's pattern, at its place`, async () => {
      const { dir, text } = hostileCopy(name.replaceAll(" ", "-"), file, edit);
      const { findings } = await refusal(loadFormFolder(dir));
      expect(findings.filter((f) => f.code === "meta-pattern")).toEqual([
        expect.objectContaining({ location: { file, ...placeOf(text, "__proto__"), pointer: list }, message: { zh: `不符合格式 ${pattern()}`, en: `Does not match the pattern ${pattern()}` } }),
      ]);
    });
  }

  it("an id that is not a string, or missing, is refused too; a list that is not an array of objects", async () => {
    const { dir } = hostileCopy("not-strings", "parts/table9.rules.json", (rules) => {
      (listIn(rules, "criteria")[0] as Json)["id"] = { toString: "x" };
      delete (listIn(rules, "criteria")[1] as Json)["id"];
      listIn(rules, "computed")[0] = "table9.x" as unknown as Json;
      rules["checks"] = { "0": { id: "__proto__" } };
    });
    const { findings } = await refusal(loadFormFolder(dir));
    expect(findings.map((f) => [f.code, f.location.pointer, f.message.en])).toEqual([
      ["meta-type", "/computed/0", "Must be of type object"],
      ["meta-type", "/checks", "Must be of type array"],
      ["meta-type", "/criteria/0/id", "Must be of type string"],
      ["meta-required", "/criteria/1", 'Missing required key "id"'],
    ]);
  });

  it("the real forms load as before", async () => {
    for (const form of ["2020-handbook", "2021-application"]) await expect(loadFormFolder(repo(`forms/${form}`))).resolves.toBeDefined();
  });
});

/** The loaded handbook with one computed value more in table1's rules: a package made without the loader. */
async function handbookWithComputed(id: string): Promise<FormPackage> {
  const handbook = await loadFormFolder(repo("forms/2020-handbook"));
  return {
    ...handbook,
    parts: handbook.parts.map((part) =>
      part.ref.id === "table1" && part.rules ? { ...part, rules: { ...part.rules, computed: [...(part.rules.computed ?? []), { id, label: "x", logic: 3 }] } } : part,
    ),
  };
}

describe("assertFormIds: a package made without the loader", () => {
  it("is refused with the loader's error, at the id's file and pointer", async () => {
    let error: unknown;
    try {
      assertFormIds(await handbookWithComputed("__proto__"));
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(FormDefinitionError);
    expect((error as FormDefinitionError).findings).toEqual([
      {
        code: "meta-pattern",
        severity: "error",
        location: { file: "parts/table1.rules.json", line: 1, column: 1, pointer: "/computed/5/id" },
        message: { zh: `不符合格式 ${dottedId}`, en: `Does not match the pattern ${dottedId}` },
      },
    ]);
  });

  it("passes one whose ids are names", async () => {
    const sound = await handbookWithComputed("table1.extra");
    expect(() => assertFormIds(sound)).not.toThrow();
  });
});

describe("keyedRecord and ownValue", () => {
  it("any string is an own key, serialised; nothing is inherited; Object.prototype is untouched", () => {
    const record = keyedRecord<number>();
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) record[key] = key.length;
    expect(Object.keys(record)).toEqual(["__proto__", "constructor", "toString", "hasOwnProperty"]);
    expect(JSON.stringify(record)).toBe('{"__proto__":9,"constructor":11,"toString":8,"hasOwnProperty":14}');
    expect(Object.getPrototypeOf(Object.getPrototypeOf(record))).toBeNull();
    expect(ownValue(keyedRecord<number>(), "toString")).toBeUndefined();
    expect(ownValue({}, "constructor")).toBeUndefined();
    expect(ownValue(undefined, "x")).toBeUndefined();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("value");
  });
});

describe("the submission schema of a package made without the loader", () => {
  it("holds a part and a criterion of id __proto__ as own keys; Object.prototype is untouched", async () => {
    const handbook = await loadFormFolder(repo("forms/2020-handbook"));
    const hostile: FormPackage = {
      ...handbook,
      manifest: { ...handbook.manifest, scoreColumns: [...handbook.manifest.scoreColumns, { id: "__proto__", label: "x", editableBy: ["expert"] }] },
      parts: handbook.parts.map((part) => {
        if (part.ref.id === "table1") return { ...part, ref: { ...part.ref, id: "__proto__" } };
        if (part.ref.id !== "table3" || !part.rules) return part;
        const [first, ...rest] = part.rules.criteria ?? [];
        return first ? { ...part, rules: { ...part.rules, criteria: [{ ...first, id: "__proto__" }, ...rest] } } : part;
      }),
    };
    const schema = buildSubmissionSchema(hostile, "final") as { properties: Record<string, { properties: Record<string, { properties: Json }> }> };
    const parts = schema.properties["data"]?.properties as Record<string, unknown>;
    const scores = schema.properties["scores"]?.properties as Record<string, { properties: Json }>;
    expect(Object.hasOwn(parts, "__proto__")).toBe(true);
    expect(Object.keys(JSON.parse(JSON.stringify(parts)) as Json)).toContain("__proto__");
    expect(Object.hasOwn(scores, "__proto__")).toBe(true);
    expect(Object.hasOwn(scores["__proto__"]?.properties ?? {}, "__proto__")).toBe(true);
    expect(Object.getPrototypeOf(Object.getPrototypeOf(parts))).toBeNull();
    expect(Object.getOwnPropertyNames(Object.prototype)).not.toContain("type");
  });
});
