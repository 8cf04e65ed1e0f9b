/**
 * `cluster-form preview <form>`: the demo page with the form, served on 127.0.0.1 from the packages as
 * built, the form built in memory on request (./preview/built-forms.ts): nothing is rebuilt or written.
 */
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Server } from "node:http";
import { builtForms, PREVIEW_NAME, type BuiltFile } from "../preview/built-forms.js";
import { UsageError, UserError } from "../errors.js";
import { loadForm } from "../io.js";
import { passesLint } from "../lint-gate.js";
import { cliText } from "../messages.js";
import { EXIT_FAILED, EXIT_OK, type CommandDefinition } from "../types.js";

const DEMO_SITE = "examples/demo/demo-site.mjs";
const RENDERER_BUNDLE = "packages/renderer/dist/cluster-form.csp.bundle.js";
const MAX_LEVELS = 6;

/** The repository checkout this command runs from: the demo page is not part of the published package. */
function repositoryRoot(): string | undefined {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let level = 0; level < MAX_LEVELS; level++) {
    if (existsSync(join(dir, DEMO_SITE))) return dir;
    dir = dirname(dir);
  }
  return undefined;
}

interface DemoSite {
  readonly BUILD_PATH: string;
  createDemoServer(root: string, virtual: BuiltFile): Promise<Server>;
}

const isDemoSite = (value: unknown): value is DemoSite =>
  typeof value === "object" && value !== null && "createDemoServer" in value && typeof value.createDemoServer === "function" && "BUILD_PATH" in value && typeof value.BUILD_PATH === "string";

const listen = (server: Server, port: number): Promise<number> =>
  new Promise((done, fail) => {
    server.once("error", fail);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      done(typeof address === "object" && address ? address.port : port);
    });
  });

export const previewCommand: CommandDefinition = {
  name: "preview",
  args: [{ name: "form", required: true }],
  options: { port: { type: "string", value: "port" } },
  help: (lang) => cliText(lang).commands.preview,
  async run(invocation) {
    const text = cliText(invocation.lang);
    const [dir = ""] = invocation.args;
    const portText = typeof invocation.options.port === "string" ? invocation.options.port : "4173";
    if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) throw new UsageError(text.preview.badPort(portText));
    const root = repositoryRoot();
    if (!root) throw new UserError(text.preview.noDemo);
    if (!existsSync(join(root, RENDERER_BUNDLE))) throw new UserError(text.preview.notBuilt(RENDERER_BUNDLE));
    const pkg = await loadForm(dir, invocation);
    if (!passesLint(pkg, invocation, text.preview.refused)) return EXIT_FAILED;
    const site: unknown = await import(pathToFileURL(join(root, DEMO_SITE)).href);
    if (!isDemoSite(site)) throw new UserError(text.preview.noDemo);
    const server = await site.createDemoServer(root, await builtForms(root, resolve(invocation.io.cwd, dir), site.BUILD_PATH));
    let port: number;
    try {
      port = await listen(server, Number(portText));
    } catch {
      throw new UserError(text.preview.portTaken(portText));
    }
    invocation.io.stdout.write(text.preview.serving(`http://localhost:${port}/?form=${PREVIEW_NAME}`, dir) + "\n");
    await new Promise<void>((stopped) => {
      const stop = (): void => {
        server.close(() => stopped());
        server.closeAllConnections();
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
    return EXIT_OK;
  },
};
