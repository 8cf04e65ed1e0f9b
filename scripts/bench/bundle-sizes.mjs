// The size part of `pnpm bench` (scripts/bench-renderer.mjs prints it): what the element costs a page.
//  - the figures issue 19 names, in bytes gzip -9: the element's bundle alone (its entry and the form chunk every
//    form loads: Lit, the widgets, the loader and the evaluator; target at most 45 KB), the compiler's chunk, and what a
//    Chinese page downloads (scripts) for a built form and for a raw one;
//  - the files: the element's bundle alone (its entry module), the chunks it loads lazily (the form chunk:
//    the loader, validation and evaluator; English words; Ajv's compiler for a raw form, …), the Excel bundle, and the 2020 handbook's validators as
//    `cluster-form build` writes them; minified, gzip -9 and brotli, with their unminified input;
//  - what a page downloads, measured in Chromium: every script a page with the 2020 handbook fetches until
//    the form is drawn, for a built form and a raw one, in Chinese and in English (besides the form's files);
//  - what the element's bundle and its form chunk are made of: minified bytes by source folder, read from
//    their source maps.
// Needs the built dist (`pnpm build`) and Debian's Chromium.
import { readFile } from "node:fs/promises";
import { join, posix } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { TraceMap, eachMapping } from "@jridgewell/trace-mapping";
import { chromium } from "playwright-core";
import { serve } from "./static-server.mjs";

const ELEMENT = "cluster-form.bundle.js";
const EXCEL = "cluster-form-excel.bundle.js";
const FORM = "forms/2020-handbook";

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const gzipBytes = (code) => gzipSync(code, { level: 9 }).length;

