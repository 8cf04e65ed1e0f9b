#!/usr/bin/env node
// `pnpm bench`: the scoring benchmark (2020-handbook submissions per second on one core, the
// framework against bare json-logic-js, results asserted identical), then every other
// scripts/bench-*.mjs in turn. Needs the built packages (pnpm build does it first).
//
//   node scripts/bench.mjs [--seconds 3] [--count 200] [--json] [--only scoring]
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { benchScoring } from "./bench/scoring.mjs";

const { values } = parseArgs({
  options: {
    seconds: { type: "string", default: "3" },
    count: { type: "string", default: "200" },
    json: { type: "boolean", default: false },
    only: { type: "string" },
  },
});

const fmt = (n) => Math.round(n).toLocaleString("en-US");
const result = await benchScoring({ seconds: Number(values.seconds), count: Number(values.count) });

if (values.json) {
  console.log(JSON.stringify(result, null, 2));
} else {
  const { shape, bare, compiledRules, evaluate, evaluateBatch, evaluateRules } = result;
  console.log("Scoring benchmark: forms/2020-handbook, one core (CPU time; medians of 15 interleaved rounds, ratios taken within each round)");
  console.log(
    `  ${result.submissions} generated submissions, parsed from JSON text (${shape.enterprises} enterprises, ${shape.organisations} organisations, ` +
      `${shape.brandRows} brand rows, ${shape.innovationRows} innovation rows; ${shape.criteria} criteria, ${shape.computed} computed values; ${result.invalid} invalid)`,
  );
  console.log("  results identical: computed values, applicability, criterion scores and veto of every submission");
  console.log(`  bare json-logic-js, rules one by one      ${fmt(bare.perSecond).padStart(9)} submissions/s  (${bare.microsPerSubmission.toFixed(0)} µs each)`);
  console.log(`  compiled rules, same loop as bare          ${fmt(compiledRules.perSecond).padStart(9)} submissions/s  (${compiledRules.microsPerSubmission.toFixed(0)} µs each)`);
  console.log(`  evaluator, rules only (no schema check)   ${fmt(evaluateRules.perSecond).padStart(9)} submissions/s  (${evaluateRules.microsPerSubmission.toFixed(0)} µs each)`);
  console.log(`  evaluator, batch (explain: false)         ${fmt(evaluateBatch.perSecond).padStart(9)} submissions/s  (${evaluateBatch.microsPerSubmission.toFixed(0)} µs each)`);
  console.log(`  evaluator, full result                    ${fmt(evaluate.perSecond).padStart(9)} submissions/s  (${evaluate.microsPerSubmission.toFixed(0)} µs each)`);
  const ratio = (variant) => `${variant.ratio.toFixed(2)}× (${variant.lowestRatio.toFixed(2)}–${variant.highestRatio.toFixed(2)})`;
  console.log("  ratio / bare, median of the rounds (lowest–highest):");
  console.log(`    compiled rules ${ratio(compiledRules)}; evaluator: rules only ${ratio(evaluateRules)}, batch ${ratio(evaluateBatch)}, full ${ratio(evaluate)}`);
  console.log("  (compiled rules: the bare loop with prepareRule/applyPrepared for json-logic-js, no data copy or results;");
  console.log("   rules only: no schema check, no explanations; batch adds schema validation with every error;");
  console.log("   full adds explanations; all three include applicability, completeness and findings)");
}

if (values.only === undefined) {
  const here = fileURLToPath(new URL(".", import.meta.url));
  const others = readdirSync(here).filter((name) => /^bench-.+\.mjs$/.test(name)).sort();
  for (const name of others) {
    console.log(`\n== scripts/${name}`);
    const run = spawnSync(process.execPath, [`${here}${name}`, ...(values.json ? ["--json"] : [])], { stdio: "inherit" });
    if (run.status !== 0) process.exitCode = run.status ?? 1;
  }
}
