// A points sum that no longer adds up, on copies of the 2020 handbook in a temp dir: with `--base` the
// finding stands at the criterion (or part) whose points changed; without, it lists the terms.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { cli, REPO } from "../../../cli/test/run-cli.js";

const HANDBOOK = join(REPO, "forms/2020-handbook");
const TABLE5 = "parts/table5.rules.json";
/** t5.internet, the second criterion of 表5: worth 5 in the handbook. */
const INTERNET_POINTS = '"id": "t5.internet",\n      "label": "互联网+产业集群”发展势头良好",\n      "points": 5,';

const INFORMATIZATION_POINTS = '"id": "t5.informatization",\n      "label": "产业集群“两化融合”建设基础良好",\n      "points": 5,';

interface JsonFinding {
  readonly code: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number; readonly pointer: string };
  readonly message: { readonly zh: string; readonly en: string };
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-points-base-"));
});
afterAll(async () => rm(scratch, { recursive: true, force: true }));

/** A copy of the handbook with `[file, from, to]` edits. */
async function copyWith(name: string, ...edits: readonly (readonly [string, string, string])[]): Promise<string> {
  const dir = join(scratch, name);
  await cp(HANDBOOK, dir, { recursive: true });
  for (const [file, from, to] of edits) {
    const path = join(dir, file);
    const text = await readFile(path, "utf8");
    if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
    await writeFile(path, text.replace(from, to));
  }
  return dir;
}

function lint(...args: string[]): JsonFinding[] {
  const run = cli(["lint", ...args, "--format", "json"]);
  expect(run.stderr).toBe("");
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.code.startsWith("lint.points."));
}

const lineOf = async (dir: string, file: string, needle: string): Promise<number> => {
  const text = await readFile(join(dir, file), "utf8");
  return text.slice(0, text.indexOf(needle)).split("\n").length;
};

describe("lint: criteria points that no longer add up", () => {
  test("with --base: at the criterion whose points changed, naming it with before and after", async () => {
    const dir = await copyWith("raised", [TABLE5, INTERNET_POINTS, INTERNET_POINTS.replace('"points": 5', '"points": 7')]);
    const [finding, ...rest] = lint(dir, "--base", HANDBOOK);
    expect(rest).toEqual([]);
    expect(finding?.code).toBe("lint.points.criteriaSum");
    expect(finding?.location).toMatchObject({ file: TABLE5, pointer: "/criteria/1/points", line: (await lineOf(dir, TABLE5, '"id": "t5.internet"')) + 2 });
    expect(finding?.message.en).toContain("[t5.internet] 5 → 7 (+2)");
    expect(finding?.message.en).toContain("2 points too many");
    expect(finding?.message.zh).toContain("多了 2 分");
    expect(finding?.message.zh).toContain("与基准表单相比改动的是");
  });

  test("without a base: at the list, with every criterion's points, the sum and the difference", async () => {
    const dir = await copyWith("raised-no-base", [TABLE5, INTERNET_POINTS, INTERNET_POINTS.replace('"points": 5', '"points": 4')]);
    const [finding] = lint(dir);
    expect(finding?.location.pointer).toBe("/criteria");
    expect(finding?.message.en).toContain("add up to 9 points (t5.informatization 5 + t5.internet 4)");
    expect(finding?.message.en).toContain("1 point too few");
    expect(finding?.message.zh).toContain("少了 1 分");
  });

  test("with --base, when the part's points changed and its criteria did not: at the part's points in form.json", async () => {
    const dir = await copyWith("part-points", ["form.json", '"title": "表5：“智慧集群”建设情况（10分）",\n      "points": 10,', '"title": "表5：“智慧集群”建设情况（10分）",\n      "points": 12,']);
    const findings = lint(dir, "--base", HANDBOOK);
    const criteriaSum = findings.find((f) => f.code === "lint.points.criteriaSum");
    expect(criteriaSum?.location).toMatchObject({ file: "form.json", pointer: expect.stringMatching(/^\/parts\/\d+\/points$/) as unknown });
    expect(criteriaSum?.message.en).toContain("[table5] 10 → 12");
    const partsSum = findings.find((f) => f.code === "lint.points.partsSum");
    expect(partsSum?.location.pointer).toBe(criteriaSum?.location.pointer);
    expect(partsSum?.message.en).toContain("table5 10 → 12");
  });

  test("points moved between criteria so that the sum holds: no finding, with or without a base", async () => {
    const dir = await copyWith(
      "moved",
      [TABLE5, INTERNET_POINTS, INTERNET_POINTS.replace('"points": 5', '"points": 6')],
      [TABLE5, INFORMATIZATION_POINTS, INFORMATIZATION_POINTS.replace('"points": 5', '"points": 4')],
    );
    expect(lint(dir, "--base", HANDBOOK)).toEqual([]);
  });

  test("a base folder that is not a form is reported, not a stack trace", () => {
    const run = cli(["lint", HANDBOOK, "--base", join(scratch, "no-such-form")]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("no-such-form");
    expect(run.stderr).not.toMatch(/^\s+at /m);
  });
});
