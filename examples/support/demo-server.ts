/** Starts the demo as a user would (`examples/demo/serve.mjs`, or `cluster-form preview <form>`) on a free port and returns its printed URL. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface RunningServer {
  readonly url: string;
  /** What the server printed so far. */
  output(): string;
  stop(): Promise<number | null>;
}

const SERVE = fileURLToPath(new URL("../demo/serve.mjs", import.meta.url));
const CLI = fileURLToPath(new URL("../../packages/cli/bin/cluster-form.js", import.meta.url));
const REPO = fileURLToPath(new URL("../../", import.meta.url));

/** Runs `node <args>` and waits for the first URL matching `printed` (its group 1: the site's root). */
async function startServer(args: readonly string[], env: Readonly<Record<string, string>>, printed: RegExp): Promise<RunningServer> {
  const child = spawn(process.execPath, args, { cwd: REPO, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  let output = "";
  const url = await new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = printed.exec(output);
      if (match?.[1]) resolve(match[1].replace("//localhost:", "//127.0.0.1:"));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => reject(new Error(`${args.join(" ")} exited with ${code}: ${output}`)));
  });
  return {
    url,
    output: () => output,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}

export function startDemoServer(env: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
  return startServer([SERVE], { PORT: "0", ...env }, /on (http:\/\/\S+\/)/);
}

/** `cluster-form preview <formDir>`: `url` is the site's root; the form is at `?form=preview`. */
export function startPreviewServer(formDir: string, ...options: string[]): Promise<RunningServer> {
  return startServer([CLI, "preview", formDir, "--port", "0", ...options], {}, /(http:\/\/localhost:\d+\/)\?form=preview/);
}
