#!/usr/bin/env node
// Benchmark of the HTTP scoring service (examples/scoring-service) under hostile load, on 127.0.0.1 only:
//  - normal requests: the 2020 handbook sample scored by POST /forms/{id}/score with autocannon
//    (throughput, p50/p99 latency, errors), first on a quiet service, then while hostile clients
//    keep sending a submission whose 表6 list (its schema allows 50) holds 340,000 empty rows (1 MiB:
//    more JSON values than the form allows, refused before it is parsed), then 15,000 (within that
//    count: parsed, and refused by the library);
//  - GET /health probed every 100 ms meanwhile (worst and p99 latency, failures);
//  - what the hostile requests got (statuses, largest answer) and the service's peak resident memory (VmHWM).
// The service runs as an operator runs it: compiled with tsc, started with bin/start.js.
//
//   node scripts/bench-service.mjs [--seconds 10] [--connections 4] [--hostile 2] [--service <dir>] [--json]
// Needs the built packages (pnpm build). --service: another copy of examples/scoring-service to measure
// (e.g. an earlier commit's, extracted with git archive), compiled and started the same way.
import { execFileSync, spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";

const root = fileURLToPath(new URL("..", import.meta.url));
const FORMS = `${root}forms`;
const FORM_ID = "hubei-cluster-handbook-2020";
/** Rows of the hostile submissions: past the count of values the service allows the form, and within it. */
const HOSTILE_ROWS = [340_000, 15_000];

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "10" },
    connections: { type: "string", default: "4" },
    hostile: { type: "string", default: "2" },
    service: { type: "string", default: `${root}examples/scoring-service` },
    json: { type: "boolean", default: false },
  },
});
const seconds = Number(values.seconds);
const connections = Number(values.connections);
const hostileClients = Number(values.hostile);

