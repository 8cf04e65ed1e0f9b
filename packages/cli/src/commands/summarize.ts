/** `cluster-form summarize <form> <submissions…|folder> [--out summary.xlsx|summary.csv]`: the city data-summary sheet. */
import { resolve } from "node:path";
import { keyedRecord, type FormPackage } from "@cluster-form/schema";
import { excelCliCatalogs } from "../excel-messages.js";
import { UsageError, UserError } from "../errors.js";
import { loadForm } from "../io.js";
import { cliCatalogs } from "../messages.js";
import { createProgress } from "../progress.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition, type Invocation } from "../types.js";

const DEFAULT_OUT = "summary.xlsx";

/** `--param city=<name>` (repeatable) as `{ city: "<name>" }`, each id one the sheet declares. */
function sheetParameters(pkg: FormPackage, invocation: Invocation): Record<string, string> {
  const given = invocation.options.param;
  const list = typeof given === "string" ? [given] : Array.isArray(given) ? given : [];
  const declared = (pkg.summarySheet?.parameters ?? []).map((p) => p.id);
  const text = excelCliCatalogs[invocation.lang];
  const out = keyedRecord<string>();
  for (const item of list) {
    const at = item.indexOf("=");
    const id = at > 0 ? item.slice(0, at).trim() : "";
    if (!declared.includes(id)) throw new UsageError(text.badParameter(item, declared));
    out[id] = item.slice(at + 1).trim();
  }
  return out;
}

export const summarizeCommand: CommandDefinition = {
  name: "summarize",
  args: [
    { name: "form", required: true },
    { name: "submissions", required: true, variadic: true },
  ],
  options: {
    out: { type: "string", short: "o", value: DEFAULT_OUT },
    mode: { type: "string", choices: ["draft", "final"] },
    param: { type: "string", value: "id=value", multiple: true },
  },
  help: (lang) => excelCliCatalogs[lang].commands.summarize,
  async run(invocation) {
    const text = excelCliCatalogs[invocation.lang];
    const given = invocation.options.out;
    if (given === "") throw new UsageError(cliCatalogs[invocation.lang].missingArgument("--out"));
    const out = typeof given === "string" ? given : DEFAULT_OUT;
    const [dir = "", ...inputs] = invocation.args;
    const pkg = await loadForm(dir, invocation);
    if (!pkg.summarySheet) throw new UserError(text.noSummarySheet(pkg.manifest.id));
    const parameters = sheetParameters(pkg, invocation);
    const mode = invocation.options.mode === "draft" ? "draft" : "final";
    // exceljs loads only when a summary is written: every other command starts without it.
    const { readSubmissionFiles, summarizeToFile } = await import("@cluster-form/excel/node");
    const progress = createProgress(invocation.io);
    const started = Date.now();
    const onProgress = (read: number): void => progress.update(() => cliCatalogs[invocation.lang].progress.submissions(read, Math.round(read / Math.max(0.001, (Date.now() - started) / 1000))));
    let result;
    try {
      result = await summarizeToFile(pkg, readSubmissionFiles(inputs, invocation.io.cwd), resolve(invocation.io.cwd, out), { mode, parameters, onProgress });
    } finally {
      progress.done();
    }
    const shown = result.files.map((f) => (f === resolve(invocation.io.cwd, out) ? out : f));
    invocation.io.stderr.write(text.summarized(result.report.rows, result.report.invalid, shown) + "\n");
    if (result.report.invalid === 0) return EXIT_OK;
    invocation.io.stderr.write(text.seeInvalid + "\n");
    return EXIT_FAILED;
  },
};
