/**
 * The editor's catalogs follow docs/translations.md: each `<feature>.zh.ts`/`.en.ts` pair beside its
 * `<feature>.catalog.ts` and importing only it; both languages with the same keys; the English
 * wording free of Chinese, so that switching the page's language switches every word of it.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { editorCatalogs } from "../src/locales/index.js";
import { editsEn } from "../src/locales/edits.en.js";
import { editsZh } from "../src/locales/edits.zh.js";

const folder = fileURLToPath(new URL("../src/locales/", import.meta.url));
const files = readdirSync(folder);

/** Every key path of a catalog, with what it holds (text or a function of its parameters). */
function shape(catalog: unknown, prefix = ""): string[] {
  if (typeof catalog !== "object" || catalog === null) return [`${prefix}:${typeof catalog}`];
  return Object.entries(catalog).flatMap(([key, value]) => shape(value, `${prefix}.${key}`));
}

/** Every string a catalog gives, its functions called with sample parameters. */
function words(catalog: unknown): string[] {
  if (typeof catalog === "string") return [catalog];
  if (typeof catalog === "function") return [String((catalog as (...args: unknown[]) => unknown)("x", 1, 2))];
  if (typeof catalog !== "object" || catalog === null) return [];
  return Object.values(catalog).flatMap(words);
}

const CHINESE = /[\u3400-\u9fff\uff00-\uffef]/;

describe("the editor's catalogs", () => {
  it("each wording file has its catalog type beside it and imports only that", () => {
    const wordings = files.filter((f) => /\.(zh|en)\.ts$/.test(f));
    expect(wordings.sort()).toEqual(["editor.en.ts", "editor.zh.ts", "edits.en.ts", "edits.zh.ts"]);
    for (const file of wordings) {
      const feature = file.replace(/\.(zh|en)\.ts$/, "");
      expect(files, file).toContain(`${feature}.catalog.ts`);
      const imports = [...readFileSync(`${folder}${file}`, "utf8").matchAll(/^import .* from "([^"]+)";$/gm)].map((m) => m[1]);
      expect(imports, file).toEqual([`./${feature}.catalog.js`]);
    }
    for (const file of files.filter((f) => f.endsWith(".catalog.ts"))) {
      expect(readFileSync(`${folder}${file}`, "utf8"), file).not.toMatch(/^import (?!type)/m);
    }
  });

  it("both languages have the same keys, each a text or a function in both", () => {
    expect(shape(editorCatalogs.en)).toEqual(shape(editorCatalogs.zh));
    expect(shape(editsEn)).toEqual(shape(editsZh));
  });

  it("the English wording has no Chinese (the switch names each language in itself from its own catalog)", () => {
    const english = [...words(editorCatalogs.en), ...words(editsEn)].filter((text) => CHINESE.test(text));
    expect(english).toEqual([]);
    expect(words(editorCatalogs.zh).filter((text) => CHINESE.test(text)).length).toBeGreaterThan(100);
  });
});
