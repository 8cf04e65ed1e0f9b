// `cluster-form edit`: the built command starts the editor of @cluster-form/editor on a copy of a form,
// prints its tokened address, serves the form's files there and nothing without the token.
import { spawn } from "node:child_process";
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BIN, cli, hasStackTrace, REPO } from "./run-cli.js";

let scratch: string;

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-edit-"));
  await cp(join(REPO, "forms/2021-application"), join(scratch, "2021-application"), { recursive: true, filter: (source) => !source.includes("node_modules") });
});

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("cluster-form edit", () => {
  test("serves the form's files at the printed address only, and stops on SIGTERM", async () => {
    const child = spawn(process.execPath, [BIN, "edit", join(scratch, "2021-application"), "--base", "forms/2021-application", "--no-open"], { cwd: REPO });
    try {
      let output = "";
      child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
      const url = await new Promise<string>((found, fail) => {
        child.once("exit", () => fail(new Error(output)));
        const timer = setInterval(() => {
          const match = /http:\/\/127\.0\.0\.1:\d+\/[A-Za-z0-9_-]{32}\//.exec(output);
          if (match) {
            clearInterval(timer);
            found(match[0]);
          }
        }, 50);
      });
      expect(output).toContain("正在编辑");
      const form = (await (await fetch(`${url}api/form`)).json()) as { base: string; files: { path: string }[] };
      expect(form.base).toBe("2021-application");
      expect(form.files.map((f) => f.path)).toContain("form.json");
      expect((await fetch(new URL("/api/form", url))).status).toBe(404);
    } finally {
      const exited = new Promise((done) => child.once("exit", done));
      child.kill("SIGTERM");
      await exited;
    }
  });

  test("a folder without form.json is refused in words, with no stack trace", () => {
    const run = cli(["edit", scratch, "--no-open"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("不是表单目录");
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});
