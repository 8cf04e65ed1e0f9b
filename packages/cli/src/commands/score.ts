/**
 * `cluster-form score <form> <submission|->`: scores one submission (a table, or `--format json`),
 * or with `--ndjson` a stream of submissions, one JSON result per line.
 */
import { createReadStream } from "node:fs";
import { resolve } from "node:path";
import { createInterface } from "node:readline";
import type { FormPackage, ScoreColumnDef } from "@cluster-form/schema";
import { parseJson } from "@cluster-form/schema";
import { createEvaluator, type EvaluateOptions, type EvaluationResult, type Evaluator } from "@cluster-form/rules";
import { UsageError } from "../errors.js";
import { loadForm, parseUserJson, readSubmissionText, writeJson } from "../io.js";
import { cliText } from "../messages.js";
import { failureOf, parseFailOn, type FailOn } from "../fail-on.js";
import { createProgress } from "../progress.js";
import { renderScore } from "../score-table.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition, type Invocation } from "../types.js";

/** The score columns a role sees: those it may type into, or all of them for a role that types into none (a viewer). */
function visibleColumns(pkg: FormPackage, role: string | undefined): readonly ScoreColumnDef[] {
  const all = pkg.manifest.scoreColumns;
  if (role === undefined) return all;
  const own = all.filter((c) => c.editableBy.includes(role));
  return own.length > 0 ? own : all;
}

const pick = <T>(record: Readonly<Record<string, T>>, keys: ReadonlySet<string>): Record<string, T> =>
  Object.fromEntries(Object.entries(record).filter(([key]) => keys.has(key)));

/** The result with only the visible score columns. */
function forColumns(result: EvaluationResult, columns: readonly ScoreColumnDef[]): EvaluationResult {
  const keys = new Set(columns.map((c) => c.id));
  return {
    ...result,
    criteria: result.criteria.map((c) => ({ ...c, scores: pick(c.scores, keys) })),
    parts: result.parts.map((p) => ({ ...p, columns: pick(p.columns, keys) })),
    total: pick(result.total, keys),
  };
}

async function scoreStream(invocation: Invocation, source: string, evaluator: Evaluator, options: EvaluateOptions, columns: readonly ScoreColumnDef[], failOn: FailOn): Promise<number> {
  const input = source === "-" ? invocation.io.stdin : createReadStream(resolve(invocation.io.cwd, source));
  const lines = createInterface({ input, crlfDelay: Infinity });
  const progress = createProgress(invocation.io);
  const started = Date.now();
  let failed = 0;
  let scored = 0;
  let lineNumber = 0;
  try {
    for await (const line of lines) {
      lineNumber += 1;
      if (line.trim() === "") continue;
      scored += 1;
      progress.update(() => cliText(invocation.lang).progress.submissions(scored, Math.round(scored / Math.max(0.001, (Date.now() - started) / 1000))));
      const parsed = parseJson(cliText(invocation.lang).score.badLine(lineNumber), line);
      if (parsed.findings.length > 0) {
        // A line that is not JSON is never a result a script can trust, whatever --fail-on says.
        failed += 1;
        const first = parsed.findings[0];
        invocation.io.stdout.write(JSON.stringify({ line: lineNumber, valid: false, error: { code: first?.code, message: first?.message } }) + "\n");
        continue;
      }
      const result = forColumns(evaluator.evaluate(parsed.value, options), columns);
      if (failureOf(result, failOn)) failed += 1;
      invocation.io.stdout.write(JSON.stringify(result) + "\n");
    }
  } finally {
    progress.done();
  }
  return failed > 0 ? EXIT_FAILED : EXIT_OK;
}

/** The role a final submission comes from when --role is not given: the first that fills parts (the applicant). */
function submittingRole(pkg: FormPackage): string | undefined {
  return pkg.manifest.roles.find((r) => pkg.manifest.parts.some((p) => p.editableBy?.includes(r.id)))?.id;
}

export const scoreCommand: CommandDefinition = {
  name: "score",
  args: [
    { name: "form", required: true },
    { name: "submission", required: true },
  ],
  options: {
    format: { type: "string", choices: ["text", "json"] },
    role: { type: "string", value: "role" },
    mode: { type: "string", choices: ["draft", "final"] },
    ndjson: { type: "boolean" },
    "fail-on": { type: "string", value: "veto,invalid,incomplete" },
  },
  help: (lang) => cliText(lang).commands.score,
  async run(invocation) {
    const [dir = "", source = ""] = invocation.args;
    const pkg = await loadForm(dir, invocation);
    const role = typeof invocation.options.role === "string" ? invocation.options.role : undefined;
    const roles = pkg.manifest.roles.map((r) => r.id);
    if (role !== undefined && !roles.includes(role)) throw new UsageError(cliText(invocation.lang).badChoice("role", role, roles));
    const columns = visibleColumns(pkg, role);
    const failOn = parseFailOn(invocation.options["fail-on"], invocation.lang);
    const mode = invocation.options.mode === "final" ? "final" : "draft";
    const scoringRole = role ?? submittingRole(pkg);
    const options: EvaluateOptions = { mode, ...(scoringRole !== undefined ? { role: scoringRole } : {}) };
    const evaluator = createEvaluator(pkg);
    // A stream is batch scoring: its results carry each explanation's summary line, not its inputs and steps.
    if (invocation.options.ndjson === true) return scoreStream(invocation, source, evaluator, { ...options, explain: false }, columns, failOn);
    const submission = parseUserJson(source === "-" ? "<stdin>" : source, await readSubmissionText(source, pkg, invocation), invocation);
    const result = forColumns(evaluator.evaluate(submission, options), columns);
    const failure = failureOf(result, failOn);
    if (invocation.options.format === "json") writeJson(invocation.io, result);
    else invocation.io.stdout.write(renderScore(result, columns, invocation.lang));
    if (failure !== undefined && failure !== "invalid") {
      // "Invalid" is what the result says already; a veto or a blank fails only because --fail-on asks: said for the script's log.
      invocation.io.stderr.write(cliText(invocation.lang).score.failedOn(failure) + "\n");
    }
    return failure ? EXIT_FAILED : EXIT_OK;
  },
};
