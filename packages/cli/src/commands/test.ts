/** `cluster-form test <form>`: runs the form's rule test cases and prints each with the closing `N passed, N failed`. */
import { resolve } from "node:path";
import { loadRuleTests } from "@cluster-form/rules/node";
import { formatTestReport, runRuleTests } from "@cluster-form/rules";
import { ReportedError, UserError } from "../errors.js";
import { findingsOf, loadForm, printFindings, writeJson } from "../io.js";
import { cliText } from "../messages.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition } from "../types.js";
import { updateExpectations } from "./test-update.js";

export const testCommand: CommandDefinition = {
  name: "test",
  args: [{ name: "form", required: true }],
  options: {
    format: { type: "string", choices: ["text", "json"] },
    filter: { type: "string", value: "text" },
    update: { type: "boolean" },
    yes: { type: "boolean" },
  },
  help: (lang) => cliText(lang).commands.test,
  async run(invocation) {
    const [dir = ""] = invocation.args;
    const formDir = resolve(invocation.io.cwd, dir);
    const pkg = await loadForm(dir, invocation);
    let sources;
    try {
      sources = await loadRuleTests(formDir);
    } catch (error) {
      const findings = findingsOf(error);
      if (!findings) throw error;
      printFindings(findings, invocation, "stderr");
      throw new ReportedError();
    }
    const filter = typeof invocation.options.filter === "string" ? invocation.options.filter : undefined;
    const report = runRuleTests(pkg, sources, { filter });
    if (report.cases.length === 0) throw new UserError(cliText(invocation.lang).test.noCases(dir));
    if (invocation.options.format === "json") writeJson(invocation.io, report);
    else invocation.io.stdout.write(formatTestReport(report, invocation.lang));
    if (invocation.options.update === true && report.failed > 0) return (await updateExpectations(report, formDir, invocation)) ? EXIT_OK : EXIT_FAILED;
    return report.failed > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
