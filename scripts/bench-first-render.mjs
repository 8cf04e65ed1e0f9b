// First render, side by side in one headless Chromium: the 2020 handbook with 200 rows in 表2
// (its own limit is 20: the bench serves 表2's schema allowing 200), from navigation start to the
// end of the first frame that shows every input the page draws, median of RUNS, for
//  - <cluster-form> with the validators `cluster-form build` writes (the production path),
//  - <cluster-form> with the raw form (the element loads Ajv's compiler and compiles in the browser),
//  - JSON Forms 3 with React 19 and its vanilla renderers, the same data schemas and submission,
//    built here with vite (scripts/bench/jsonforms/).
// With --trace, one traced run of the built-form page: where its main thread's time goes.
// Needs the built dist (`pnpm build`) and Debian's Chromium. Run: node scripts/bench-first-render.mjs
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { build } from "vite";
import { serve } from "./bench/static-server.mjs";
import { summarizeProfile } from "./bench/profile-summary.mjs";
import { summarizeTrace } from "./bench/trace-summary.mjs";
import { median } from "./bench/stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const ROWS = 200;
const work = join(root, ".tmp/bench-first-render");
const { values: args } = parseArgs({ options: { trace: { type: "boolean", default: false }, json: { type: "boolean", default: false } } });

/** The handbook with 表2 allowing ROWS rows, as a folder of its own (its validators are built from it). */
function stressForm() {
  const folder = join(work, "2020-handbook");
  rmSync(folder, { recursive: true, force: true });
  cpSync(join(root, "forms/2020-handbook"), folder, { recursive: true });
  const table2 = join(folder, "parts/table2.schema.json");
  const text = readFileSync(table2, "utf8");
  if (!text.includes('"maxItems": 20,')) throw new Error("表2's schema no longer says maxItems 20: update the bench");
  writeFileSync(table2, text.replace('"maxItems": 20,', `"maxItems": ${ROWS},`));
  return folder;
}

function submissionWithRows() {
  const sample = JSON.parse(readFileSync(join(root, "examples/data/2020-handbook.sample.json"), "utf8"));
  const template = sample.data.table2.enterprises[0];
  const enterprises = Array.from({ length: ROWS }, (_, i) => ({ ...template, name: `${template.name}${i + 1}`, sales2020: template.sales2020 + i }));
  return { ...sample, data: { ...sample.data, table2: { ...sample.data.table2, enterprises } } };
}

/** Built: the form and its validators as `cluster-form build` writes them; raw: the form's folder. */
const ourPage = (built) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script src="/bench/first-render-probe.js"></script>
<script type="module" src="/packages/renderer/dist/cluster-form.bundle.js"></script></head>
<body><cluster-form form-role="applicant" ${built ? 'src="/bench/form.bundle.json" validators="/bench/validators.js"' : 'src="/.tmp/bench-first-render/2020-handbook/form.json"'}></cluster-form>
<script type="module">
  const form = document.querySelector("cluster-form");
  // The form and the submission arrive in either order; counting starts once both are in, so
  // that what is timed is the form drawn with its 200 rows, as the peer's page draws its data.
  const loaded = new Promise((resolve) => form.addEventListener("cf-load", resolve, { once: true }));
  form.value = await (await fetch("/bench/value.json")).json();
  await loaded;
  await form.updateComplete;
  __probeFirstRender(() => form.shadowRoot.querySelectorAll("input, select, textarea").length);
