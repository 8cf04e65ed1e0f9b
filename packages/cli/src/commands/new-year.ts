/** `cluster-form new-year <form> <new-folder> --year N`: a copy of a form for the next assessment year. */
import { caseNames, NewYearError, newYear, summariseNewYear, type YearMention } from "@cluster-form/rules/node";
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
    const summary = summariseNewYear(result);
    const oldYear = Number(result.changes.find((c) => c.key === "year")?.from);
    const newYearNumber = Number(yearText);
    const years = [oldYear, oldYear - 1];
    const mention = (m: YearMention): string => `  ${m.file}:${m.line}:${m.column} ${m.pointer}${m.pointer ? "  " : ""}${m.text}\n`;
    out.write(text.newYear.created(destination, result.files.length) + "\n");
    for (const change of summary.formChanges) out.write(`  ${change.file} ${change.key}: ${JSON.stringify(change.from)} → ${JSON.stringify(change.to)}\n`);
    if (summary.formReview.length === 0) {
      out.write(text.newYear.nothingToReview + "\n");
    } else {
      out.write("\n" + text.newYear.reviewHeading(years) + "\n");
      for (const m of summary.formReview) out.write(mention(m));
    }
    const tests = summary.tests;
    if (tests.files > 0) {
      out.write("\n" + text.newYear.tests.heading(tests.folder, tests.files, tests.envelopes) + "\n");
      if (tests.datesMoved.length > 0) {
        out.write(text.newYear.tests.datesMoved(newYearNumber - oldYear) + "\n");
        const names = await caseNames(result.destination, tests.datesMoved);
        tests.datesMoved.forEach((moved, i) => out.write(`  ${moved.file} /cases/${moved.index}  ${names[i] ?? ""}\n`));
      }
      if (tests.mentions > 0) out.write(text.newYear.tests.mentions(tests.mentions, years) + "\n");
      if (tests.names.length > 0) {
        out.write(text.newYear.tests.names(years) + "\n");
        for (const m of tests.names) out.write(mention(m));
      }
    }
    return EXIT_OK;
  },
};
