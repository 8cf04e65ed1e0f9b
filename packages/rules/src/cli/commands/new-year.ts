/** `cluster-form new-year <form> <new-folder> --year N`: a copy of a form for the next assessment year. */
import { NewYearError, newYear } from "../../newyear/index.js";
import { UsageError, UserError } from "../errors.js";
import { cliText } from "../messages.js";
import { EXIT_OK, type CommandDefinition } from "../types.js";
import { resolve } from "node:path";

export const newYearCommand: CommandDefinition = {
  name: "new-year",
  args: [
    { name: "form", required: true },
    { name: "new-folder", required: true },
  ],
  options: { year: { type: "string", value: "year" } },
  help: (lang) => cliText(lang).commands.newYear,
  async run(invocation) {
    const text = cliText(invocation.lang);
    const [source = "", destination = ""] = invocation.args;
    const yearText = invocation.options.year;
    if (typeof yearText !== "string") throw new UsageError(text.missingArgument("--year"));
    if (!/^\d{4}$/.test(yearText)) throw new UsageError(text.newYear.errors.badYear(yearText));
    const cwd = invocation.io.cwd;
    let result;
    try {
      result = await newYear(resolve(cwd, source), resolve(cwd, destination), Number(yearText));
    } catch (error) {
      if (!(error instanceof NewYearError)) throw error;
      const messages = text.newYear.errors;
      if (error.code === "badYear") throw new UsageError(messages.badYear(yearText));
      throw new UserError(messages[error.code](error.code === "destinationExists" ? destination : error.detail));
    }
    const out = invocation.io.stdout;
    out.write(text.newYear.created(destination, result.files.length) + "\n");
    for (const change of result.changes) out.write(`  ${change.file} ${change.key}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}\n`);
    const oldYear = Number(result.changes.find((c) => c.key === "year")?.from);
    if (result.review.length === 0) {
      out.write(text.newYear.nothingToReview + "\n");
    } else {
      out.write("\n" + text.newYear.reviewHeading([oldYear, oldYear - 1]) + "\n");
      for (const m of result.review) out.write(`  ${m.file}:${m.line}:${m.column} ${m.pointer}  ${m.text}\n`);
    }
    return EXIT_OK;
  },
};
