/** `bin/start.js` as an operator runs it: built with tsc, started on a free port, it prints its URL and answers. */
import { execFile, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { expect, it } from "vitest";
import { HANDBOOK_ID, REPO_ROOT, requireBuilt } from "../../support/paths.js";

const SERVICE_DIR = fileURLToPath(new URL("../", import.meta.url));

// Compiling with tsc is the slow part (seconds to a minute on a busy machine).
it("bin/start.js prints its URL and serves the forms until stopped", { timeout: 240_000 }, async () => {
  requireBuilt(`${REPO_ROOT}packages/schema/dist/node.js`, `${REPO_ROOT}packages/rules/dist/index.js`);
  await promisify(execFile)(process.execPath, [`${REPO_ROOT}node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"], { cwd: SERVICE_DIR });

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
