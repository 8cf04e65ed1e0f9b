// Benchmark of @cluster-form/schema on the real forms (uses the built dist/: run `npx rollup -c` first).
// Usage: node packages/schema/scripts/bench.mjs [form folder…]
import { readFileSync, existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { checkDefinition, createSubmissionValidator } from "../dist/index.js";
import { loadFormFolder } from "../dist/node.js";
// The standalone validators are written by `cluster-form build` (@cluster-form/cli, built too).
import { compileStandaloneValidators } from "../dist/build.js";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const forms = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ["forms/2020-handbook", "forms/2021-application"];
const samples = {
  "hubei-cluster-handbook-2020": "examples/data/2020-handbook.sample.json",
  "hubei-cluster-application-2021": "examples/data/2021-application.sample.json",
};

const time = (fn) => {
  const start = performance.now();
  const value = fn();
  return [value, performance.now() - start];
};
const timeAsync = async (fn) => {
  const start = performance.now();
  const value = await fn();
  return [value, performance.now() - start];
};
const ms = (n) => `${n.toFixed(1)} ms`;

for (const form of forms) {
  const [pkg, loadMs] = await timeAsync(() => loadFormFolder(`${root}${form}`));
  const [findings, checkColdMs] = time(() => checkDefinition(pkg));
  const [, checkWarmMs] = time(() => checkDefinition(pkg));
  const validator = createSubmissionValidator(pkg);
  const samplePath = `${root}${samples[pkg.manifest.id] ?? ""}`;
  const sample = existsSync(samplePath) ? JSON.parse(readFileSync(samplePath, "utf8")) : { form: pkg.manifest, data: {} };
  const [, compileMs] = time(() => validator.validate(sample, "final"));
  const runs = 200;
  const [, validateMs] = time(() => {
    for (let i = 0; i < runs; i++) validator.validate(sample, "final");
  });
  const [code, standaloneMs] = time(() => compileStandaloneValidators(pkg));
  console.log(
    `${form}: ${pkg.parts.length} parts, ${pkg.sources.size} files | load ${ms(loadMs)} | checkDefinition ${ms(checkColdMs)} cold, ${ms(checkWarmMs)} warm (${findings.length} findings)` +
      ` | first validate (compiles) ${ms(compileMs)} | validate ${ms(validateMs / runs)} each | standalone ${(code.length / 1024).toFixed(0)} KiB in ${ms(standaloneMs)}`,
  );
}
