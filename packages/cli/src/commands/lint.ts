/**
 * `cluster-form lint <form> [--base <form>]`: the definition checks and the rule checks, as one list of
 * findings; with `--base` (last year's form) a points sum that no longer adds up is shown at what changed.
 */
import { lintForm } from "@cluster-form/rules";
import { passesFolder, rememberPass } from "../checked-forms.js";
import { countBySeverity, loadForm, printFindings, writeJson } from "../io.js";
import { cliCatalogs } from "../messages.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition } from "../types.js";

export const lintCommand: CommandDefinition = {
  name: "lint",
  args: [{ name: "form", required: true }],
  options: { format: { type: "string", choices: ["text", "json"] }, base: { type: "string", value: "dir" } },
  help: (lang) => cliCatalogs[lang].commands.lint,
  async run(invocation) {
    const [dir = ""] = invocation.args;
    const pkg = await loadForm(dir, invocation, { checked: false });
    const baseDir = invocation.options.base;
    const base = typeof baseDir === "string" ? await loadForm(baseDir, invocation, { checked: false }) : undefined;
    const findings = lintForm(pkg, { base });
    const { errors, warnings, infos } = countBySeverity(findings);
    if (errors === 0) rememberPass(passesFolder(invocation.env), pkg);
    if (invocation.options.format === "json") {
      writeJson(invocation.io, { form: { id: pkg.manifest.id, version: pkg.manifest.version }, findings, errors, warnings });
    } else {
      const text = cliCatalogs[invocation.lang];
      printFindings(findings, invocation);
      invocation.io.stdout.write((findings.length === 0 ? text.noFindings : text.findingSummary(errors, warnings, infos)) + "\n");
    }
    return errors + warnings > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
