// Benchmark of @cluster-form/renderer (figures only, no assertions):
//  - sizes of the self-contained bundles: input (unminified sources), minified, gzip, brotli;
//  - time to first render of the whole 2020 handbook in headless Chromium;
//  - keystroke → updated total latency, with 200 rows in a repeating table.
// Needs the built dist (`pnpm build`) and Debian's Chromium. Run: node scripts/bench-renderer.mjs
import { readFile } from "node:fs/promises";
import { createServer } from "node:http";
import { extname, join, normalize } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, gzipSync, constants } from "node:zlib";
import { chromium } from "playwright-core";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { rollup } from "rollup";
import { nodeResolve } from "@rollup/plugin-node-resolve";

const root = fileURLToPath(new URL("..", import.meta.url));
const dist = join(root, "packages/renderer/dist");
const BUNDLES = ["cluster-form.bundle.js", "cluster-form.csp.bundle.js", "cluster-form-excel.bundle.js"];
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 60);

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

async function bundleSizes() {
  const rows = [];
  for (const name of BUNDLES) {
    const code = await readFile(join(dist, name));
    const map = JSON.parse(await readFile(join(dist, `${name}.map`), "utf8"));
    const input = (map.sourcesContent ?? []).reduce((sum, text) => sum + Buffer.byteLength(text ?? ""), 0);
    rows.push({
      bundle: name,
      "input (sources)": kb(input),
      minified: kb(code.length),
      gzip: kb(gzipSync(code, { level: 9 }).length),
      brotli: kb(brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length),
    });
  }
  return rows;
}

/** The handbook's validators precompiled (Ajv standalone) and bundled for the browser, as `cluster-form build` ships them. */
async function handbookValidators() {
  const { loadFormPackage, compileStandaloneValidators } = await import(join(root, "packages/schema/dist/node.js"));
  const source = compileStandaloneValidators(await loadFormPackage(join(root, "forms/2020-handbook")), { imports: "package" });
  const entry = join(root, "packages/schema/__bench_validators__.js");
  // The CommonJS plugin is a dev dependency of the renderer, which builds such modules.
  const fromRenderer = createRequire(join(root, "packages/renderer/package.json"));
  const { default: commonjs } = await import(pathToFileURL(fromRenderer.resolve("@rollup/plugin-commonjs")).href);
  const bundle = await rollup({
    input: entry,
    plugins: [{ name: "entry", resolveId: (id) => (id === entry ? id : null), load: (id) => (id === entry ? source : null) }, nodeResolve({ browser: true }), commonjs()],
    onwarn: () => {},
  });
  const { output } = await bundle.generate({ format: "es" });
  await bundle.close();
  return output[0].code;
}

function serve() {
  const pages = new Map();
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (pages.has(path)) {
      const type = path.endsWith(".js") ? "text/javascript" : "text/html";
      response.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(pages.get(path));
      return;
    }
    const file = normalize(join(root, path));
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    try {
      const body = await readFile(file);
      const type = { ".js": "text/javascript", ".json": "application/json", ".html": "text/html" }[extname(file)] ?? "application/octet-stream";
      response.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ origin: `http://127.0.0.1:${server.address().port}`, pages, close: () => server.close() })),
  );
}

const page = (bundle, validators = "") => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script>
  // Time from navigation start until the element has drawn the loaded form.
  document.addEventListener("cf-load", (event) => {
    event.target.updateComplete.then(() => { window.__firstRender = performance.now(); });
  });
