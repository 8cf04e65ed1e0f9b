/** scripts/prune-catalogs.mjs: catalog entries no module of the build names are left out of the bundles; the rest stay, whichever chunk asks. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { rollup } from "rollup";
import type { Plugin } from "rollup";
import { afterAll, describe, expect, it } from "vitest";
import { pruneCatalogs } from "../../scripts/prune-catalogs.mjs";

const MODULES: Record<string, string> = {
  "/app/main.js": `import { message } from "/app/locales/index.js";
export const loaded = message("loaded", { n: 1 });
export const later = () => import("/app/lazy.js");`,
  "/app/lazy.js": `import { message, catalogs } from "/app/locales/index.js";
export const broken = message("fileBroken", { path: "a.json" });
export const label = catalogs.zh.rowLabel({ row: 2 });`,
  "/app/locales/index.js": `import { en } from "/app/locales/en.js";
import { zh } from "/app/locales/zh.js";
export const catalogs = { zh, en };
export const message = (key, params) => ({ zh: zh[key](params), en: en[key](params) });`,
  "/app/locales/en.js": `export const en = {
  loaded: (p) => \`Loaded \${p.n} form\`,
  // only the definition checker asks for these
  unknownKey: (p) => \`Unknown key \${p.key}\`, "meta.range": () => "Out of range",
  fileBroken: (p) => \`\${p.path} is broken\`,
  rowLabel: (p) => \`row \${p.row}\`,
  neverAsked: () => "never",
};`,
  "/app/locales/zh.js": `export const zh = {
  loaded: (p) => \`已载入 \${p.n} 张表\`,
  unknownKey: (p) => \`未知的键 \${p.key}\`, "meta.range": () => "超出范围",
  fileBroken: (p) => \`\${p.path} 已损坏\`,
  rowLabel: (p) => \`第 \${p.row} 行\`,
  neverAsked: () => "从不",
};`,
};

const virtual = (): Plugin => ({
  name: "virtual",
  resolveId: (id) => (Object.hasOwn(MODULES, id) ? id : null),
  load: (id) => MODULES[id] ?? null,
});

/** The build's chunks, written to a temporary folder: their code joined, and the entry's file URL. */
async function build(): Promise<{ code: string; entry: string }> {
  const bundle = await rollup({
    input: "/app/main.js",
    preserveEntrySignatures: "allow-extension",
    plugins: [virtual(), pruneCatalogs({ include: /[\\/]locales[\\/](en|zh)\.js$/ })],
  });
  const { output } = await bundle.generate({ format: "es", sourcemap: "hidden" });
  await bundle.close();
  const dir = mkdtempSync(join(tmpdir(), "cf-prune-catalogs-"));
  directories.push(dir);
  let code = "";
  for (const file of output) {
    if (file.type !== "chunk") continue;
    writeFileSync(join(dir, file.fileName), file.code);
    code += file.code;
  }
  return { code, entry: pathToFileURL(join(dir, "main.js")).href };
}

const directories: string[] = [];
afterAll(() => {
  for (const dir of directories) rmSync(dir, { recursive: true, force: true });
});

describe("pruneCatalogs", () => {
  it("keeps the entries some chunk names, lazily loaded ones included, and drops the others", async () => {
    const { code } = await build();
    for (const kept of ["Loaded", "已载入", "is broken", "已损坏", "row ", "第 "]) expect(code).toContain(kept);
    for (const dropped of ["unknownKey", "Unknown key", "未知的键", "meta.range", "Out of range", "neverAsked", "从不"]) expect(code).not.toContain(dropped);
  });

  it("leaves code that runs and gives the same messages", async () => {
    const { entry } = await build();
    const main = (await import(entry)) as { loaded: unknown; later: () => Promise<{ broken: unknown; label: unknown }> };
    expect(main.loaded).toEqual({ zh: "已载入 1 张表", en: "Loaded 1 form" });
    const lazy = await main.later();
    expect(lazy.broken).toEqual({ zh: "a.json 已损坏", en: "a.json is broken" });
    expect(lazy.label).toBe("第 2 行");
  });
});
