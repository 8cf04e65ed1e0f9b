/** `cluster-form build <form> --out <dir>`: one JSON bundle of the form and eval-free, minified validators for web pages. */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { bundleFormFiles } from "@cluster-form/schema";
import { buildValidatorsModule } from "../standalone/minify.js";
import { UsageError } from "../errors.js";
import { loadForm } from "../io.js";
import { passesLint } from "../lint-gate.js";
import { cliCatalogs } from "../messages.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition } from "../types.js";

export const buildCommand: CommandDefinition = {
  name: "build",
  args: [{ name: "form", required: true }],
  options: { out: { type: "string", value: "dir" } },
  help: (lang) => cliCatalogs[lang].commands.build,
  async run(invocation) {
    const text = cliCatalogs[invocation.lang];
    const out = invocation.options.out;
    if (typeof out !== "string" || out === "") throw new UsageError(text.missingArgument("--out"));
    const [dir = ""] = invocation.args;
    const pkg = await loadForm(dir, invocation, { checked: false });
    if (!passesLint(pkg, invocation, text.build.refused)) return EXIT_FAILED;
    const target = resolve(invocation.io.cwd, out);
    await mkdir(target, { recursive: true });
    const outputs: [string, string][] = [
      ["form.bundle.json", JSON.stringify(bundleFormFiles(pkg)) + "\n"],
      ["validators.js", await buildValidatorsModule(pkg)],
    ];
    for (const [name, content] of outputs) {
      await writeFile(join(target, name), content);
      invocation.io.stdout.write(text.build.wrote(join(out, name), Buffer.byteLength(content)) + "\n");
    }
    return EXIT_OK;
  },
};
