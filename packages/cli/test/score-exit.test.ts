// Scripts can trust `cluster-form score`: --fail-on, a vetoed submission said plainly, the scores a
// role must give counted in final completeness, no empty points table, progress only on a terminal.
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { BIN, cli, REPO } from "./run-cli.js";

const FORM = "forms/2020-handbook";
let scratch = "";
let sample: { data: Record<string, Record<string, unknown>>; scores: Record<string, Record<string, unknown>> };

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-score-exit-"));
  sample = JSON.parse(await readFile(join(REPO, "examples/data/2020-handbook.sample.json"), "utf8"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

async function variant(name: string, change: (copy: typeof sample) => void): Promise<string> {
  const copy = structuredClone(sample);
  change(copy);
  const path = join(scratch, name);
  await writeFile(path, JSON.stringify(copy));
  return path;
}

describe("cluster-form score: exit codes scripts can trust", () => {
  test("a vetoed submission says it fails; --fail-on veto exits 1 and says why", async () => {
    const vetoed = await variant("vetoed.json", (c) => (c.data["table10"] = { majorAccident: true }));
    const plain = cli(["score", FORM, vetoed]);
    expect(plain.stdout.trimEnd().split("\n").at(-1)).toBe("填报数据有效，但已被一票否决：考核不合格。");
    expect(plain.code).toBe(0);
    const strict = cli(["score", FORM, vetoed, "--fail-on", "veto,invalid,incomplete"]);
    expect(strict.code).toBe(1);
    expect(strict.stderr).toBe("按 --fail-on 以 1 退出：一票否决。\n");
    const en = cli(["score", FORM, vetoed, "--fail-on", "veto", "--lang", "en"]);
    expect(en.stdout).toContain("The submission is valid, but vetoed (one-vote veto): it fails the assessment.");
    expect(en.code).toBe(1);
    // JSON for scripts: the same exit code.
    expect(cli(["score", FORM, vetoed, "--fail-on", "veto", "--format", "json"]).code).toBe(1);
    expect(cli(["score", FORM, join(REPO, "examples/data/2020-handbook.sample.json"), "--fail-on", "veto,invalid,incomplete"]).code).toBe(0);
  });

  test("--fail-on takes only known outcomes (usage error, exit 2); none always exits 0", async () => {
    const bad = cli(["score", FORM, "examples/data/2020-handbook.sample.json", "--fail-on", "veto,oops"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("oops");
    const invalid = await variant("invalid.json", (c) => (c.data["cover"] = { ...c.data["cover"], phone: "not a phone" }));
    expect(cli(["score", FORM, invalid]).code).toBe(1);
    expect(cli(["score", FORM, invalid, "--fail-on", "none"]).code).toBe(0);
  });

  test("final mode counts the judgement scores the role must give: a blank 自评 is not 100 %", async () => {
    const blank = await variant("blank-self.json", (c) => {
      const { self: _dropped, ...rest } = c.scores["t3.operation"] ?? {};
      c.scores["t3.operation"] = rest;
    });
    const json = (args: string[]) => JSON.parse(cli(["score", FORM, blank, "--format", "json", ...args]).stdout) as { valid: boolean; completeness: { percent: number; parts: { part: string; blanks: { pointer: string; label: string }[] }[] }; findings: { pointer: string }[] };
    const applicant = json(["--mode", "final", "--role", "applicant"]);
    expect(applicant.completeness.percent).toBeLessThan(100);
    const table3 = applicant.completeness.parts.find((p) => p.part === "table3");
    expect(table3?.blanks).toEqual([{ pointer: "/scores/t3.operation/self", label: expect.stringMatching(/：自评$/) }]);
    expect(applicant.valid).toBe(false);
    expect(applicant.findings.map((f) => f.pointer)).toContain("/scores/t3.operation/self");
    // Without --role, the submitting role (the applicant) is counted.
    expect(json(["--mode", "final"]).completeness.percent).toBe(applicant.completeness.percent);
    // The expert's own column is filled in the sample; draft mode counts fields only.
    expect(json(["--mode", "final", "--role", "expert"]).completeness.percent).toBe(100);
    expect(json([]).completeness.percent).toBe(100);
    const text = cli(["score", FORM, blank, "--mode", "final"]);
    expect(text.stdout).toMatch(/填报完整度：\d{2}%/);
    expect(text.code).toBe(1);
  });

  test("the 2021 application (no criteria) prints no empty points table", () => {
    const run = cli(["score", "forms/2021-application", "examples/data/2021-application.sample.json"]);
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(/分值/);
    expect(run.stdout).not.toMatch(/合计/);
    expect(run.stdout).toContain("填报完整度：100%");
  });
});

describe("progress of score --ndjson: one line on a terminal, nothing in a pipe", () => {
  test("piped: stderr stays empty", async () => {
    const line = JSON.stringify(sample);
    const run = cli(["score", FORM, "-", "--ndjson"], { input: `${line}\n${line}\n` });
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(2);
    expect(run.stderr).toBe("");
  });

  // util-linux `script` gives the command a pseudo-terminal; without it (not Linux) the injected-stream tests still run.
  const hasScript = spawnSync("script", ["--version"]).status === 0;
  test.skipIf(!hasScript)("on a pseudo-terminal (script -qc): a progress line rewritten in place, then cleared", async () => {
    const file = join(scratch, "many.ndjson");
    await writeFile(file, Array.from({ length: 3 }, () => JSON.stringify(sample)).join("\n") + "\n");
    // stdout goes to a file, so the terminal shows stderr only.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} score ${FORM} ${JSON.stringify(file)} --ndjson > ${JSON.stringify(join(scratch, "out.ndjson"))}`;
    const run = spawnSync("script", ["-qec", command, "/dev/null"], { cwd: REPO, encoding: "utf8", env: { ...process.env, CLUSTER_FORM_LANG: "zh" } });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("\r\x1b[K已处理 1 份材料");
    expect(run.stdout.endsWith("\r\x1b[K")).toBe(true);
    expect((await readFile(join(scratch, "out.ndjson"), "utf8")).trimEnd().split("\n")).toHaveLength(3);
  });
});
