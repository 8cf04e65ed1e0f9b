// The built `cluster-form` command as a user runs it: help, usage errors, score, build.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cli, FIXTURES, hasStackTrace } from "./run-cli.js";

const MINI = `${FIXTURES}/mini-2020`;
const FORM = { id: "mini-cluster-2020", version: "2020.1.0" };
const submission = (data: unknown, scores: unknown = {}): string => JSON.stringify({ form: FORM, data, scores });
const good = submission(
  { table1: { rdToolsRate: 45, hasPlan: true, organisations: [{ name: "甲", kind: "行业协会", operating: true }] } },
  { "t1.digital": { self: 4 } },
);

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-cli-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

describe("help and usage", () => {
  test("no command prints the program help and exits 2; --help exits 0 and lists every command", () => {
    const bare = cli([]);
    expect(bare.code).toBe(2);
    const help = cli(["--help", "--lang", "en"]);
    expect(help.code).toBe(0);
    for (const name of ["lint", "test", "score", "diff", "new-year", "build", "help"]) expect(help.stdout).toMatch(new RegExp(`^  ${name} +\\S`, "m"));
  });

  test.each(["lint", "test", "score", "diff", "new-year", "build", "help"])("%s --help shows its usage and options, exit 0", (name) => {
    const run = cli([name, "--help", "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage:\n  cluster-form ${name}`);
    expect(run.stdout).toContain("-h, --help");
    expect(cli(["help", name]).stdout).toBe(cli([name, "--help"]).stdout);
  });

  test("usage errors exit 2 with the command's usage and no stack trace", () => {
    const cases = [
      { args: ["frobnicate"], says: 'Unknown command "frobnicate"' },
      { args: ["lint"], says: "Missing argument <form>." },
      { args: ["lint", MINI, "extra"], says: "Unexpected argument(s): extra." },
      { args: ["lint", MINI, "--colour"], says: "--colour" },
      { args: ["lint", MINI, "--format", "xml"], says: '--format must be one of text, json, not "xml".' },
      { args: ["score", MINI, "-", "--role", "mayor"], says: "--role must be one of applicant, expert, viewer" },
      { args: ["build", MINI], says: "Missing argument <--out>." },
    ];
    for (const { args, says } of [...cases.map((c) => ({ ...c, args: [...c.args, "--lang", "en"] })), { args: ["lint", MINI, "--lang", "fr"], says: "--lang 只能是 zh、en 之一" }]) {
      const run = cli(args, { input: good });
      expect(run.code, args.join(" ")).toBe(2);
      expect(run.stderr, args.join(" ")).toContain(says);
      expect(hasStackTrace(run.stderr)).toBe(false);
    }
  });

  test("--version prints the package version", () => {
    expect(cli(["--version"]).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  test("a missing form folder is a user error with a message, exit 1", () => {
    const run = cli(["lint", "no/such/form", "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no/such/form");
    expect(hasStackTrace(run.stderr)).toBe(false);
  });
});

describe("cluster-form score", () => {
  test("a terminal table: criterion, points, one column per score column, explanation; subtotals and total", () => {
    const run = cli(["score", MINI, "-", "--lang", "en"], { input: good });
    expect(run.code).toBe(0);
    const lines = run.stdout.split("\n");
    expect(lines[0]).toBe("表1 服务平台");
    expect(lines[1]).toMatch(/^ {2}Criterion +Points +自评 +专家 +Explanation$/);
    expect(lines[2]).toMatch(/^ {2}数字化研发设计工具普及率 \[t1\.digital\] +4 +4 +4 +数字化研发设计工具普及率 45% > 40% → \+4$/);
    expect(run.stdout).toMatch(/Total +10 +8 +8\n/);
    expect(run.stdout).toContain("The submission is valid.");
  });

  test("--role shows only that role's score column; --format json gives the result", () => {
    const applicant = cli(["score", MINI, "-", "--role", "applicant"], { input: good });
    expect(applicant.stdout).toMatch(/^ {2}指标 +分值 +自评 +评分说明$/m);
    const json = cli(["score", MINI, "-", "--format", "json", "--role", "expert"], { input: good });
    const result = JSON.parse(json.stdout) as { valid: boolean; criteria: { id: string; scores: Record<string, unknown> }[] };
    expect(result.valid).toBe(true);
    expect(Object.keys(result.criteria[0]?.scores ?? {})).toEqual(["expert"]);
  });

  test("reads a file; an invalid submission exits 1 naming the field", async () => {
    const path = join(scratch, "bad.json");
    await import("node:fs/promises").then((fs) => fs.writeFile(path, submission({ table1: { rdToolsRate: "many" } })));
    const run = cli(["score", MINI, path, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("/data/table1/rdToolsRate (数字化研发设计工具普及率)");
    expect(run.stdout).toContain("The submission is invalid.");
  });

  test("broken JSON exits 1 with line and column, no stack trace", () => {
    const run = cli(["score", MINI, "-", "--lang", "en"], { input: '{\n  "form": {\n    "id": "x",,\n' });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("<stdin> is not valid JSON:");
    expect(run.stderr).toMatch(/<stdin>:3:\d+ /);
    expect(hasStackTrace(run.stderr)).toBe(false);
  });

  test("--final reports blank required fields; --ndjson scores a stream, one result per line", () => {
    const input = [good, "{not json", "", submission({ table1: { rdToolsRate: 10 } }, { "t1.digital": { self: 9 } })].join("\n") + "\n";
    const run = cli(["score", MINI, "-", "--ndjson"], { input });
    const lines = run.stdout.trimEnd().split("\n").map((line) => JSON.parse(line) as { valid: boolean; line?: number; total?: { self: { value: number } } });
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ valid: true, total: { self: { value: 8 } } });
    expect(lines[1]).toMatchObject({ line: 2, valid: false, error: { code: "json-syntax" } });
    expect(lines[2]?.valid).toBe(false);
    expect(run.code).toBe(1);
    expect(cli(["score", MINI, "-", "--ndjson"], { input: good + "\n" + good + "\n" }).code).toBe(0);
  });
});

describe("cluster-form build", () => {
  test("writes form.bundle.json and eval-free validators.js that validate submissions", async () => {
    const out = join(scratch, "build");
    const run = cli(["build", MINI, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Wrote .*form\.bundle\.json \(\d+ bytes\)\.\nWrote .*validators\.js \(\d+ bytes\)\.\n/);
    expect((await readdir(out)).sort()).toEqual(["form.bundle.json", "validators.js"]);
    const bundle = JSON.parse(await readFile(join(out, "form.bundle.json"), "utf8")) as { files: Record<string, string> };
    expect(Object.keys(bundle.files)).toContain("form.json");
    const code = await readFile(join(out, "validators.js"), "utf8");
    expect(code).not.toMatch(/new Function|\beval\(/);
    const validators = (await import(pathToFileURL(join(out, "validators.js")).href)) as Record<string, (data: unknown) => boolean>;
    const draft = validators.draft;
    const final = validators.final;
    expect(typeof draft).toBe("function");
    expect(typeof final).toBe("function");
    expect(draft?.(JSON.parse(good))).toBe(true);
    expect(draft?.(JSON.parse(submission({ table1: { rdToolsRate: "many" } })))).toBe(false);
  });

  test("refuses a form with lint errors and writes nothing", async () => {
    const out = join(scratch, "refused");
    const run = cli(["build", `${FIXTURES}/lint-broken/criteria-sum`, "--out", out, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("[lint.points.criteriaSum]");
    expect(run.stderr).toContain("nothing was built");
    await expect(readdir(out)).rejects.toThrow();
  });
});
