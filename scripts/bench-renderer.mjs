// Benchmark of @cluster-form/renderer (figures only, no assertions):
//  - sizes (scripts/bench/bundle-sizes.mjs): the element's bundle alone, its lazy chunks (English words, the compiler
//    for a raw form), the Excel bundle, the 2020 handbook's precompiled validators, what a page downloads for a built
//    and a raw form in each language (measured in Chromium), and what the bundle is made of;
//    (first render: scripts/bench-first-render.mjs)
//  - keystroke → result painted: typing in a score's field and in row 100 with 200 rows in a repeating table (the stress case), and in 表2 at its own limit of 20 rows
//    (the element as embedded by default: autosave on, each page with its own empty storage): whether the new result is drawn in the
//    frame that draws the typed character (the user never waits a frame for the score), the latency from the key press to that paint,
//    and the main thread's work per key press in traced runs of the same typing (steadier on a busy machine), hearing and deaf in turn;
//    each also with the element deaf to the typing: the floor that Chromium's own drawing of the character sets on this machine.
// Needs the built dist (`pnpm build`) and Debian's Chromium. Run: node scripts/bench-renderer.mjs
import { readFile } from "node:fs/promises";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";
import { parseArgs } from "node:util";
import { printBundleSizes } from "./bench/bundle-sizes.mjs";
import { summarizeProfile } from "./bench/profile-summary.mjs";
import { serve as serveFiles } from "./bench/static-server.mjs";
import { summarizeTrace } from "./bench/trace-summary.mjs";
import { median } from "./bench/stats.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const KEYSTROKES = Number(process.env.BENCH_KEYSTROKES ?? 60);
// Traced runs of each case, the element hearing and deaf in turn: one pair is ±2 ms on a shared machine.
const WORK_ROUNDS = Number(process.env.BENCH_WORK_ROUNDS ?? 5);
// With --profile, only the typing: each case once, traced and profiled (where its main thread's time goes), no figures.
const { values: args } = parseArgs({ options: { profile: { type: "boolean", default: false } } });

/**
 * The stress case types beside 200 rows in 表2, which allows 20: a submission over a list's bound
 * is refused whole, so the bench serves 表2's schema allowing 200 rows.
 */
async function stressTable2() {
  const text = await readFile(join(root, "forms/2020-handbook/parts/table2.schema.json"), "utf8");
  return text.replace('"maxItems": 20,', '"maxItems": 200,');
}

const serve = async () => serveFiles(root, new Map([["/forms/2020-handbook/parts/table2.schema.json", await stressTable2()]]));

const page = (bundle, validators = "") => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script>
  // Time from navigation start until the element has drawn the loaded form.
  document.addEventListener("cf-load", (event) => {
    event.target.updateComplete.then(() => { window.__firstRender = performance.now(); });
  });
