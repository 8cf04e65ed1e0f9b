#!/usr/bin/env node
// Hostile input to the built command (packages/cli/bin/cluster-form.js): the time and peak
// memory each case of SECURITY.md takes before it is refused. Each case runs in its own process
// under /usr/bin/time (wall time, maximum resident set size), on files written to a temp folder.
//
//   node scripts/bench-hostile.mjs [--json]
// Needs the built packages (pnpm build).
import { spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

const root = fileURLToPath(new URL("..", import.meta.url));
const BIN = join(root, "packages/cli/bin/cluster-form.js");
const META = "https://cluster-form.dev/schema/v1";
const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });

const readJson = (file) => JSON.parse(readFileSync(file, "utf8"));
const writeJson = (file, value) => writeFileSync(file, JSON.stringify(value, null, 2));

/** A copy of a form of the repository, changed by `edit(dir)`. */
function formCopy(temp, form, name, edit) {
  const dir = join(temp, name);
  cpSync(join(root, "forms", form), dir, { recursive: true });
  edit(dir);
  return dir;
}

/** The cases, each the command's arguments once its files are written to `temp`. */
const cases = [
  {
    name: "score: 1 MiB, 表6 list of 340,000 empty rows (at most 50)",
    prepare(temp) {
      const submission = readJson(join(root, "examples/data/2020-handbook.sample.json"));
      submission.data.table6.organisations = Array.from({ length: 340_000 }, () => ({}));
      const file = join(temp, "rows.json");
      writeFileSync(file, JSON.stringify(submission));
      return ["score", join(root, "forms/2020-handbook"), file, "--format", "json"];
    },
  },
  {
    name: "score: a submission nested 100,000 levels deep",
    prepare(temp) {
      const file = join(temp, "deep.json");
      writeFileSync(file, `{"data":${"[".repeat(100_000)}${"]".repeat(100_000)}}`);
      return ["score", join(root, "forms/2020-handbook"), file];
    },
  },
  {
    name: 'lint: a form with "pattern": "^(a+)+$"',
    prepare(temp) {
      const dir = formCopy(temp, "2020-handbook", "pattern", (copy) => {
        const file = join(copy, "parts/cover.schema.json");
        const schema = readJson(file);
        schema.properties.name.pattern = "^(a+)+$";
        writeJson(file, schema);
      });
      return ["lint", dir];
    },
  },
  {
    name: "lint: defs whose $refs nest 7 levels × 10",
    prepare(temp) {
      const dir = formCopy(temp, "2021-application", "ref-bomb", (copy) => {
        const file = join(copy, "defs.schema.json");
        const defs = readJson(file);
        for (let level = 0; level < 7; level++) {
          const properties = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`p${i}`, { $ref: `#/$defs/l${level + 1}` }]));
          defs.$defs[`l${level}`] = { type: "object", title: `L${level}`, properties };
        }
        defs.$defs.l7 = { type: "string", title: "leaf", maxLength: 5 };
        writeJson(file, defs);
      });
      return ["lint", dir];
    },
  },
  {
    name: "lint: a manifest of 10,000 parts",
    prepare(temp) {
      const dir = join(temp, "many-parts");
      mkdirSync(join(dir, "parts"), { recursive: true });
      const parts = Array.from({ length: 10_000 }, (_, i) => {
        const id = `p${i}`;
        const schema = { $schema: `${META}/data-schema.json`, type: "object", title: `Part ${i}`, properties: { a: { type: "string", title: "A", maxLength: 10 } } };
        const layout = { $schema: `${META}/layout.json`, part: id, blocks: [{ widget: "fields", id: "f", fields: [{ field: "/a" }] }] };
        writeFileSync(join(dir, `parts/${id}.schema.json`), JSON.stringify(schema));
        writeFileSync(join(dir, `parts/${id}.layout.json`), JSON.stringify(layout));
        return { id, title: `Part ${i}`, editableBy: ["applicant"], schema: `parts/${id}.schema.json`, layout: `parts/${id}.layout.json` };
      });
      const roles = [{ id: "applicant", label: "A" }];
      const scoreColumns = [{ id: "self", label: "Self", editableBy: ["applicant"] }];
      writeJson(join(dir, "form.json"), { $schema: `${META}/manifest.json`, id: "many", version: "1.0.0", year: 2020, title: "Many", locale: "en", totalPoints: 0, roles, scoreColumns, parts });
      return ["lint", dir];
    },
  },
];

/** The first finding code the command printed (`[code]` in text, `"code"` in JSON), or its last line. */
function outcomeOf(run) {
  const text = `${run.stderr}\n${run.stdout}`;
  const code = /\[([a-z][\w.-]*)\]/.exec(text)?.[1] ?? /"code":\s*"([^"]+)"/.exec(text)?.[1];
  return code ?? text.trim().split("\n").at(-1)?.slice(0, 80) ?? "";
}

/** Runs the command once under /usr/bin/time: exit code, outcome, wall seconds, peak resident KB, bytes written. */
function measure(args, temp) {
  const timing = join(temp, "time.txt");
  const run = spawnSync("/usr/bin/time", ["-f", "%e %M", "-o", timing, process.execPath, BIN, ...args, "--lang", "en"], { cwd: root, encoding: "utf8", maxBuffer: 2 ** 30 });
  const [seconds, kilobytes] = readFileSync(timing, "utf8").trim().split("\n").at(-1).split(" ").map(Number);
  return { exit: run.status, outcome: outcomeOf(run), seconds, peakRssMB: kilobytes / 1024, outputBytes: Buffer.byteLength(run.stdout) + Buffer.byteLength(run.stderr) };
}

const temp = mkdtempSync(join(tmpdir(), "bench-hostile-"));
const results = [];
try {
  for (const c of cases) {
    const dir = join(temp, String(results.length));
    mkdirSync(dir);
    results.push({ case: c.name, ...measure(c.prepare(dir), dir) });
  }
} finally {
  rmSync(temp, { recursive: true, force: true });
}

if (values.json) {
  process.stdout.write(JSON.stringify(results, null, 2) + "\n");
} else {
  console.log("Hostile input to the built cluster-form command: each case in its own process (/usr/bin/time)");
  // A Chinese character takes two columns of a terminal.
  const columns = (text) => text.length + (text.match(/[\u3000-\u9fff\uff00-\uffef]/g) ?? []).length;
  const pad = (text, width) => text + " ".repeat(width - columns(text));
  const width = Math.max(...results.map((r) => columns(r.case)));
  console.log(`  ${pad("case", width)}  ${"time".padStart(7)}  ${"peak RSS".padStart(9)}  ${"output".padStart(9)}  exit  outcome`);
  for (const r of results) {
    const output = r.outputBytes < 1024 ? `${r.outputBytes} B` : `${(r.outputBytes / 1024).toFixed(1)} KB`;
    console.log(`  ${pad(r.case, width)}  ${`${r.seconds.toFixed(2)} s`.padStart(7)}  ${`${r.peakRssMB.toFixed(0)} MB`.padStart(9)}  ${output.padStart(9)}  ${String(r.exit).padStart(4)}  ${r.outcome}`);
  }
}
