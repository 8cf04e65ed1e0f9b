/**
 * `cluster-form import <form> <file.xlsx>`: the submission back from a workbook (or, with
 * `--rows part/field`, the rows of one table) as JSON; problems on standard error, exit 1.
 */
import { readFile, stat, writeFile } from "node:fs/promises";
import { resolve } from "node:path";
import { formatPointer } from "@cluster-form/schema";
import { excelCliText } from "../excel-messages.js";
import type { ImportProblem } from "@cluster-form/excel";
import { UsageError, UserError } from "../errors.js";
import { loadForm } from "../io.js";
import { cliText } from "../messages.js";
import { createProgress } from "../progress.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition, type Invocation } from "../types.js";

function printProblems(file: string, problems: readonly ImportProblem[], notes: readonly ImportProblem[], invocation: Invocation): void {
  const text = excelCliText(invocation.lang);
  const line = (p: ImportProblem, prefix = ""): void => {
    const column = p.column ? `${p.column}: ` : "";
    invocation.io.stderr.write(`${file}  ${text.problemAt(p.sheet, p.row, p.cell)}  ${prefix}${column}${p.reason[invocation.lang]}\n`);
  };
  for (const p of notes) line(p, text.notePrefix);
  for (const p of problems) line(p);
  if (problems.length > 0) invocation.io.stderr.write(text.problems(problems.length) + "\n");
}

/** `table2/enterprises` → part `table2`, pointer `/enterprises`. */
function rowsTarget(value: string, invocation: Invocation): { part: string; pointer: string } {
  const [part, ...path] = value.split("/").filter((s) => s !== "");
  if (!part || path.length === 0) throw new UsageError(excelCliText(invocation.lang).badRowsTarget(value));
  return { part, pointer: formatPointer(path) };
}

export const importCommand: CommandDefinition = {
  name: "import",
  args: [
    { name: "form", required: true },
    { name: "file.xlsx", required: true },
  ],
  options: {
    out: { type: "string", short: "o", value: "file.json" },
    rows: { type: "string", value: "part/field" },
    sheet: { type: "string", value: "name" },
  },
  help: (lang) => excelCliText(lang).commands.import,
  async run(invocation) {
    const [dir = "", file = ""] = invocation.args;
    const { rows, sheet, out } = invocation.options;
    const target = typeof rows === "string" ? rowsTarget(rows, invocation) : undefined;
    const pkg = await loadForm(dir, invocation);
    // exceljs loads only when a workbook is read: every other command starts without it.
    const { checkWorkbookFileSize, importRowsXlsx, importSubmissionXlsx, workbookLimits } = await import("@cluster-form/excel");
    let bytes: Uint8Array;
    try {
      const path = resolve(invocation.io.cwd, file);
      // A file larger than any workbook of the form is refused before it is read into memory.
      const tooLarge = checkWorkbookFileSize((await stat(path)).size, workbookLimits(pkg));
      if (tooLarge) {
        printProblems(file, [{ sheet: "", row: 0, column: "", reason: tooLarge.reason }], [], invocation);
        return EXIT_FAILED;
      }
      bytes = await readFile(path);
    } catch (error) {
      const reason = typeof error === "object" && error !== null && "code" in error ? String(error.code) : String(error);
      throw new UserError(cliText(invocation.lang).fileUnreadable(file, reason));
    }
    const progress = createProgress(invocation.io);
    progress.update(() => cliText(invocation.lang).progress.reading(file));
    let read: { value: unknown; problems: readonly ImportProblem[]; notes: readonly ImportProblem[] };
    try {
      read = target
        ? await importRowsXlsx(pkg, target.part, target.pointer, bytes, typeof sheet === "string" ? { sheet } : {}).then((r) => ({ value: r.rows, problems: r.problems, notes: r.notes }))
        : await importSubmissionXlsx(pkg, bytes).then((r) => ({ value: r.submission, problems: r.problems, notes: [] }));
    } finally {
      progress.done();
    }
    const { value, problems, notes } = read;
    const json = JSON.stringify(value, null, 2) + "\n";
    if (typeof out === "string" && out !== "") {
      await writeFile(resolve(invocation.io.cwd, out), json);
      invocation.io.stderr.write(excelCliText(invocation.lang).wrote(out, Buffer.byteLength(json)) + "\n");
    } else {
      invocation.io.stdout.write(json);
    }
    printProblems(file, problems, notes, invocation);
    return problems.length > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
