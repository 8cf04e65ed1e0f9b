/** tsconfig.headless.json: the packages that run without a page fail the typecheck when they touch the DOM. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("..", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "cf-headless-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function headlessConfig(): ts.ParsedCommandLine {
  const file = join(root, "tsconfig.headless.json");
  const read = ts.readConfigFile(file, (path) => ts.sys.readFile(path));
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  return ts.parseJsonConfigFileContent(read.config, ts.sys, root, undefined, file);
}

/** The compiler's complaints about one file, checked with the headless options. */
function complaints(name: string, code: string): string[] {
  const file = join(dir, name);
  writeFileSync(file, code);
  const program = ts.createProgram([file], headlessConfig().options);
  return ts
    .getPreEmitDiagnostics(program)
    .filter((d) => d.file?.fileName === file)
    .map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"));
}

describe("tsconfig.headless.json", () => {
  it("covers the sources of schema, rules, excel and cli, and not the renderer's", () => {
    const files = headlessConfig().fileNames.map((f) => relative(root, f).replaceAll("\\", "/"));
    expect(files).toContain("packages/schema/src/index.ts");
    expect(files).toContain("packages/rules/src/index.ts");
    expect(headlessConfig().raw.include).toEqual(expect.arrayContaining(["packages/excel/src/**/*.ts", "packages/cli/src/**/*.ts"]));
    expect(files.some((f) => f.startsWith("packages/renderer/"))).toBe(false);
  });

  it("rejects document, window and HTMLElement", () => {
    const found = complaints(
      "draws.mts",
      `export const title = (): string => document.title;
export const width = (): number => window.innerWidth;
export class Widget extends HTMLElement {}
`,
    );
    expect(found.join("\n")).toMatch(/Cannot find name 'document'/);
    expect(found.join("\n")).toMatch(/Cannot find name 'window'/);
    expect(found.join("\n")).toMatch(/Cannot find name 'HTMLElement'/);
  });

  it("accepts what Node and browsers share (URL, fetch, TextEncoder)", () => {
    const found = complaints(
      "shared.mts",
      `export const here = new URL("https://example.org/form/");
export const load = (url: URL): Promise<Response> => fetch(url);
export const bytes = new TextEncoder().encode("表单").length;
`,
    );
    expect(found).toEqual([]);
  });
});
