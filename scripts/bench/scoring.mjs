// The scoring benchmark: 2020-handbook submissions scored per second on one core by the
// framework's evaluator, against the same rules applied one by one with bare json-logic-js.
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { loadFormFolder } from "../../packages/schema/dist/node.js";
import { applyPrepared, createEvaluator, operations, prepareRule, truthy } from "../../packages/rules/dist/index.js";
import { createBaseline } from "./baseline.mjs";
import { generateSubmissions } from "./generate.mjs";
import { median } from "./stats.mjs";

const root = fileURLToPath(new URL("../..", import.meta.url));
/**
 * A json-logic-js of its own for the baseline. The package is a module singleton whose operations
 * table anyone can write into (the baseline adds the custom operations); requiring a copy of its
 * file from a temporary folder gives a separate instance, and `isBare` below checks that the
 * evaluator left json-logic-js's own operations alone (json-logic-js is a dev dependency of the
 * rules package, resolved from there).
 */
function bareJsonLogic() {
  const file = createRequire(new URL("../../packages/rules/package.json", import.meta.url)).resolve("json-logic-js");
  const dir = mkdtempSync(join(tmpdir(), "cluster-form-bench-"));
  try {
    copyFileSync(file, join(dir, "logic.js"));
    return createRequire(join(dir, "index.js"))("./logic.js");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Runs `fn` over the submissions round-robin for about `ms` milliseconds. Time is the process's
 * CPU time (user + system), not wall time, so that other processes on a busy machine do not count.
 */
function run(fn, submissions, ms) {
  let count = 0;
  const cpuStart = process.cpuUsage();
  const end = performance.now() + ms;
  while (performance.now() < end) {
    for (let i = 0; i < 10; i++) fn(submissions[count++ % submissions.length]);
  }
  const cpu = process.cpuUsage(cpuStart);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  return { perSecond: (count / cpuMs) * 1000, microsPerSubmission: (cpuMs * 1000) / count, count };
}

/**
 * Many short rounds, each running every variant once in turn after a warm-up. A shared machine's
 * speed drifts by a third within seconds, so a variant's ratio to the bare loop is taken within
 * each round (measured a fraction of a second apart) and the median of those ratios is reported,
 * with their lowest and highest so that the noise shows; times are the median of the rounds.
 */
function measureAll(variants, submissions, seconds, rounds = 15) {
  const names = Object.keys(variants);
  for (const fn of Object.values(variants)) run(fn, submissions, 300);
  const micros = Object.fromEntries(names.map((name) => [name, []]));
  for (let r = 0; r < rounds; r++) {
    for (const name of names) micros[name].push(run(variants[name], submissions, (seconds * 1000) / rounds).microsPerSubmission);
  }
  return Object.fromEntries(
    names.map((name) => {
      const ratios = micros[name].map((us, round) => micros.bare[round] / us);
      const microsPerSubmission = median(micros[name]);
      return [
        name,
        { perSecond: 1e6 / microsPerSubmission, microsPerSubmission, ratio: median(ratios), lowestRatio: Math.min(...ratios), highestRatio: Math.max(...ratios), rounds },
      ];
    }),
  );
}

/**
 * The baseline's scoring loop with the evaluator's compiled rules in place of json-logic-js: each
 * rule prepared (checked and compiled) once, then applied to the same context, with the same
 * work budget. The rule engines side by side, without the evaluator's copies, findings and results.
 */
function compiledEngine() {
  const prepared = new Map();
  return {
    add_operation() {},
    truthy,
    apply(rule, data) {
      let compiled = prepared.get(rule);
      if (!compiled) prepared.set(rule, (compiled = prepareRule(rule)));
      return applyPrepared(compiled, data, 0);
    },
  };
}

/** True when `var` is json-logic-js's own: it reads inherited members, which the evaluator's safe `var` refuses. */
const isBare = (jsonLogic) => typeof jsonLogic.apply({ var: "constructor" }, {}) === "function";

const same = (a, b) => JSON.stringify(a) === JSON.stringify(b);

/** What the framework found, in the baseline's terms. */
function framework(result) {
  return {
    computed: Object.fromEntries(Object.entries(result.computed).map(([id, c]) => [id, c.value])),
    notApplicable: [...result.notApplicable].sort(),
    scores: result.criteria.map((c) => c.computed),
    vetoed: result.veto.vetoed,
  };
}

/** Asserts both paths agree on every submission; throws naming the first difference. */
function assertIdentical(evaluator, baseline, submissions) {
  submissions.forEach((submission, index) => {
    const ours = framework(evaluator.evaluate(submission));
    const bare = baseline(submission);
    const theirs = { computed: bare.computed, notApplicable: [...bare.notApplicable].sort(), scores: bare.scores, vetoed: bare.vetoed };
    for (const key of Object.keys(ours)) {
      if (!same(ours[key], theirs[key])) {
        throw new Error(`results differ on submission ${index} (${key}):\n  framework: ${JSON.stringify(ours[key])}\n  json-logic-js: ${JSON.stringify(theirs[key])}`);
      }
    }
  });
}

export async function benchScoring({ seconds = 3, count = 200 } = {}) {
  const pkg = await loadFormFolder(`${root}/forms/2020-handbook`);
  const sample = JSON.parse(await readFile(`${root}/examples/data/2020-handbook.sample.json`, "utf8"));
  // As a service, the command line or an import receives them: JSON text, parsed. Objects built by
  // cloning and changing the sample lie in memory in another order than parsed ones, which the
  // walks of validation and completeness feel more than the bare loop's reads do.
  const submissions = generateSubmissions(pkg, sample, count).map((submission) => JSON.parse(JSON.stringify(submission)));
  const full = createEvaluator(pkg);
  const rulesOnly = createEvaluator(pkg, { validator: { validate: () => [] } });
  const jsonLogic = bareJsonLogic();
  const baseline = createBaseline(pkg, jsonLogic, operations);
  const compiled = createBaseline(pkg, compiledEngine(), operations);
  assertIdentical(full, baseline, submissions);
  submissions.forEach((submission, index) => {
    if (!same(compiled(submission), baseline(submission))) throw new Error(`compiled rules and json-logic-js differ on submission ${index}`);
  });
  // The evaluator has run by now: the json-logic-js any other code would import still has its own `var`.
  const shared = createRequire(new URL("../../packages/rules/package.json", import.meta.url))("json-logic-js");
  if (!isBare(jsonLogic) || !isBare(shared)) throw new Error("the evaluator changed json-logic-js's own operations");
  const invalid = submissions.filter((s) => !full.evaluate(s).valid).length;
  const rows = submissions[0].data;
  const shape = {
    enterprises: rows.table2.enterprises.length,
    organisations: rows.table6.organisations.length,
    brandRows: Object.values(rows.table8.brands).reduce((n, g) => n + (g.items?.length ?? 0), 0),
    innovationRows: Object.values(rows.table9.innovation).reduce((n, g) => n + (g.items?.length ?? 0), 0),
    criteria: pkg.parts.reduce((n, p) => n + (p.rules?.criteria?.length ?? 0), 0),
    computed: pkg.parts.reduce((n, p) => n + (p.rules?.computed?.length ?? 0), 0),
  };
  const { bare, compiledRules, evaluate, evaluateBatch, evaluateRules } = measureAll(
    {
      bare: baseline,
      compiledRules: compiled,
      evaluate: (s) => full.evaluate(s),
      evaluateBatch: (s) => full.evaluate(s, { explain: false }),
      evaluateRules: (s) => rulesOnly.evaluate(s, { explain: false }),
    },
    submissions,
    seconds,
  );
  return { submissions: submissions.length, invalid, shape, bare, compiledRules, evaluate, evaluateBatch, evaluateRules };
}