</script>
<script type="module" src="/packages/renderer/dist/${bundle}"></script></head>
<body><cluster-form src="/forms/2020-handbook/form.json" form-role="applicant"${validators ? ` validators="${validators}"` : ""}></cluster-form></body></html>`;

const percentile = (values, p) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

/**
 * Fields typed into (submission pointers), with the number of rows in 表2: one that moves a score
 * and one in row 100 of a 200-row table (a computed sum follows it), the issue's stress case; and a
 * row of 表2 at its own limit of 20 rows, which is drawn whole (a long table draws only its rows in
 * view) and sits in view beside other tables.
 */
const TYPED_FIELDS = {
  "a score's field (表5, 200 rows in 表2)": { pointer: "/data/table5/rdToolsRate", rows: 200 },
  "row 100 of the 200-row table (表2)": { pointer: "/data/table2/enterprises/99/sales2020", rows: 200 },
  "row 10 of 表2 at its limit of 20 rows": { pointer: "/data/table2/enterprises/9/sales2020", rows: 20 },
};

/** The bench page with `value` loaded and the field at `pointer` focused, its text selected. */
async function openWithFocus(browser, server, value, pointer) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await tab.goto(`${server.origin}/bench.html`);
  await tab.waitForFunction(() => typeof window.__firstRender === "number", null, { timeout: 60_000 });
  await tab.evaluate(
    async ({ value, pointer }) => {
      const form = document.querySelector("cluster-form");
      form.value = value;
      await form.updateComplete;
      if (!form.focusField(pointer)) throw new Error(`no input for ${pointer}`);
      form.shadowRoot.activeElement.select();
    },
    { value, pointer },
  );
  return tab;
}

/** Types a digit, or deletes one, KEYSTROKES times: the value keeps changing and the totals move with it. */
async function typeKeys(tab) {
  for (let i = 0; i < KEYSTROKES; i++) {
    await tab.keyboard.press(i % 3 === 2 ? "Backspace" : String((i * 7) % 10));
    await tab.waitForTimeout(50);
  }
}

/**
 * Real key presses (Chromium input events, not synthetic ones) into one field. For each, from the
 * input event's time stamp: the frame that shows the new result (the element evaluates in the next
 * animation frame; this page's callback runs after it and checks the result did change), and the
 * end of that frame's rendering (a message posted from the frame runs once it has been painted).
 * "frame work" is the main thread's time from the frame's start to then: under 16.7 ms, the
 * result is painted in the first frame after the keystroke.
 *
 * With `floor`, the page stops each input event before the element hears of it: what is left is
 * Chromium drawing the typed character in this page, the part of the latency no element can cut.
 */
async function typingLatency(browser, server, value, pointer, { floor = false } = {}) {
  const tab = await openWithFocus(browser, server, value, pointer);
  await tab.evaluate(
    (floor) => {
      const form = document.querySelector("cluster-form");
      window.__samples = [];
      // Read only inside frames: reading `result` while an evaluation waits for its frame runs it at once.
      let last = form.result;
      const measure = (event) => {
        if (floor) event.stopImmediatePropagation();
        const start = event.timeStamp;
        requestAnimationFrame((frameStart) => {
          const now = form.result;
          const changed = now !== last;
          last = now;
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            const painted = performance.now();
            window.__samples.push({ latency: painted - start, frameWork: painted - frameStart, changed });
          };
          channel.port2.postMessage(0);
        });
      };
      // Bubbling out of the shadow root: after the element's own handler has asked for its frame.
      // For the floor, capturing at the window: before the element's handler.
      if (floor) window.addEventListener("input", measure, { capture: true });
      else form.addEventListener("input", measure);
    },
    floor,
  );
  await tab.waitForTimeout(500);
  await typeKeys(tab);
  await tab.waitForTimeout(200);
  const samples = await tab.evaluate(() => window.__samples);
  await tab.close();
  return samples;
}

/**
 * Main-thread work per key press, from a Chromium trace of another run of the same typing: the
 * time of every task on the page's main thread (key events, the element's frame, style, layout,
 * paint, compositing), divided by the presses. Steadier than the latency on a busy machine, as it
 * does not count time spent waiting for a frame or for the processor.
 */
async function typingWork(browser, server, value, pointer, { floor = false } = {}) {
  const tab = await openWithFocus(browser, server, value, pointer);
  if (floor) await tab.evaluate(() => window.addEventListener("input", (event) => event.stopImmediatePropagation(), { capture: true }));
  await tab.waitForTimeout(500);
  const cdp = await tab.context().newCDPSession(tab);
  const events = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "toplevel,devtools.timeline", transferMode: "ReportEvents" });
  await typeKeys(tab);
  await cdp.send("Tracing.end");
  await complete;
  await tab.close();
  // The page's main thread is the one that dispatched the key events.
  const dispatches = new Map();
  for (const event of events) if (event.name === "EventDispatch") dispatches.set(event.tid, (dispatches.get(event.tid) ?? 0) + 1);
  const main = [...dispatches].sort((a, b) => b[1] - a[1])[0]?.[0];
  const tasks = events.filter((event) => event.tid === main && event.ph === "X" && event.name === "ThreadControllerImpl::RunTask");
  const perPress = (microseconds) => microseconds / 1000 / KEYSTROKES;
  // Wall time counts the moments the thread waited for the processor; its CPU time (tdur) does not, so it holds steadier on a busy machine.
  return { wall: perPress(tasks.reduce((sum, event) => sum + event.dur, 0)), cpu: perPress(tasks.reduce((sum, event) => sum + (event.tdur ?? event.dur), 0)) };
}

/** One run of the typing in `pointer`, traced and with a CPU profile of the page's JavaScript. */
async function typingProfile(browser, server, value, pointer, { floor = false } = {}) {
  const tab = await openWithFocus(browser, server, value, pointer);
  if (floor) await tab.evaluate(() => window.addEventListener("input", (event) => event.stopImmediatePropagation(), { capture: true }));
  await tab.waitForTimeout(500);
  const cdp = await tab.context().newCDPSession(tab);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
  const events = [];
  cdp.on("Tracing.dataCollected", (data) => events.push(...data.value));
  const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve));
  await cdp.send("Tracing.start", { categories: "devtools.timeline,disabled-by-default-devtools.timeline,v8.execute,toplevel", transferMode: "ReportEvents" });
  await cdp.send("Profiler.start");
  await typeKeys(tab);
  const { profile } = await cdp.send("Profiler.stop");
  await cdp.send("Tracing.end");
  await complete;
  await tab.close();
  if (process.env.BENCH_PROFILE_OUT) writeFileSync(`${process.env.BENCH_PROFILE_OUT}${floor ? "-deaf" : ""}-${pointer.replaceAll("/", "_")}.cpuprofile`, JSON.stringify(profile));
  // The trace summary finds the page by its navigation; here it is long loaded: ms per key press instead.
  const perPress = (rows) => rows.map((row) => ({ ...row, "ms per key press": (row["self ms"] / KEYSTROKES).toFixed(2) }));
  return { trace: perPress(summarizeTrace(events)), profile: perPress(summarizeProfile(profile, root)) };
}

async function browserFigures() {
  const server = await serve();
  server.pages.set("/bench.html", page("cluster-form.bundle.js"));
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  try {
    const sample = JSON.parse(await readFile(join(root, "examples/data/2020-handbook.sample.json"), "utf8"));
    const template = sample.data.table2.enterprises[0];
    const withRows = (rows) => {
      const enterprises = Array.from({ length: rows }, (_, i) => ({ ...template, name: `${template.name}${i + 1}`, sales2020: template.sales2020 + i }));
      return { ...sample, data: { ...sample.data, table2: { ...sample.data.table2, enterprises } } };
    };
    if (args.profile) {
      for (const [name, { pointer, rows }] of Object.entries(TYPED_FIELDS)) {
        const { trace, profile } = await typingProfile(browser, server, withRows(rows), pointer);
        const deaf = await typingProfile(browser, server, withRows(rows), pointer, { floor: true });
        console.log(`Typing in ${name}, ${KEYSTROKES} key presses: the main thread's self time by kind of work`);
        console.table(trace);
        console.log("  the same typing with the element deaf to it:");
        console.table(deaf.trace);
        console.log("  its JavaScript by source file (CPU profile, through the bundle's source map):");
        console.table(profile);
      }
      return undefined;
    }
    const typing = {};
    const floors = {};
    const work = {};
    const floorWork = {};
    for (const [name, { pointer, rows }] of Object.entries(TYPED_FIELDS)) {
      const value = withRows(rows);
      typing[name] = await typingLatency(browser, server, value, pointer);
      floors[name] = await typingLatency(browser, server, value, pointer, { floor: true });
      work[name] = [];
      floorWork[name] = [];
      for (let round = 0; round < WORK_ROUNDS; round += 1) {
        work[name].push(await typingWork(browser, server, value, pointer));
        floorWork[name].push(await typingWork(browser, server, value, pointer, { floor: true }));
      }
    }
    return { typing, floors, work, floorWork };
  } finally {
    await browser.close();
    server.close();
  }
}

