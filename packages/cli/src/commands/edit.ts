/**
 * `cluster-form edit <form> [--base <form>] [--port <port>] [--no-open]`: the form editor of
 * @cluster-form/editor, served on 127.0.0.1 until Ctrl+C.
 */
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { startEditor, type RunningEditor } from "@cluster-form/editor";
import { UsageError, UserError } from "../errors.js";
import { loadForm } from "../io.js";
import { cliCatalogs } from "../messages.js";
import { EXIT_OK, type CommandDefinition } from "../types.js";

export const editCommand: CommandDefinition = {
  name: "edit",
  args: [{ name: "form", required: true }],
  options: { base: { type: "string", value: "dir" }, port: { type: "string", value: "port" }, "no-open": { type: "boolean" } },
  help: (lang) => cliCatalogs[lang].commands.edit,
  async run(invocation) {
    const text = cliCatalogs[invocation.lang];
    const [dir = ""] = invocation.args;
    const folder = resolve(invocation.io.cwd, dir);
    if (!existsSync(join(folder, "form.json"))) throw new UserError(text.edit.notAFolder(dir));
    const portText = typeof invocation.options.port === "string" ? invocation.options.port : "0";
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(text.preview.badPort(portText));
    const baseDir = invocation.options.base;
    // The base form is loaded here first so that a broken one is explained as every command explains it.
    if (typeof baseDir === "string") await loadForm(baseDir, invocation);
    let editor: RunningEditor;
    try {
      editor = await startEditor({
        folder,
        ...(typeof baseDir === "string" ? { base: resolve(invocation.io.cwd, baseDir) } : {}),
        port: Number(portText),
        open: invocation.options["no-open"] !== true,
        lang: invocation.lang,
      });
    } catch (error) {
      if (error instanceof Error && "code" in error && error.code === "EADDRINUSE") throw new UserError(text.preview.portTaken(portText));
      throw error;
    }
    invocation.io.stdout.write(text.edit.serving(editor.url, dir) + "\n");
    await new Promise<void>((stopped) => {
      const stop = (): void => void editor.close().then(stopped);
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return EXIT_OK;
  },
};
