#!/usr/bin/env node
// Benchmark of a scoring command's start: `cluster-form score` of the 2020 handbook's sample, a fresh
// process each run, once checking the form at every start (no cache) and once with its pass
// remembered (packages/cli/src/checked-forms.ts). Prints the median and the spread of wall times.
//
//   node scripts/bench-cli-start.mjs [--runs 7] [--json]
// Needs the built packages (pnpm build).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values } = parseArgs({ options: { runs: { type: "string", default: "7" }, json: { type: "boolean", default: false } } });
const runs = Number(values.runs);
const args = [join(root, "packages/cli/bin/cluster-form.js"), "score", join(root, "forms/2020-handbook"), join(root, "examples/data/2020-handbook.sample.json")];

function time(cache) {
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, args, { env: { ...process.env, CLUSTER_FORM_CACHE: cache }, encoding: "utf8" });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0) throw new Error(`score exited ${run.status}: ${run.stderr}`);
  return ms;
}

function summary(times) {
  const sorted = [...times].sort((a, b) => a - b);
  return { median: sorted[Math.floor(sorted.length / 2)], min: sorted[0], max: sorted.at(-1) };
}

const cache = mkdtempSync(join(tmpdir(), "cf-bench-cache-"));
try {
  time(cache); // remembers the pass
  const checked = [];
  const remembered = [];
  // Interleaved, so that the machine's load weighs on both alike.
  for (let i = 0; i < runs; i++) {
    checked.push(time(""));
    remembered.push(time(cache));
  }
  const result = { runs, checkedEveryStart: summary(checked), passRemembered: summary(remembered) };
  if (values.json) console.log(JSON.stringify(result));
  else {
    const line = (name, s) => `${name.padEnd(28)} median ${s.median.toFixed(0)} ms  (min ${s.min.toFixed(0)}, max ${s.max.toFixed(0)})`;
    console.log(`cluster-form score, 2020 handbook sample, ${runs} runs each`);
    console.log(line("checked at every start", result.checkedEveryStart));
    console.log(line("pass remembered", result.passRemembered));
  }
} finally {
  rmSync(cache, { recursive: true, force: true });
}
