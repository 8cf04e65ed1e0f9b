/** `cluster-form export <form> <submission.json> --out file.xlsx`: a submission as an Excel workbook. */
import { writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { createEvaluator } from "@cluster-form/rules";
import { excelCliText } from "../excel-messages.js";
import { loadForm, parseUserJson, readSubmissionText } from "../io.js";
import { EXIT_OK, type CommandDefinition } from "../types.js";

/** `a/b.json` → `a/b.xlsx`; standard input → `submission.xlsx`. */
function defaultOut(input: string): string {
  return input === "-" ? "submission.xlsx" : input.replace(/(\.json)?$/i, ".xlsx");
}

export const exportCommand: CommandDefinition = {
  name: "export",
  args: [
    { name: "form", required: true },
    { name: "submission.json", required: true },
  ],
  options: { out: { type: "string", short: "o", value: "file.xlsx" }, mode: { type: "string", choices: ["draft", "final"] } },
  help: (lang) => excelCliText(lang).commands.export,
  async run(invocation) {
    const [dir = "", input = ""] = invocation.args;
    const pkg = await loadForm(dir, invocation);
    const submission = parseUserJson(input, await readSubmissionText(input, pkg, invocation), invocation);
    const result = createEvaluator(pkg).evaluate(submission, { mode: invocation.options.mode === "final" ? "final" : "draft" });
    // exceljs loads only when a workbook is written: every other command starts without it.
    const { exportSubmissionXlsx } = await import("@cluster-form/excel");
    const bytes = await exportSubmissionXlsx(pkg, submission, { result });
    const out = typeof invocation.options.out === "string" && invocation.options.out !== "" ? invocation.options.out : defaultOut(input);
    await writeFile(resolve(invocation.io.cwd, out), bytes);
    invocation.io.stderr.write(excelCliText(invocation.lang).wrote(out, bytes.byteLength) + "\n");
    return EXIT_OK;
  },
};
