/** Loading a form package from a folder, over HTTP and from a bundle object; immutability and $ref inlining. */
import { createServer } from "node:http";
import type { Server } from "node:http";
import { readFile } from "node:fs/promises";
import { join, normalize } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundleFormFiles, checkDefinition, FormDefinitionError, loadFormFiles, loadFormUrl } from "../src/index.js";
import type { FormPackage } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

const minimal = fixture("minimal-form");

function expectSamePackage(actual: FormPackage, expected: FormPackage): void {
  expect(actual.manifest).toEqual(expected.manifest);
  expect(actual.parts).toEqual(expected.parts);
  expect(actual.summarySheet).toEqual(expected.summarySheet);
  expect([...actual.sources.keys()].sort()).toEqual([...expected.sources.keys()].sort());
}

describe("loadFormFolder", () => {
  it("reads every file the manifest names", async () => {
    const pkg = await loadFormFolder(minimal);
    expect(pkg.origin).toBe(minimal);
    expect(pkg.manifest.id).toBe("example-cluster-review");
    expect(pkg.parts.map((p) => p.ref.id)).toEqual(["cover", "planning", "summary"]);
    expect(pkg.parts[1]?.rules?.criteria?.map((c) => c.id)).toEqual(["t1.organisation", "t1.plan"]);
    expect(pkg.parts[2]?.schema).toBeUndefined();
    expect(pkg.summarySheet?.columns).toHaveLength(4);
    expect([...pkg.sources.keys()].sort()).toEqual([
      "defs.schema.json",
      "form.json",
      "parts/cover.layout.json",
      "parts/cover.schema.json",
      "parts/planning.layout.json",
      "parts/planning.rules.json",
      "parts/planning.schema.json",
      "parts/summary.layout.json",
      "summary-sheet.json",
    ]);
    expect(checkDefinition(pkg)).toEqual([]);
  });

  it("inlines shared $refs, with the referring keywords winning", async () => {
    const pkg = await loadFormFolder(minimal);
    const signoff = pkg.parts[0]?.schema?.properties?.["signoff"];
    expect(signoff).toMatchObject({ type: "object", title: "申报单位盖章", required: ["signer", "date"] });
    expect(JSON.stringify(pkg.parts.map((p) => p.schema))).not.toContain("$ref");
    expect(pkg.parts[0]?.schema).not.toHaveProperty("$schema");
  });

  it("returns a deeply frozen package", async () => {
    const pkg = await loadFormFolder(minimal);
    const layout = pkg.parts[0]?.layout;
    expect(Object.isFrozen(pkg)).toBe(true);
    expect(Object.isFrozen(pkg.manifest.parts[0])).toBe(true);
    expect(Object.isFrozen(layout?.blocks[1])).toBe(true);
    expect(Object.isFrozen(pkg.parts[0]?.schema?.properties?.["contact"])).toBe(true);
    expect(() => {
      (pkg.manifest as { title: string }).title = "changed";
    }).toThrow(TypeError);
    expect(() => (pkg.sources as Map<string, unknown>).set("x", {})).toThrow(TypeError);
    expect(pkg.manifest.title).toBe("产业集群考核示例表");
  });

  it("throws FormDefinitionError with a finding when form.json is missing", async () => {
    const error = await loadFormFolder(fixture("does-not-exist")).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormDefinitionError);
    expect((error as FormDefinitionError).findings).toEqual([
      expect.objectContaining({ code: "file-missing", location: { file: "form.json", line: 1, column: 1, pointer: "" } }),
    ]);
  });

  it("reports every unreadable file at once", async () => {
    const error = (await loadFormFiles({
      files: {
        "form.json": JSON.stringify({ parts: [{ id: "a", layout: "a.json", schema: "a.schema.json" }, { id: "b", layout: "b.json" }] }),
        "a.json": "{,}",
      },
    }).catch((e: unknown) => e)) as FormDefinitionError;
    expect(error).toBeInstanceOf(FormDefinitionError);
    expect(error.findings.map((f) => `${f.code} ${f.location.file}${f.location.pointer}`).sort()).toEqual([
      "file-missing form.json/parts/0/schema",
      "file-missing form.json/parts/1/layout",
      "json-syntax a.json/",
    ]);
    expect(error.message).toContain("memory");
  });

  it("turns a source that is no URL into a FormDefinitionError", async () => {
    const error = await loadFormUrl("http://[bad").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FormDefinitionError);
    expect((error as FormDefinitionError).findings[0]?.code).toBe("file-unreadable");
  });

  it("never crashes on arbitrary JSON as a manifest", async () => {
    for (const text of ["null", "[]", "42", '"x"', '{"parts": 5}', '{"parts": [null, 3, {"id": 5, "layout": {}}]}', '{"parts": [], "sharedSchemas": "x"}']) {
      const error = await loadFormFiles({ files: { "form.json": text } }).catch((e: unknown) => e);
      if (error instanceof FormDefinitionError) expect(error.findings.length).toBeGreaterThan(0);
      else expect(error).toMatchObject({ parts: [] });
    }
  });
});

describe("loadFormUrl and loadFormFiles", () => {
  let server: Server;
  let base: string;
  const requests: string[] = [];

  beforeAll(async () => {
    server = createServer((request, response) => {
      const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
      requests.push(path);
      const prefix = "/forms/minimal/";
      if (!path.startsWith(prefix)) {
        response.writeHead(404).end();
        return;
      }
      const file = normalize(join(minimal, path.slice(prefix.length)));
      readFile(file, "utf8").then(
        (text) => response.writeHead(200, { "content-type": "application/json; charset=utf-8" }).end(text),
        () => response.writeHead(404).end(),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    base = `http://127.0.0.1:${address.port}/forms/minimal/`;
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("fetches form.json and the files it names, relative to the URL", async () => {
    const fromDisk = await loadFormFolder(minimal);
    requests.length = 0;
    const pkg = await loadFormUrl(new URL(base));
    expectSamePackage(pkg, fromDisk);
    expect(pkg.origin).toBe(base);
    expect(requests.sort()).toEqual([...fromDisk.sources.keys()].map((p) => `/forms/minimal/${p}`).sort());
  });

  it("accepts the URL of form.json itself or of the folder without a slash", async () => {
    const fromDisk = await loadFormFolder(minimal);
    expectSamePackage(await loadFormUrl(`${base}form.json`), fromDisk);
    expectSamePackage(await loadFormUrl(base.slice(0, -1)), fromDisk);
  });

  it("reports a missing file by the manifest key that names it", async () => {
    const error = (await loadFormUrl(base.replace("minimal", "elsewhere")).catch((e: unknown) => e)) as FormDefinitionError;
    expect(error).toBeInstanceOf(FormDefinitionError);
    expect(error.findings[0]?.code).toBe("file-missing");
  });
});

describe("bundleFormFiles", () => {
  it("round-trips through one JSON document", async () => {
    const pkg = await loadFormFolder(minimal);
    const bundle = JSON.parse(JSON.stringify(bundleFormFiles(pkg))) as ReturnType<typeof bundleFormFiles>;
    expect(Object.keys(bundle.files)).toHaveLength(pkg.sources.size);
    const again = await loadFormFiles(bundle);
    expectSamePackage(again, pkg);
    expect(again.origin).toBe("example-cluster-review@1.0.0");
    expect((await loadFormFiles(bundleFormFiles(pkg, { origin: "forms/minimal" }))).origin).toBe("forms/minimal");
    expect(checkDefinition(again)).toEqual([]);
  });
});
