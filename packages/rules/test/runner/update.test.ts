// `test` lists what no case covers; `test --update` proposes new expectations case by case and writes only the accepted ones.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PassThrough } from "node:stream";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { runCli } from "@cluster-form/cli";
import { cli, FIXTURES, REPO } from "../../../cli/test/run-cli.js";

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-test-update-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

let copies = 0;
/** The mini form with 表1's first branch moved (over 39% instead of 40%, 3 points instead of 4): both cases then fail. */
async function changedForm(): Promise<{ dir: string; tests: string; original: string }> {
  const dir = join(scratch, `mini-${++copies}`);
  await cp(join(REPO, FIXTURES, "mini-2020"), dir, { recursive: true });
  const rulesPath = join(dir, "parts", "table1.rules.json");
  const rules = JSON.parse(await readFile(rulesPath, "utf8")) as { criteria: { branches: { when?: { ">": [unknown, number] }; points?: number; text: string }[] }[] };
  const first = rules.criteria[0]?.branches[0];
  if (!first?.when) throw new Error("the mini form's first criterion has changed");
  first.when[">"][1] = 39;
  first.points = 3;
  first.text = "超过39%得3分";
  await writeFile(rulesPath, JSON.stringify(rules, null, 2));
  const tests = join(dir, "tests", "basic.json");
  return { dir, tests, original: await readFile(tests, "utf8") };
}

/** Runs the command in-process with a standard input that says it is a terminal, answering `answers`. */
async function interactive(args: string[], answers: string): Promise<{ code: number; stdout: string }> {
  const stdin = Object.assign(new PassThrough(), { isTTY: true });
  stdin.end(answers);
  let stdout = "";
  const code = await runCli(args, { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true }, stdin, cwd: REPO });
  return { code, stdout };
}

const changedLines = (before: string, after: string): string[] => {
  const old = before.split("\n");
  return after.split("\n").filter((line, i) => old[i] !== line);
};

describe("cluster-form test: coverage", () => {
  test("lists the criteria no case expects anything of, and the count of covered branches", () => {
    const run = cli(["test", `${FIXTURES}/mini-2020`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("用例覆盖：评分指标 2/3，评分档 3/5。\n没有用例覆盖的评分指标（没有用例对它写预期）：\n  t1.plan“规划编制”\n2 passed, 0 failed\n");
  });

  test("a branch that never held in a case expecting its criterion is listed", async () => {
    const { dir, tests, original } = await changedForm();
    // Without the case at exactly 40%, the judgement branch of t1.digital is never reached.
    const parsed = JSON.parse(original) as { cases: unknown[] };
    await writeFile(tests, JSON.stringify({ ...parsed, cases: parsed.cases.slice(0, 1) }, null, 2));
    const run = cli(["test", dir, "--lang", "en"]);
    expect(run.stdout).toContain('Branches no case covers (they never held in a case that expects something of their criterion):\n  t1.digital "数字化研发设计工具普及率" branch 2: 未超过40%，酌情评分\n');
  });
});

describe("cluster-form test --update", () => {
  test("on a terminal it asks case by case and writes only the accepted expectations, keeping the file's layout", async () => {
    const { dir, tests, original } = await changedForm();
    const run = await interactive(["test", dir, "--update"], "y\nn\n");
    expect(run.stdout).toContain("tests/basic.json  rate above 40 and two organisations running: full marks\n    criteria.t1.digital.self: 4 → 3\n    criteria.t1.digital.expert: 4 → 3\n    total.self: 10 → 9\n    total.expert: 10 → 9\n");
    expect(run.stdout).toContain("把用例“rate exactly 40 asks for judgement”的预期改成上面的新值？(y/n) ");
    expect(run.stdout).toContain("已写入 1 个用例的新预期（1 个文件）。");
    expect(run.code).toBe(1);
    const written = await readFile(tests, "utf8");
    expect(changedLines(original, written)).toEqual(['            "self": 3,', '            "expert": 3', '          "self": 9,', '          "expert": 9']);
    const after = cli(["test", dir]);
    expect(after.stdout).toContain("  ✓ rate above 40 and two organisations running: full marks\n");
    expect(after.stdout).toContain("1 passed, 1 failed");
  });

  test("--yes accepts every proposal; then the tests pass", async () => {
    const { dir, tests, original } = await changedForm();
    const run = cli(["test", dir, "--update", "--yes"]);
    expect(run.stdout).toContain("已写入 2 个用例的新预期（1 个文件）。");
    expect(run.code).toBe(0);
    expect(await readFile(tests, "utf8")).not.toBe(original);
    expect(cli(["test", dir]).stdout).toContain("2 passed, 0 failed");
  });

  test("without a terminal and without --yes nothing is written", async () => {
    const { dir, tests, original } = await changedForm();
    const run = cli(["test", dir, "--update", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("    criteria.t1.digital.self: 4 → 3\n");
    expect(run.stderr).toContain("Nothing written: standard input is not a terminal");
    expect(await readFile(tests, "utf8")).toBe(original);
  });
});
