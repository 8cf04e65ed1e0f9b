// A form file typed with a Chinese keyboard: `lint` says in words what to fix, at file:line:column.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cli, FIXTURES, hasStackTrace, REPO } from "../../../cli/test/run-cli.js";

const RULES = "parts/table1.rules.json";
let scratch: string;

beforeEach(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-lint-json-"));
  await cp(join(REPO, FIXTURES, "mini-2020"), scratch, { recursive: true });
});
afterEach(async () => rm(scratch, { recursive: true, force: true }));

/** Replaces the first `from` in the rules file and returns its line and column (1-based). */
async function edit(from: string, to: string): Promise<{ line: number; column: number }> {
  const file = join(scratch, RULES);
  const text = await readFile(file, "utf8");
  const at = text.indexOf(from);
  if (at < 0) throw new Error(`"${from}" not in the fixture`);
  await writeFile(file, text.slice(0, at) + to + text.slice(at + from.length));
  const before = text.slice(0, at).split("\n");
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

describe("lint on a form file with a JSON syntax error", () => {
  test("a full-width comma is named, with its replacement, in Chinese by default", async () => {
    const { line, column } = await edit('"part": "table1",', '"part": "table1"，');
    const run = cli(["lint", scratch]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${RULES}:${line}:${column + '"part": "table1"'.length} `);
    expect(run.stderr).toContain("这里用了全角逗号“，”，请改为英文逗号 ,");
    expect(run.stderr).toContain("[json-full-width]");
    expect(hasStackTrace(run.stderr + run.stdout)).toBe(false);
  });

  test("a missing comma is pointed at where it belongs, in English with --lang en", async () => {
    const { line, column } = await edit('"part": "table1",', '"part": "table1"');
    const run = cli(["lint", scratch, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${RULES}:${line}:${column + '"part": "table1"'.length} `);
    expect(run.stderr).toContain("A comma is missing here");
    expect(run.stderr).not.toContain("CommaExpected");
  });

  test("curly quotes around a key are named", async () => {
    const { line, column } = await edit('"part":', "“part”:");
    const run = cli(["lint", scratch]);
    expect(run.stderr).toContain(`${RULES}:${line}:${column} `);
    expect(run.stderr).toContain("这里用了全角双引号““”，请改为英文双引号 \"");
  });
});