</script></body></html>`;

async function buildPeer() {
  const outDir = join(work, "jsonforms");
  await build({ root: join(root, "scripts/bench/jsonforms"), base: "/bench/jsonforms/", logLevel: "error", build: { outDir, emptyOutDir: true, target: "es2022" } });
  return outDir;
}


async function firstRender(browser, url) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = [];
  tab.on("pageerror", (error) => errors.push(error.message));
  await tab.goto(url);
  await tab.waitForFunction(() => typeof window.__firstRender === "number", null, { timeout: 120_000 }).catch(() => {
    throw new Error(`${url}: not drawn (${errors.join("; ") || "no error"})`);
  });
  const figures = await tab.evaluate(() => ({ ms: window.__firstRender, inputs: window.__inputs }));
  await tab.close();
  return figures;
}

/** One traced load of `url`: Chromium's trace events and a CPU profile of the page's JavaScript. */
async function traceOf(browser, url) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  await cdp.send("Profiler.start");
  const events = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,blink.user_timing,toplevel,loading", transferMode: "ReportEvents" });
  await tab.goto(url);
  await tab.waitForFunction(() => typeof window.__firstRender === "number", null, { timeout: 120_000 });
  const drawnAt = await tab.evaluate(() => window.__firstRender);
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Tracing.end");
  await complete;
  await tab.close();
  return { events, profile, drawnAt };
}

const form = stressForm();
const { loadFormFolder } = await import(join(root, "packages/schema/dist/node.js"));
const { buildValidatorsModule } = await import(join(root, "packages/cli/dist/index.js"));
const { bundleFormFiles } = await import(join(root, "packages/schema/dist/index.js"));
const pkg = await loadFormFolder(form);
const value = submissionWithRows();
const content = {
  schema: { type: "object", properties: Object.fromEntries(pkg.parts.filter((part) => part.schema).map((part) => [part.ref.id, part.schema])) },
  data: value.data,
};
const pages = new Map([
  ["/bench/first-render-probe.js", readFileSync(join(root, "scripts/bench/first-render-probe.js"))],
  ["/bench/validators.js", await buildValidatorsModule(pkg)],
  ["/bench/form.bundle.json", JSON.stringify(bundleFormFiles(pkg))],
  ["/bench/value.json", JSON.stringify(value)],
  ["/bench/content.json", JSON.stringify(content)],
  ["/bench/built.html", ourPage(true)],
  ["/bench/raw.html", ourPage(false)],
]);
const server = await serve(root, pages);
const peerDir = await buildPeer();
for (const file of ["index.html", ...readdirSync(join(peerDir, "assets")).map((name) => `assets/${name}`)]) pages.set(`/bench/jsonforms/${file}`, readFileSync(join(peerDir, file)));

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const PAGES = {
  "<cluster-form>, validators from cluster-form build": "/bench/built.html",
  "<cluster-form>, raw form (compiler chunk, compiled in the browser)": "/bench/raw.html",
  "JSON Forms 3.8, React 19, vanilla renderers": "/bench/jsonforms/index.html",
};
const results = Object.fromEntries(Object.keys(PAGES).map((name) => [name, []]));
const load = [];
try {
  // Interleaved rounds: a change in the machine's load touches every page alike.
  for (let run = 0; run < RUNS; run++) {
    load.push(loadavg()[0]);
    for (const [name, path] of Object.entries(PAGES)) results[name].push(await firstRender(browser, `${server.origin}${path}`));
  }
  const rows = Object.entries(results).map(([name, runs]) => ({
    page: name,
    "median ms": Math.round(median(runs.map((r) => r.ms))),
    "min ms": Math.round(Math.min(...runs.map((r) => r.ms))),
    "max ms": Math.round(Math.max(...runs.map((r) => r.ms))),
    inputs: runs[0].inputs,
  }));
  if (args.json) console.log(JSON.stringify({ rows, load }, null, 2));
  else {
    console.log(`First render of the 2020 handbook with ${ROWS} rows in 表2, navigation start → every drawn input painted, ${RUNS} interleaved runs (load average ${load.map((l) => l.toFixed(1)).join(", ")}):`);
    console.table(rows);
    console.log("  (<cluster-form> draws the rows of a long table near the view and parts as they scroll into view; JSON Forms draws every input)");
  }
  if (args.trace) {
    for (const path of ["/bench/built.html", "/bench/raw.html"]) {
      const { events, profile, drawnAt } = await traceOf(browser, `${server.origin}${path}`);
      console.log(`\nTrace of one load of ${path} (drawn at ${drawnAt.toFixed(0)} ms): the main thread's self time by kind of work, until drawn`);
      console.table(summarizeTrace(events, drawnAt));
      console.log("  its JavaScript by source file (CPU profile, through the bundle's source map):");
      console.table(summarizeProfile(profile, root));
    }
  }
} finally {
  await browser.close();
  server.close();
}
