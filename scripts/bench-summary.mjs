#!/usr/bin/env node
// Benchmark of the city data-summary sheet: summarizing N generated submissions of the 2020
// handbook (default 10,000) read from a JSON-lines file and streamed to .xlsx and .csv.
// Prints time, throughput, peak memory (process.memoryUsage().rss sampled every 20 ms) and sizes.
// The summary runs in a child process with a small V8 heap (--max-old-space-size): it could not
// finish if it held the submissions together.
//
//   node scripts/bench-summary.mjs [--count 10000] [--heap 160] [--json]
// Needs the built packages (pnpm build).
import { spawnSync } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const FORM = join(root, "forms/2020-handbook");
const SAMPLE = join(root, "examples/data/2020-handbook.sample.json");
const INVALID_EVERY = 100;

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    heap: { type: "string", default: "160" },
    json: { type: "boolean", default: false },
    child: { type: "string" },
    out: { type: "string" },
  },
});

/** A deterministic pseudo-random sequence, so every run summarizes the same data. */
function random(seed) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Writes `count` variants of the sample, one per line; every 100th has text in a number field. */
async function generate(path, count) {
  const sample = JSON.parse(await readFile(SAMPLE, "utf8"));
  const next = random(2020);
  const out = createWriteStream(path);
  for (let i = 1; i <= count; i++) {
    const s = structuredClone(sample);
    s.data.cover.name = `${sample.data.cover.name}-${i}`;
    s.data.cover.type = next() < 0.5 ? "county" : "other";
    for (const row of Object.values(s.data.table1.indicators)) {
      if (typeof row.y2020 === "number") row.y2020 = Math.round(row.y2020 * (0.5 + next()));
    }
    if (i % INVALID_EVERY === 0) s.data.table1.indicators.sales.y2020 = "unknown";
    if (!out.write(JSON.stringify(s) + "\n")) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
}

/** The child: summarize the file into `out`, sampling memory, and report as JSON. */
async function child(input, out) {
  const { loadFormPackage } = await import(join(root, "packages/schema/dist/node.js"));
  const { readSubmissionFiles, summarizeToFile } = await import(join(root, "packages/excel/dist/node.js"));
  const pkg = await loadFormPackage(FORM);
  let peakRss = process.memoryUsage().rss;
  let peakHeap = process.memoryUsage().heapUsed;
  const timer = setInterval(() => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }, 20);
  const startRss = process.memoryUsage().rss;
  const started = performance.now();
  const { report } = await summarizeToFile(pkg, readSubmissionFiles([input]), out, { mode: "final" });
  const ms = performance.now() - started;
  clearInterval(timer);
  process.stdout.write(JSON.stringify({ ms, startRss, peakRss, peakHeap, rows: report.rows, invalid: report.invalid, size: (await stat(out)).size }));
}

const mb = (bytes) => `${(bytes / 1048576).toFixed(1)} MB`;

async function main() {
  const count = Number(values.count);
  const heap = Number(values.heap);
  const dir = await mkdtemp(join(tmpdir(), "bench-summary-"));
  try {
    const input = join(dir, "submissions.jsonl");
    let t = performance.now();
    await generate(input, count);
    const generated = { ms: performance.now() - t, size: (await stat(input)).size };
    const results = {};
    for (const format of ["xlsx", "csv"]) {
      const out = join(dir, `summary.${format}`);
      const run = spawnSync(process.execPath, [`--max-old-space-size=${heap}`, fileURLToPath(import.meta.url), "--child", input, "--out", out], {
        encoding: "utf8",
        maxBuffer: 1 << 20,
      });
      if (run.status !== 0) throw new Error(`summary to ${format} failed (heap ${heap} MB):\n${run.stderr}`);
      results[format] = JSON.parse(run.stdout);
    }
    const figures = { count, heapLimitMb: heap, input: { ms: Math.round(generated.ms), bytes: generated.size }, ...results };
    if (values.json) {
      process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
      return;
    }
    console.log(`summary of ${count} submissions (2020 handbook, ${mb(generated.size)} of JSON lines, 1 in ${INVALID_EVERY} invalid)`);
    console.log(`child process heap limit: --max-old-space-size=${heap} (the input alone is ${mb(generated.size)})`);
    for (const [format, r] of Object.entries(results)) {
      console.log(
        `  ${format.padEnd(4)}  ${(r.ms / 1000).toFixed(1)} s  ${Math.round((r.rows + r.invalid) / (r.ms / 1000))} submissions/s  ` +
          `rows ${r.rows}  invalid ${r.invalid}  peak rss ${mb(r.peakRss)} (start ${mb(r.startRss)})  peak heap ${mb(r.peakHeap)}  output ${mb(r.size)}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (values.child) await child(values.child, values.out);
else await main();