const sizesOf = (name, code, input) => ({
  file: name,
  "input (sources)": kb(input),
  minified: kb(code.length),
  gzip: kb(gzipBytes(code)),
  brotli: kb(brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
});

async function fileSizes(dist, names) {
  const rows = [];
  for (const name of names) {
    const code = await readFile(join(dist, name));
    const map = JSON.parse(await readFile(join(dist, `${name}.map`), "utf8"));
    const input = (map.sourcesContent ?? []).reduce((sum, text) => sum + Buffer.byteLength(text ?? ""), 0);
    rows.push(sizesOf(name, code, input));
  }
  return rows;
}

/**
 * The chunks the element's bundle loads (import("./bundle-chunks/…")), and those they import in turn
 * (the compiler's chunk is imported by the form's chunk), found in their code.
 */
async function lazyChunks(dist) {
  const found = new Set();
  const pending = [ELEMENT];
  while (pending.length > 0) {
    const file = pending.pop();
    const code = await readFile(join(dist, file), "utf8");
    const folder = file.includes("/") ? file.slice(0, file.lastIndexOf("/") + 1) : "";
    for (const [, name] of code.matchAll(/(?:import\(\s*|from\s*|import\s*)["']\.\/([\w./-]+\.js)["']/g)) {
      const chunk = `${folder}${name}`;
      if (chunk.startsWith("bundle-chunks/") && !found.has(chunk)) {
        found.add(chunk);
        pending.push(chunk);
      }
    }
  }
  return [...found].sort();
}

/** The handbook's validators as `cluster-form build` writes them (Ajv standalone code, helpers copied in, minified). */
async function handbookBuild(root) {
  const { loadFormFolder } = await import(join(root, "packages/schema/dist/node.js"));
  const { bundleFormFiles } = await import(join(root, "packages/schema/dist/index.js"));
  const { compileStandaloneValidators } = await import(join(root, "packages/schema/dist/build.js"));
  const { minifyStandaloneValidators } = await import(join(root, "packages/cli/dist/index.js"));
  const pkg = await loadFormFolder(join(root, FORM));
  const source = compileStandaloneValidators(pkg, { imports: "inline" });
  const validators = await minifyStandaloneValidators(source);
  return {
    validators,
    formBundle: JSON.stringify(bundleFormFiles(pkg)),
    sizes: sizesOf("2020-handbook validators.js (cluster-form build)", Buffer.from(validators), Buffer.byteLength(source)),
  };
}

const PAGES = {
  "built form, Chinese page": { lang: "zh-CN", built: true },
  "built form, English page": { lang: "en", built: true },
  "raw form, Chinese page": { lang: "zh-CN", built: false },
  "raw form, English page": { lang: "en", built: false },
};

const pageHtml = ({ lang, built }) => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">
<script type="module" src="/packages/renderer/dist/${ELEMENT}"></script></head>
<body><cluster-form ${built ? 'src="/build/form.bundle.json" validators="/build/validators.js"' : `src="/${FORM}/form.json"`} form-role="applicant" autosave="off"></cluster-form></body></html>`;

/** The scripts each page fetches until its form is drawn and the network is idle: names and gzip bytes. */
async function pageDownloads(browser, root, build) {
  const server = await serve(root, new Map([
    ["/build/form.bundle.json", build.formBundle],
    ["/build/validators.js", build.validators],
  ]));
  const rows = [];
  try {
    for (const [name, options] of Object.entries(PAGES)) {
      server.pages.set("/page.html", pageHtml(options));
      const tab = await browser.newPage();
      const scripts = [];
      tab.on("response", (response) => {
        if (response.request().resourceType() === "script") scripts.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, gzip: gzipBytes(body) })));
      });
      await tab.goto(`${server.origin}/page.html`);
      await tab.waitForFunction(() => Boolean(document.querySelector("cluster-form")?.shadowRoot?.querySelector("section.part")), null, { timeout: 60_000 });
      await tab.waitForLoadState("networkidle");
      const fetched = await Promise.all(scripts);
      await tab.close();
      const files = fetched.map(({ path }) => path.replace(/^.*\/dist\//, "").replace(/^\/build\//, "").replace(/-[\w-]{8}\.js$/, ".js"));
      rows.push({ page: name, "scripts, gzip": kb(fetched.reduce((sum, { gzip }) => sum + gzip, 0)), bytes: fetched.reduce((sum, { gzip }) => sum + gzip, 0), files: files.join(" + ") });
    }
  } finally {
    server.close();
  }
  return rows;
}

/** Minified bytes of one of the element's files by source folder (a dependency counts as one), from its source map. */
async function composition(dist, file) {
  const code = await readFile(join(dist, file), "utf8");
  const map = new TraceMap(JSON.parse(await readFile(join(dist, `${file}.map`), "utf8")));
  const lines = code.split("\n");
  const segments = [];
  eachMapping(map, (segment) => segments.push(segment));
  segments.sort((a, b) => a.generatedLine - b.generatedLine || a.generatedColumn - b.generatedColumn);
  const bytes = new Map();
  segments.forEach((segment, i) => {
    const next = segments[i + 1];
    const end = next && next.generatedLine === segment.generatedLine ? next.generatedColumn : lines[segment.generatedLine - 1].length;
    const source = segment.source ?? "(unmapped)";
    const dependency = /node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?((?:@[^/]+\/)?[^/]+)/.exec(source);
    const group = dependency ? dependency[1] : source.replace(/^(\.\.\/)+/, "").replace(/\/[^/]+$/, "").replace(/^src\b/, "renderer/src");
    bytes.set(group, (bytes.get(group) ?? 0) + end - segment.generatedColumn);
  });
  return [...bytes].sort((a, b) => b[1] - a[1]).map(([folder, size]) => ({ folder, minified: kb(size), share: `${((100 * size) / code.length).toFixed(1)} %` }));
}

/** `files` of the element's dist and every file they import statically, transitively (not `import()`: those load on use). */
async function withStaticImports(dist, files) {
  const found = new Set(files);
  for (const file of found) {
    const code = await readFile(join(dist, file), "utf8");
    for (const [, target] of code.matchAll(/\b(?:import|export)\s*(?:[^"'()]*?from\s*)?["'](\.{1,2}\/[^"']+\.js)["']/g)) {
      found.add(posix.join(posix.dirname(file), target));
    }
  }
  return [...found];
}

/** The gzip -9 bytes of a file of the element's dist. */
const gzipOf = async (dist, file) => gzipBytes(await readFile(join(dist, file)));

/** Prints the figures. */
export async function printBundleSizes(root) {
  const dist = join(root, "packages/renderer/dist");
  const build = await handbookBuild(root);
  const chunks = await lazyChunks(dist);
  // The chunk every page with a form loads with it: the loader, the validation and the evaluator.
  const formChunk = chunks.find((chunk) => /^bundle-chunks\/load-/.test(chunk));
  const compilerChunk = chunks.find((chunk) => /^bundle-chunks\/compiler-/.test(chunk));
  const files = await fileSizes(dist, [ELEMENT, ...chunks, EXCEL]);
  console.log("The element's files (lazy chunks are loaded on first use: the form chunk with a form, English words on an English page,");
  console.log("the compiler and the pattern check for a raw form)");
  console.table([...files, build.sizes]);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium", args: ["--headless", "--no-sandbox", "--disable-gpu"] });
  let pages;
  try {
    pages = await pageDownloads(browser, root, build);
  } finally {
    await browser.close();
  }
  // The form chunk with what it imports: a chunk the compiler shares with it is downloaded by every page too.
  const alone = await withStaticImports(dist, formChunk ? [ELEMENT, formChunk] : [ELEMENT]);
  const aloneBytes = await Promise.all(alone.map((file) => gzipOf(dist, file)));
  const aloneTotal = aloneBytes.reduce((sum, bytes) => sum + bytes, 0);
  const compiler = compilerChunk ? await gzipOf(dist, compilerChunk) : 0;
  const bytesOf = (page) => pages.find((row) => row.page === page)?.bytes ?? 0;
  console.log("The figures of issue 19 (gzip -9 bytes; scripts only, the form's own files besides)");
  console.table([
    {
      figure: "the element's bundle alone: entry + form chunk (target ≤ 45 KB)",
      bytes: aloneTotal,
      KB: kb(aloneTotal),
      of: alone.map((file, i) => `${file} ${aloneBytes[i]}`).join(" + "),
    },
    { figure: "the compiler's chunk (raw forms only)", bytes: compiler, KB: kb(compiler), of: compilerChunk ?? "(none)" },
    { figure: "a page with a built form downloads", bytes: bytesOf("built form, Chinese page"), KB: kb(bytesOf("built form, Chinese page")), of: "the element's bundle + the form's validators (cluster-form build)" },
    { figure: "a page with a raw form downloads", bytes: bytesOf("raw form, Chinese page"), KB: kb(bytesOf("raw form, Chinese page")), of: "the element's bundle + the compiler + the pattern check" },
  ]);
  console.log("What a page with the 2020 handbook downloads until the form is drawn (scripts; the form's own files besides)");
  console.table(pages.map((row) => ({ page: row.page, "scripts, gzip": row["scripts, gzip"], files: row.files })));
  console.log("What the element's bundle is made of (minified bytes by source folder, the 15 largest)");
  console.table((await composition(dist, ELEMENT)).slice(0, 15));
  if (formChunk) {
    console.log(`What its form chunk is made of (${formChunk}, the 15 largest folders)`);
    console.table((await composition(dist, formChunk)).slice(0, 15));
  }
}

// `node scripts/bench/bundle-sizes.mjs`: the size part alone.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await printBundleSizes(fileURLToPath(new URL("../..", import.meta.url)));