/** Compiles the service and starts bin/start.js on a free port; resolves with its URL and process. */
async function startService(dir) {
  execFileSync(process.execPath, [`${root}node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"], { cwd: dir, stdio: "inherit" });
  const env = { ...process.env, LOG_LEVEL: "fatal", FORMS_DIR: FORMS };
  const child = spawn(process.execPath, ["bin/start.js", "--port", "0"], { cwd: dir, stdio: ["ignore", "pipe", "pipe"], env });
  const url = await new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk) => {
      output += chunk.toString();
      const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match) resolve(match[1]);
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`the service exited with ${code}: ${output}`)));
  });
  return { url, child };
}

/** Peak resident memory of a process so far, in MB (Linux). */
function peakRssMb(pid) {
  const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
  return match ? Number(match[1]) / 1024 : NaN;
}

const percentile = (sorted, p) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]);

/** GET /health every 100 ms until stopped: latencies and failures (5 s timeout each). */
function probeHealth(url) {
  const latencies = [];
  let failures = 0;
  let running = true;
  const done = (async () => {
    while (running) {
      const start = performance.now();
      try {
        const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(5000) });
        await response.arrayBuffer();
        if (response.ok) latencies.push(performance.now() - start);
        else failures++;
      } catch {
        failures++;
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  })();
  return async () => {
    running = false;
    await done;
    const sorted = latencies.sort((a, b) => a - b);
    return { probes: sorted.length + failures, failures, p99Ms: percentile(sorted, 99), maxMs: sorted.at(-1) ?? NaN };
  };
}

/** `clients` loops posting `body` until stopped: counts answers by status and the largest answer. */
function hostileLoad(url, body, clients) {
  const controller = new AbortController();
  const statuses = {};
  let largest = 0;
  let failures = 0;
  const loops = Array.from({ length: clients }, async () => {
    while (!controller.signal.aborted) {
      try {
        const response = await fetch(`${url}/forms/${FORM_ID}/score`, { method: "POST", headers: { "content-type": "application/json" }, body, signal: controller.signal });
        const bytes = (await response.arrayBuffer()).byteLength;
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        largest = Math.max(largest, bytes);
      } catch {
        if (!controller.signal.aborted) failures++;
      }
    }
  });
  return async () => {
    controller.abort();
    await Promise.all(loops);
    return { clients, statuses, failures, largestAnswerBytes: largest };
  };
}

async function normalLoad(url, body, duration = seconds) {
  const result = await autocannon({
    url: `${url}/forms/${FORM_ID}/score`,
    method: "POST",
    headers: { "content-type": "application/json" },
    body,
    connections,
    duration,
    timeout: 30,
  });
  return {
    requests: result.requests.total,
    // Sent but not answered when the phase ended (their latency is not in the percentiles).
    unanswered: Math.max(0, result.requests.sent - result.requests.total),
    perSecond: result.requests.average,
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    maxMs: result.latency.max,
    non2xx: result.non2xx,
    errors: result.errors,
    timeouts: result.timeouts,
  };
}

async function phase(url, body, hostileBody) {
  const stopHealth = probeHealth(url);
  const stopHostile = hostileBody ? hostileLoad(url, hostileBody, hostileClients) : undefined;
  const normal = await normalLoad(url, body);
  const hostile = stopHostile ? await stopHostile() : undefined;
  const health = await stopHealth();
  return { normal, health, ...(hostile ? { hostile } : {}) };
}

const sample = JSON.parse(await readFile(`${root}examples/data/2020-handbook.sample.json`, "utf8"));
const body = JSON.stringify(sample);
const hostileBodies = HOSTILE_ROWS.map((rows) => {
  const submission = structuredClone(sample);
  submission.data.table6.organisations = Array.from({ length: rows }, () => ({}));
  return { rows, body: JSON.stringify(submission) };
});

const { url, child } = await startService(values.service);
let figures;
try {
  // Warm-up, not counted: the service's threads compile the forms' validators on start.
  await normalLoad(url, body, 3);
  const quiet = await phase(url, body);
  const attacked = [];
  for (const hostile of hostileBodies) attacked.push({ rows: hostile.rows, bodyBytes: Buffer.byteLength(hostile.body), ...(await phase(url, body, hostile.body)) });
  const alive = await fetch(`${url}/health`, { signal: AbortSignal.timeout(30_000) }).then((r) => r.ok, () => false);
  figures = { seconds, connections, quiet, attacked, aliveAfter: alive, peakRssMb: peakRssMb(child.pid) };
} finally {
  child.kill("SIGKILL");
}

if (values.json) {
  process.stdout.write(JSON.stringify(figures, null, 2) + "\n");
} else {
  const ms = (n) => `${Number.isFinite(n) ? Math.round(n).toLocaleString("en-US") : "–"} ms`;
  const line = (name, { normal, health }) =>
    `  ${name.padEnd(44)} ${Math.round(normal.perSecond).toLocaleString("en-US").padStart(6)} req/s  p50 ${ms(normal.p50Ms).padStart(9)}  p99 ${ms(normal.p99Ms).padStart(9)}` +
    `  errors ${normal.errors + normal.non2xx}, unanswered ${normal.unanswered}   /health p99 ${ms(health.p99Ms)}, worst ${ms(health.maxMs)}, ${health.failures}/${health.probes} failed`;
  console.log(`Scoring service (${relative(root, values.service) || "."}) under hostile load: POST /forms/${FORM_ID}/score of the sample, ${connections} connections, ${seconds} s each, 127.0.0.1`);
  console.log(line("quiet", figures.quiet));
  for (const attack of figures.attacked) {
    const { hostile } = attack;
    console.log(line(`with ${hostileClients} hostile clients, ${attack.rows.toLocaleString("en-US")} rows`, attack));
    console.log(
      `    hostile: ${attack.rows.toLocaleString("en-US")} empty 表6 rows (${(attack.bodyBytes / 1048576).toFixed(2)} MiB) per request; answers by status ${JSON.stringify(hostile.statuses)}, ` +
        `${hostile.failures} failed, largest answer ${(hostile.largestAnswerBytes / 1048576).toFixed(2)} MiB`,
    );
  }
  console.log(`  service peak resident memory ${Math.round(figures.peakRssMb)} MB; answering /health afterwards: ${figures.aliveAfter ? "yes" : "NO"}`);
}
