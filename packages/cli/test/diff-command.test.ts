// `cluster-form diff`: Chinese by default, English, JSON and --exit-code, on the shared fixture years and a changed copy of the 2020 handbook (diffForms itself is tested in packages/rules/test/diff).
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { FormDiff } from "@cluster-form/rules";
import { cli, FIXTURES, REPO } from "./run-cli.js";

const HANDBOOK = join(REPO, "forms", "2020-handbook");
let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-diff-command-"));
});
afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** A copy of the handbook with the first `from` in `file` replaced by `to`. */
async function handbookWith(file: string, from: string, to: string): Promise<string> {
  const dir = join(scratch, "handbook");
  await cp(HANDBOOK, dir, { recursive: true });
  const text = await readFile(join(dir, file), "utf8");
  if (!text.includes(from)) throw new Error(`"${from}" not in ${file}`);
  await writeFile(join(dir, file), text.replace(from, to));
  return dir;
}

describe("cluster-form diff", () => {
  test("plain Chinese by default, grouped by part", () => {
    const run = cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("mini-cluster-2020 2020.1.0（2020 年）→ mini-cluster-2021 2021.1.0（2021 年）");
    expect(run.stdout).toContain("【表1 服务平台】");
    expect(run.stdout).toContain("评分指标“数字化研发设计工具普及率”中与“数字化研发设计工具普及率（规上企业）”比较的数值（>）由 40 改为 45。");
    expect(run.stdout).toContain("新增评分指标“获奖”，1 分。");
    expect(run.stdout).toContain("列表“公共服务机构”删除一栏“机构名称”。");
    expect(run.stdout).toContain("共 17 处变化。");
  });

  test("--lang en and --format json", () => {
    const en = cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`, "--lang", "en"]);
    expect(en.stdout).toContain("Criterion \"数字化研发设计工具普及率\" is now worth 3 points instead of 4 points.");
    expect(en.stdout).toContain("17 change(s).");
    const json = cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`, "--format", "json"]);
    expect((JSON.parse(json.stdout) as FormDiff).changes).toHaveLength(17);
  });

  test("--exit-code exits 1 when there are differences, 0 when there are none", () => {
    expect(cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`, "--exit-code"]).code).toBe(1);
    expect(cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2020`, "--exit-code"]).code).toBe(0);
  });
});

describe("cluster-form diff of the handbook", () => {
  test("the command prints it", async () => {
    const dir = await handbookWith("parts/table6.rules.json", '"*": [2,', '"*": [3,');
    const zh = cli(["diff", HANDBOOK, dir]);
    expect(zh.code).toBe(0);
    expect(zh.stdout).toContain("评分指标“公共服务机构设立”中每个“设立的公共服务机构数”的得分由 2 分改为 3 分。");
    expect(zh.stdout).not.toContain("两个版本没有差别");
    const en = cli(["diff", HANDBOOK, dir, "--lang", "en"]);
    expect(en.stdout).toContain('In criterion "公共服务机构设立", each "设立的公共服务机构数" now scores 3 instead of 2.');
  });
});
