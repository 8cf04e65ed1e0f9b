/** `cluster-form test <form>`: runs the form's rule test cases and prints each with the closing `N passed, N failed`. */
import { resolve } from "node:path";
import { loadRuleTests } from "../../testing/load.js";
import { formatTestReport, runRuleTests } from "../../testing/index.js";
import { ReportedError, UserError } from "../errors.js";
import { findingsOf, loadForm, printFindings, writeJson } from "../io.js";
import { cliText } from "../messages.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition } from "../types.js";

export const testCommand: CommandDefinition = {
  name: "test",
  args: [{ name: "form", required: true }],
  options: { format: { type: "string", choices: ["text", "json"] }, filter: { type: "string", value: "text" } },
  help: (lang) => cliText(lang).commands.test,
  async run(invocation) {
    const [dir = ""] = invocation.args;
    const pkg = await loadForm(dir, invocation);
    let sources;
    try {
      sources = await loadRuleTests(resolve(invocation.io.cwd, dir));
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
    return report.failed > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
