// The layering check of `pnpm lint`: dependency-cruiser with the rules of .dependency-cruiser.mjs over
// every package's sources. Each violation is printed with the files it names; any violation fails the
// check, except a cycle on the allow-list (layering-allowed-cycles.mjs), and an allow-list entry whose
// cycle is gone fails it too.
import { isAbsolute, join } from "node:path";
import { pathToFileURL } from "node:url";
import { cruise } from "dependency-cruiser";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import config from "../.dependency-cruiser.mjs";
import { allowedCycles } from "./layering-allowed-cycles.mjs";

/** A cycle's files in a fixed order, so the same cycle found from any of its modules is one key. */
const cycleKey = (files) => [...new Set(files)].sort().join(" ⇄ ");

function describe(violation) {
  if (violation.rule.name === "no-circular") {
    const files = violation.cycle.map((step) => step.name);
    return `${violation.rule.name}: ${[violation.from, ...files].join(" → ")}`;
  }
  const steps = (violation.via ?? []).map((step) => step.name).filter((name) => name !== violation.to);
  const via = steps.length > 0 ? ` (via ${steps.join(" → ")})` : "";
  const why = config.forbidden.find((rule) => rule.name === violation.rule.name)?.comment;
  return `${violation.rule.name}: ${violation.from} → ${violation.to}${via}${why ? `\n    ${why}` : ""}`;
}

/**
 * Checks the layering of the sources under `cwd`. Returns the problems (empty when the layering holds)
 * and every import cycle found, allowed or not. dependency-cruiser resolves a tsconfig's `paths` from
 * the process's directory, so `cwd` other than that suits only trees without `paths` (the tests' fixtures).
 * @param {{ cwd?: string, roots?: readonly string[], tsConfig?: string, allowed?: typeof allowedCycles }} [options]
 */
export async function checkLayers({ cwd = process.cwd(), roots = ["packages/*/src"], tsConfig = "tsconfig.json", allowed = allowedCycles } = {}) {
  const tsConfigPath = isAbsolute(tsConfig) ? tsConfig : join(cwd, tsConfig);
  const result = await cruise(
    [...roots],
    { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden }, baseDir: cwd, tsConfig: { fileName: tsConfigPath } },
    {},
    { tsConfig: extractTSConfig(tsConfigPath) },
  );
  const { violations } = result.output.summary;
  const cycles = new Map();
  for (const violation of violations) {
    if (violation.rule.name !== "no-circular") continue;
    const files = violation.cycle.map((step) => step.name);
    cycles.set(cycleKey(files), files);
  }
  const allowedKeys = new Map(allowed.map((entry) => [cycleKey(entry.files), entry]));
  const problems = [];
  const reported = new Set();
  for (const violation of violations) {
    if (violation.rule.name === "no-circular") {
      const key = cycleKey(violation.cycle.map((step) => step.name));
      if (allowedKeys.has(key) || reported.has(key)) continue;
      reported.add(key);
    }
    problems.push(describe(violation));
  }
  for (const [key, entry] of allowedKeys) {
    if (!cycles.has(key)) problems.push(`allowed cycle gone: ${key} (issue #${entry.issue}); delete its entry from scripts/layering-allowed-cycles.mjs`);
  }
  const allowedFound = [...allowedKeys.keys()].filter((key) => cycles.has(key)).length;
  return { problems, cycles: [...cycles.values()], allowedFound, modules: result.output.summary.totalCruised };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const { problems, cycles, allowedFound, modules } = await checkLayers();
  for (const problem of problems) console.error(`✗ ${problem}`);
  console.log(`layering: ${modules} modules, ${cycles.length} import cycle(s) (${allowedFound} allowed for now), ${problems.length} problem(s).`);
  process.exitCode = problems.length > 0 ? 1 : 0;
}
