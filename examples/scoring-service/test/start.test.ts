/** `bin/start.js` as an operator runs it: built with tsc, started on a free port, it prints its URL and answers. */
import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { HANDBOOK_ID } from "../../support/paths.js";
import { compileService, SERVICE_DIR } from "./built-service.js";

// Compiling with tsc is the slow part (seconds to a minute on a busy machine).
it("bin/start.js prints its URL and serves the forms until stopped", { timeout: 240_000 }, async () => {
  await compileService();

  const child = spawn(process.execPath, ["bin/start.js", "--port", "0"], { cwd: SERVICE_DIR, stdio: ["ignore", "pipe", "pipe"] });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let output = "";
      const onData = (chunk: Buffer): void => {
        output += chunk.toString();
        const match = /on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match?.[1]) resolve(match[1]);
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.on("exit", (code) => reject(new Error(`exited with ${code}: ${output}`)));
    });
    const health = (await (await fetch(`${url}/health`)).json()) as { forms: string[] };
    expect(health.forms).toContain(HANDBOOK_ID);
  } finally {
    child.kill("SIGTERM");
  }
  const code = await new Promise<number | null>((resolve) => (child.exitCode === null ? child.on("exit", resolve) : resolve(child.exitCode)));
  expect(code).toBe(0);
});
