/** `cluster-form summarize <form> <submissions…|folder> --out summary.xlsx|summary.csv`: the city data-summary sheet. */
import { resolve } from "node:path";
import { excelCliText } from "../../excel/cli-messages.js";
import { UsageError, UserError } from "../errors.js";
import { loadForm } from "../io.js";
import { cliText } from "../messages.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition } from "../types.js";
import { withExceljs } from "../excel-module.js";

export const summarizeCommand: CommandDefinition = {
  name: "summarize",
  args: [
    { name: "form", required: true },
    { name: "submissions", required: true, variadic: true },
  ],
  options: { out: { type: "string", short: "o", value: "summary.xlsx" }, mode: { type: "string", choices: ["draft", "final"] } },
  help: (lang) => excelCliText(lang).commands.summarize,
  async run(invocation) {
    const text = excelCliText(invocation.lang);
    const out = invocation.options.out;
    if (typeof out !== "string" || out === "") throw new UsageError(cliText(invocation.lang).missingArgument("--out"));
    const [dir = "", ...inputs] = invocation.args;
    const pkg = await loadForm(dir, invocation);
    if (!pkg.summarySheet) throw new UserError(text.noSummarySheet(pkg.manifest.id));
    const mode = invocation.options.mode === "draft" ? "draft" : "final";
    // exceljs loads only when a summary is written: every other command starts without it.
    const { readSubmissionFiles, summarizeToFile } = await withExceljs(() => import("../../excel-node.js"), invocation.lang);
    const { report, files } = await summarizeToFile(pkg, readSubmissionFiles(inputs, invocation.io.cwd), resolve(invocation.io.cwd, out), { mode });
    const shown = files.map((f) => (f === resolve(invocation.io.cwd, out) ? out : f));
    invocation.io.stderr.write(text.summarized(report.rows, report.invalid, shown) + "\n");
    if (report.invalid === 0) return EXIT_OK;
    invocation.io.stderr.write(text.seeInvalid + "\n");
    return EXIT_FAILED;
  },
};
