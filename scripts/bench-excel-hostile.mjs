#!/usr/bin/env node
// Hostile Excel workbooks: how much memory and time the import takes before it refuses them.
// Generates, from the exported 2020-handbook sample, (1) a sheet whose XML expands ~20× to
// 490 MB, (2) a small file holding one 400 MB shared string, (3) the sheet of (1) declaring
// 1 KB, and imports each with importSubmissionXlsx in a child process, sampling
// process.memoryUsage().rss every 20 ms. `--before` also parses each with exceljs directly, as
// the import did before the size guard (needs about 4 GB of memory and a minute or more).
//
//   node scripts/bench-excel-hostile.mjs [--xml-mb 490] [--string-mb 400] [--before] [--json]
// Needs the built packages (pnpm build).
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { createRequire } from "node:module";

const root = fileURLToPath(new URL("..", import.meta.url));
// fflate and exceljs are dependencies of the excel package, not of the repository root.
const excelRequire = createRequire(join(root, "packages/excel/package.json"));
const { unzipSync, Zip, ZipDeflate } = excelRequire("fflate");
const FORM = join(root, "forms/2020-handbook");
const SAMPLE = join(root, "examples/data/2020-handbook.sample.json");
const SHEET = "xl/worksheets/sheet2.xml";

const { values } = parseArgs({
  options: {
    "xml-mb": { type: "string", default: "490" },
    "string-mb": { type: "string", default: "400" },
    before: { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    child: { type: "string" },
    mode: { type: "string" },
  },
});

const MB = 2 ** 20;
const mb = (bytes) => (bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`);
const encoder = new TextEncoder();

/** A zip of `parts`, with `big.name` made of the chunks `big.chunks` yields, deflated as they come. Returns the zip and the size of `big`. */
function zipWith(parts, big) {
  const chunks = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [name, bytes] of Object.entries(parts)) {
    if (name === big.name || name.endsWith("/")) continue;
    const entry = new ZipDeflate(name, { level: 6 });
    zip.add(entry);
    entry.push(bytes, true);
  }
  const entry = new ZipDeflate(big.name, { level: 6 });
  zip.add(entry);
  let expands = 0;
  for (const chunk of big.chunks) {
    expands += chunk.length;
    entry.push(chunk);
  }
  entry.push(new Uint8Array(0), true);
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { bytes: out, expands };
}

/** A sheet of about `size` bytes: rows of numbers, as a real sheet holds (compresses about 20×). */
function* sheetXml(size) {
  let state = 2020;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  yield encoder.encode('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  let written = 0;
  let row = 0;
  while (written < size) {
    let text = "";
    while (text.length < MB) {
      row++;
      text += `<row r="${row}">`;
      for (const col of ["B", "C", "D", "E", "F"]) text += `<c r="${col}${row}"><v>${next() % 10}</v></c>`;
      text += "</row>";
    }
    written += text.length;
    yield encoder.encode(text);
  }
  yield encoder.encode("</sheetData></worksheet>");
}

/** Shared strings holding one string of `size` bytes. */
function* oneString(size) {
  yield encoder.encode('<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" uniqueCount="1"><si><t>');
  const body = new Uint8Array(MB).fill(0x61);
  for (let at = 0; at < size; at += MB) yield body;
  yield encoder.encode("</t></si></sst>");
}

/** Sets the uncompressed size `name` declares in the central directory (streamed entries keep sizes there only). */
function declareSize(bytes, name, size) {
  const out = bytes.slice();
  const view = new DataView(out.buffer);
  const wanted = encoder.encode(name);
  for (let at = 0; at + 46 <= out.length; at++) {
    if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== wanted.length) continue;
    if (out.subarray(at + 46, at + 46 + wanted.length).every((b, i) => b === wanted[i])) view.setUint32(at + 24, size, true);
  }
  return out;
}

/** The child: one import of `file`, with its time, peak memory and outcome. */
async function child(file, mode) {
  const bytes = new Uint8Array(await readFile(file));
  let peakRss = process.memoryUsage().rss;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 20);
  const startRss = process.memoryUsage().rss;
  let outcome;
  let started;
  if (mode === "before") {
    const ExcelJS = excelRequire("exceljs");
    started = performance.now();
    try {
      await new ExcelJS.Workbook().xlsx.load(bytes.buffer);
      outcome = "parsed";
    } catch (error) {
      outcome = `failed: ${String(error?.message ?? error).slice(0, 80)}`;
    }
  } else {
    const { loadFormPackage } = await import(join(root, "packages/schema/dist/node.js"));
    const { importSubmissionXlsx } = await import(join(root, "packages/excel/dist/index.js"));
    const pkg = await loadFormPackage(FORM);
    started = performance.now();
    const { problems } = await importSubmissionXlsx(pkg, bytes);
    outcome = problems.map((p) => p.reason.en).join(" | ") || "imported";
  }
  const ms = performance.now() - started;
  clearInterval(timer);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
  process.stdout.write(JSON.stringify({ ms, startRss, peakRss, outcome }));
}

async function main() {
  const { loadFormPackage } = await import(join(root, "packages/schema/dist/node.js"));
  const { exportSubmissionXlsx, workbookLimits } = await import(join(root, "packages/excel/dist/index.js"));
  const pkg = await loadFormPackage(FORM);
  const parts = unzipSync(await exportSubmissionXlsx(pkg, JSON.parse(await readFile(SAMPLE, "utf8"))));
  const xmlBytes = Number(values["xml-mb"]) * MB;
  const stringBytes = Number(values["string-mb"]) * MB;
  const bomb = zipWith(parts, { name: SHEET, chunks: sheetXml(xmlBytes) });
  const string = zipWith(parts, { name: "xl/sharedStrings.xml", chunks: oneString(stringBytes) });
  const cases = [
    { name: `a sheet of ${mb(bomb.expands)} of XML`, ...bomb },
    { name: `one shared string of ${mb(string.expands)}`, ...string },
    { name: `a sheet of ${mb(bomb.expands)} of XML declaring 1 KB`, bytes: declareSize(bomb.bytes, SHEET, 1024), expands: bomb.expands },
  ];
  const dir = await mkdtemp(join(tmpdir(), "bench-excel-hostile-"));
  const results = [];
  try {
    for (const [i, c] of cases.entries()) {
      const file = join(dir, `case${i}.xlsx`);
      await writeFile(file, c.bytes);
      const row = { case: c.name, fileBytes: c.bytes.length, expandsTo: c.expands };
      for (const mode of values.before ? ["after", "before"] : ["after"]) {
        const started = performance.now();
        const run = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--child", file, "--mode", mode], { encoding: "utf8", maxBuffer: 1 << 20 });
        const wallMs = performance.now() - started;
        row[mode] =
          run.status === 0 ? JSON.parse(run.stdout) : { wallMs, outcome: `crashed after ${(wallMs / 1000).toFixed(1)} s (process wall time): ${run.stderr.split("\n").find((l) => /heap|memory|Error/.test(l)) ?? ""}` };
      }
      results.push(row);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const limits = workbookLimits(pkg);
  if (values.json) {
    process.stdout.write(JSON.stringify({ limits, results }, null, 2) + "\n");
    return;
  }
  console.log(`hostile .xlsx imports, forms/2020-handbook (limit: ${mb(limits.maxBytes)} expanded, ${limits.maxEntries} entries)`);
  for (const r of results) {
    console.log(`  ${r.case}: file ${mb(r.fileBytes)}, expands to ${mb(r.expandsTo)}`);
    for (const mode of ["after", "before"]) {
      const m = r[mode];
      if (!m) continue;
      const time = m.ms === undefined ? "" : m.ms < 1000 ? `${m.ms.toFixed(1)} ms` : `${(m.ms / 1000).toFixed(2)} s`;
      const figures = m.ms === undefined ? "" : `${time}, peak rss ${mb(m.peakRss)} (start ${mb(m.startRss)}, the file read): `;
      console.log(`    ${mode === "after" ? "size guard " : "exceljs    "} ${figures}${m.outcome}`);
    }
  }
}

if (values.child) await child(values.child, values.mode);
else await main();
