/** `cluster-form diff <old> <new>`: what changed between two versions of a form. */
import { diffForms, formatDiff } from "@cluster-form/rules";
import { loadForm, writeJson } from "../io.js";
import { cliText } from "../messages.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition } from "../types.js";

export const diffCommand: CommandDefinition = {
  name: "diff",
  args: [
    { name: "old-form", required: true },
    { name: "new-form", required: true },
  ],
  options: { format: { type: "string", choices: ["text", "json"] }, "exit-code": { type: "boolean" } },
  help: (lang) => cliText(lang).commands.diff,
  async run(invocation) {
    const [oldDir = "", newDir = ""] = invocation.args;
    const before = await loadForm(oldDir, invocation);
    const after = await loadForm(newDir, invocation);
    const diff = diffForms(before, after);
    if (invocation.options.format === "json") writeJson(invocation.io, diff);
    else invocation.io.stdout.write(formatDiff(diff, invocation.lang));
    return invocation.options["exit-code"] === true && diff.changes.length > 0 ? EXIT_FAILED : EXIT_OK;
  },
};