if (args.profile) {
  await browserFigures();
  process.exit(0);
}
await printBundleSizes(root);
const figures = await browserFigures();
const medianP95 = (values) => `median ${median(values).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms`;
const overFrame = (values) => values.filter((ms) => ms > 1000 / 60).length;
for (const [name, samples] of Object.entries(figures.typing)) {
  const latency = samples.map((s) => s.latency);
  const frame = samples.map((s) => s.frameWork);
  const floor = figures.floors[name].map((s) => s.latency);
  const floorFrame = figures.floors[name].map((s) => s.frameWork);
  const [work, floorWork] = [figures.work[name], figures.floorWork[name]];
  console.log(`Typing in ${name}, ${samples.length} real key presses (and the same typing with the element deaf to it: Chromium drawing the character alone):`);
  console.log(`  the new result drawn in the frame that draws the typed character: ${samples.filter((s) => s.changed).length} of ${samples.length}`);
  console.log(
    `  latency, key press → painted: ${medianP95(latency)}; deaf: ${medianP95(floor)}; ` +
      `the element adds ${(median(latency) - median(floor)).toFixed(1)} ms at the median, ${(percentile(latency, 0.95) - percentile(floor, 0.95)).toFixed(1)} ms at the p95`,
  );
  // Each round's share is its traced run less the deaf run beside it, so a slower stretch of the machine cancels out.
  const range = (values) => `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
  for (const [measure, label] of [["wall", "main-thread work per key press"], ["cpu", "  its CPU time (waits for the processor left out)"]]) {
    const traced = work.map((round) => round[measure]);
    const deaf = floorWork.map((round) => round[measure]);
    const shares = traced.map((ms, round) => ms - deaf[round]);
    console.log(
      `  ${label} (${traced.length} traced rounds, medians): ${median(traced).toFixed(1)} ms; deaf: ${median(deaf).toFixed(1)} ms; ` +
        `the element's share ${median(shares).toFixed(1)} ms (rounds ${range(shares)})`,
    );
  }
  console.log(
    `  that frame, its start → painted (key events, evaluation, drawing, layout, paint): ${medianP95(frame)}, ${overFrame(frame)} of ${frame.length} over 16.7 ms; ` +
      `deaf: ${medianP95(floorFrame)}, ${overFrame(floorFrame)} over 16.7 ms`,
  );
}
