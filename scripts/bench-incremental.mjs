// Benchmark of evaluating a submission as it is edited (figures only, no assertions): the 2020
// handbook's sample with 200 rows in 表2, one field changed per evaluation the way <cluster-form>
// changes it (the objects on the changed path replaced, the rest shared), evaluated by a fresh
// evaluator and by an incremental one (`incremental: true`). CPU time per evaluation, best of 5
// interleaved rounds. Needs the built packages. Run: node scripts/bench-incremental.mjs
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const { loadFormFolder } = await import(join(root, "packages/schema/dist/node.js"));
const { createEvaluator } = await import(join(root, "packages/rules/dist/index.js"));

const EDITS = Number(process.env.BENCH_EDITS ?? 300);
const ROUNDS = 5;

// 200 rows where 表2 allows 20 would be refused whole, before any per-row work: the stress case
// runs on a copy of the handbook whose 表2 allows 200.
const stress = await mkdtemp(join(tmpdir(), "bench-incremental-"));
await cp(join(root, "forms/2020-handbook"), stress, { recursive: true });
const table2 = join(stress, "parts/table2.schema.json");
await writeFile(table2, (await readFile(table2, "utf8")).replace('"maxItems": 20,', '"maxItems": 200,'));
const pkg = await loadFormFolder(stress);
await rm(stress, { recursive: true, force: true });
const sample = JSON.parse(await readFile(join(root, "examples/data/2020-handbook.sample.json"), "utf8"));
const template = sample.data.table2.enterprises[0];
sample.data.table2.enterprises = Array.from({ length: 200 }, (_, i) => ({ ...template, name: `${template.name}${i + 1}`, sales2020: template.sales2020 + i }));

/** The submission with `value` at data/<part>/<...path>, sharing everything off the path. */
function edited(submission, [part, ...path], value) {
  const set = (node, [key, ...rest]) => {
    const copy = Array.isArray(node) ? node.slice() : { ...node };
    copy[key] = rest.length === 0 ? value : set(node[key], rest);
    return copy;
  };
  return { ...submission, data: { ...submission.data, [part]: set(submission.data[part], path) } };
}

const FIELDS = {
  "a score's field (表5 rdToolsRate)": ["table5", "rdToolsRate"],
  "row 100 of 表2 (sales2020)": ["table2", "enterprises", 99, "sales2020"],
};

function cpuPerEvaluation(evaluator, path) {
  let submission = sample;
  evaluator.evaluate(submission);
  const start = process.cpuUsage();
  for (let i = 0; i < EDITS; i++) {
    submission = edited(submission, path, i % 2 === 0 ? 3 + i : 45 + i);
    evaluator.evaluate(submission);
  }
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000 / EDITS;
}

console.log(`Evaluation after one edit: forms/2020-handbook with 200 rows in 表2, ${EDITS} edits per round, CPU ms per evaluation (best of ${ROUNDS} rounds)`);
for (const [name, path] of Object.entries(FIELDS)) {
  const best = { fresh: Infinity, incremental: Infinity };
  for (let round = 0; round < ROUNDS; round++) {
    best.fresh = Math.min(best.fresh, cpuPerEvaluation(createEvaluator(pkg), path));
    best.incremental = Math.min(best.incremental, cpuPerEvaluation(createEvaluator(pkg, { incremental: true }), path));
  }
  console.log(`  ${name.padEnd(36)} fresh ${best.fresh.toFixed(2)} ms, incremental ${best.incremental.toFixed(2)} ms (${(best.fresh / best.incremental).toFixed(1)}× faster)`);
}
