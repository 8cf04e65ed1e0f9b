/**
 * `startEditor()`: serves the editor for one form folder on 127.0.0.1 and, unless told not to, opens it
 * in the browser. The `cluster-form edit` command is a thin caller of this.
 */
import { spawn } from "node:child_process";
import type { AddressInfo } from "node:net";
import { basename, resolve } from "node:path";
import type { Lang } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { defaultAppFolder, rendererFolder } from "./assets.js";
import { FormFolder } from "./form-folder.js";
import { newToken } from "./guard.js";
import { createEditorServer } from "./server.js";

export interface EditorOptions {
  /** The form folder to edit. */
  readonly folder: string;
  /** Last year's form folder: the diff is shown against it, and a points sum that changed is reported where. */
  readonly base?: string;
  /** Default 0: a free port. */
  readonly port?: number;
  /** Open the default browser at the editor's URL (default true). */
  readonly open?: boolean;
  /** The page's language at first (the page can switch). Default zh. */
  readonly lang?: Lang;
  /** Where the app's bundle is (default: dist/app beside this module). */
  readonly appFolder?: string;
}

export interface RunningEditor {
  /** `http://127.0.0.1:<port>/<token>/`: whoever has it can edit the form. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin" ? ["open", [url]] : process.platform === "win32" ? ["cmd", ["/c", "start", "", url]] : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  // No browser to open is not an error: the URL is printed for the user to open.
  child.on("error", () => undefined);
  child.unref();
}

export async function startEditor(options: EditorOptions): Promise<RunningEditor> {
  const folder = await FormFolder.open(options.folder);
  // The form itself may be broken (the editor shows why); the base form must load, else there is nothing to compare with.
  const base = options.base ? { name: basename(resolve(options.base)), pkg: await loadFormFolder(options.base) } : undefined;
  const token = newToken();
  let port = 0;
  const server = createEditorServer(
    { folder, base, token, lang: options.lang ?? "zh", assets: { app: options.appFolder ?? defaultAppFolder(), element: rendererFolder() } },
    () => port,
  );
  await new Promise<void>((done, fail) => {
    server.once("error", fail);
    server.listen(options.port ?? 0, "127.0.0.1", () => done());
  });
  port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}/${token}/`;
  if (options.open !== false) openInBrowser(url);
  return {
    url,
    port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
