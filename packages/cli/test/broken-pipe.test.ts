// `cluster-form … | head`: the reader closing the pipe ends the command quietly with exit code 0.
import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { exitQuietlyOnBrokenPipe } from "../src/broken-pipe.js";
import { BIN, REPO } from "./run-cli.js";

/** Runs the built command with its output read by a reader that takes `bytes` bytes and closes the pipe. */
function runIntoClosingReader(args: readonly string[], input: string, bytes: number): Promise<{ code: number | null; stderr: string; received: number }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: REPO, stdio: ["pipe", "pipe", "pipe"] });
    let received = 0;
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      received += chunk.length;
      if (received >= bytes) child.stdout.destroy();
    });
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString("utf8")));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stderr, received }));
    child.stdin.on("error", () => undefined);
    child.stdin.end(input);
  });
}

describe("a closed output pipe", () => {
  test("score --ndjson into a reader that stops after 100 bytes: no stack trace, exit 0", async () => {
    const sample = JSON.stringify(JSON.parse(readFileSync(join(REPO, "examples/data/2020-handbook.sample.json"), "utf8")));
    const input = `${sample}\n`.repeat(300);
    const run = await runIntoClosingReader(["score", "forms/2020-handbook", "--ndjson", "-"], input, 100);
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(run.received).toBeGreaterThanOrEqual(100);
  }, 60_000);

  test("EPIPE exits 0; any other stream error is thrown as before", () => {
    const listeners: ((error: Error) => void)[] = [];
    const exits: number[] = [];
    exitQuietlyOnBrokenPipe([{ on: (_event, listener) => listeners.push(listener) }], (code) => exits.push(code));
    const [listener] = listeners;
    if (!listener) throw new Error("no listener");
    listener(Object.assign(new Error("write EPIPE"), { code: "EPIPE" }));
    expect(exits).toEqual([0]);
    expect(() => listener(Object.assign(new Error("write EIO"), { code: "EIO" }))).toThrow("EIO");
    expect(exits).toEqual([0]);
  });
});