</script>
<script type="module" src="/packages/renderer/dist/${bundle}"></script></head>
<body><cluster-form src="/forms/2020-handbook/form.json" form-role="applicant" autosave="off"${validators ? ` validators="${validators}"` : ""}></cluster-form></body></html>`;

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function browserFigures() {
  const server = await serve();
  server.pages.set("/bench.html", page("cluster-form.bundle.js"));
  server.pages.set("/bench-precompiled.html", page("cluster-form.bundle.js", "/validators.js"));
  server.pages.set("/bench-csp.html", page("cluster-form.csp.bundle.js", "/validators.js"));
  server.pages.set("/validators.js", await handbookValidators());
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const firstRender = {};
    for (const path of ["/bench.html", "/bench-precompiled.html", "/bench-csp.html"]) {
      firstRender[path] = [];
      for (let run = 0; run < RUNS; run++) {
        const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await tab.goto(`${server.origin}${path}`);
        await tab.waitForFunction(() => typeof window.__firstRender === "number", null, { timeout: 60_000 });
        firstRender[path].push(await tab.evaluate(() => window.__firstRender));
        await tab.close();
      }
    }

    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await tab.goto(`${server.origin}/bench.html`);
    await tab.waitForFunction(() => typeof window.__firstRender === "number", null, { timeout: 60_000 });
    const sample = JSON.parse(await readFile(join(root, "examples/data/2020-handbook.sample.json"), "utf8"));
    const template = sample.data.table2.enterprises[0];
    sample.data.table2.enterprises = Array.from({ length: 200 }, (_, i) => ({ ...template, name: `${template.name}${i + 1}`, sales2020: template.sales2020 + i }));
    const latency = await tab.evaluate(
      async ({ value, keystrokes }) => {
        const form = document.querySelector("cluster-form");
        form.value = value;
        await form.updateComplete;
        const rows = form.shadowRoot.querySelectorAll("section#part-table2 tbody tr").length;
        // A rate whose threshold moves a criterion's points: typing alternately crosses it.
        const input = [...form.shadowRoot.querySelectorAll("input")].find((el) => el.id.endsWith("rdToolsRate"));
        const output = form.shadowRoot.querySelector(".status [data-column='self'] output");
        const times = [];
        for (let i = 0; i < keystrokes; i++) {
          input.value = i % 2 === 0 ? "3" : "45";
          const start = performance.now();
          input.dispatchEvent(new Event("input", { bubbles: true, composed: true }));
          // How long the keystroke's own handling blocks the page (evaluation waits for the next frame).
          const handler = performance.now() - start;
          // The element evaluates in the next animation frame; this callback runs after its own.
          await new Promise((resolve) => requestAnimationFrame(resolve));
          await form.updateComplete;
          const total = output.textContent;
          times.push({ ms: performance.now() - start, handler, total });
        }
        return { rows, times };
      },
      { value: sample, keystrokes: KEYSTROKES },
    );
    await tab.close();
    const ms = latency.times.map((t) => t.ms);
    const handler = latency.times.map((t) => t.handler);
    const totals = new Set(latency.times.map((t) => t.total));
    return { firstRender, rows: latency.rows, ms, handler, totals: [...totals] };
  } finally {
    await browser.close();
    server.close();
  }
}

const sizes = await bundleSizes();
console.log("Bundle sizes (targets: gzip ≤ 80 KB for the full bundle)");
console.table(sizes);
const figures = await browserFigures();
const labels = {
  "/bench.html": "full bundle, validators compiled in the browser",
  "/bench-precompiled.html": "full bundle, precompiled validators",
  "/bench-csp.html": "eval-free bundle, precompiled validators",
};
for (const [path, times] of Object.entries(figures.firstRender)) {
  console.log(`First render of the 2020 handbook (navigation start → drawn; ${labels[path]}), ${RUNS} runs: median ${median(times).toFixed(0)} ms, min ${Math.min(...times).toFixed(0)} ms, max ${Math.max(...times).toFixed(0)} ms`);
}
console.log(
  `Keystroke → updated total with ${figures.rows} rows in table 2 (${figures.ms.length} keystrokes, totals seen: ${figures.totals.join(" / ")}): median ${median(figures.ms).toFixed(1)} ms, p95 ${percentile(figures.ms, 0.95).toFixed(1)} ms, max ${Math.max(...figures.ms).toFixed(1)} ms (one frame is 16.7 ms; the total follows in the next frame); the keystroke's handler blocks the page for median ${median(figures.handler).toFixed(1)} ms, p95 ${percentile(figures.handler, 0.95).toFixed(1)} ms`,
);
