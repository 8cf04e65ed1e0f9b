/** Starts `examples/demo/serve.mjs` as a user would (on a free port) and returns its printed URL. */
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

export interface RunningServer {
  readonly url: string;
  stop(): Promise<number | null>;
}

const SERVE = fileURLToPath(new URL("../demo/serve.mjs", import.meta.url));

export async function startDemoServer(env: Readonly<Record<string, string>> = {}): Promise<RunningServer> {
  const child = spawn(process.execPath, [SERVE], { env: { ...process.env, PORT: "0", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  const url = await new Promise<string>((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer): void => {
      output += chunk.toString();
      const match = /on (http:\/\/\S+\/)/.exec(output);
      if (match?.[1]) resolve(match[1].replace("//localhost:", "//127.0.0.1:"));
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    void exited.then((code) => reject(new Error(`serve.mjs exited with ${code}: ${output}`)));
  });
  return {
    url,
    stop: async () => {
      if (child.exitCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
