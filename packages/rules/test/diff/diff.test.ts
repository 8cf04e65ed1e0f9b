// diffForms on two fixture years with known changes; the command in Chinese, English and JSON.
import { beforeAll, describe, expect, test } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormPackage } from "../../../schema/src/node.js";
import { diffForms, formatDiff, type FormDiff } from "../../src/index.js";
import { cli, FIXTURES } from "../../../cli/test/run-cli.js";

const fixture = (name: string): string => new URL(`../fixtures/${name}/`, import.meta.url).pathname;

let before: FormPackage;
let after: FormPackage;
let diff: FormDiff;
beforeAll(async () => {
  before = await loadFormPackage(fixture("mini-2020"));
  after = await loadFormPackage(fixture("mini-2021"));
  diff = diffForms(before, after);
});

describe("diffForms", () => {
  test("finds exactly the known changes", () => {
    expect(diff.changes).toEqual([
      { kind: "form.identity", key: "id", from: "mini-cluster-2020", to: "mini-cluster-2021" },
      { kind: "form.identity", key: "version", from: "2020.1.0", to: "2021.1.0" },
      { kind: "form.identity", key: "year", from: 2020, to: 2021 },
      { kind: "form.identity", key: "title", from: "2020年度迷你集群考核表", to: "2021年度迷你集群考核表" },
      { kind: "field.label", part: "table1", pointer: "/rdToolsRate", from: "数字化研发设计工具普及率", to: "数字化研发设计工具普及率（规上企业）" },
      { kind: "field.added", part: "table1", pointer: "/awards", label: "获奖数" },
      { kind: "field.choices", part: "table1", pointer: "/organisations/*/kind", label: "机构类型", added: ["人才培训"], removed: [] },
      { kind: "field.removed", part: "table1", pointer: "/organisations/*/name", label: "机构名称", list: "公共服务机构" },
      { kind: "criterion.points", part: "table1", id: "t1.digital", label: "数字化研发设计工具普及率", from: 4, to: 3 },
      expect.objectContaining({ kind: "criterion.text", id: "t1.digital" }),
      { kind: "branch.text", part: "table1", id: "t1.digital", label: "数字化研发设计工具普及率", branch: 1, from: "超过40%得4分", to: "超过45%得3分" },
      { kind: "branch.points", part: "table1", id: "t1.digital", label: "数字化研发设计工具普及率", branch: 1, text: "超过45%得3分", from: 4, to: 3 },
      {
        kind: "rule.constant",
        part: "table1",
        owner: { kind: "criterion", id: "t1.digital", label: "数字化研发设计工具普及率" },
        pointer: "/criteria/0/branches/0/when/>/1",
        op: ">",
        subject: "数字化研发设计工具普及率（规上企业）",
        from: 40,
        to: 45,
      },
      { kind: "branch.points", part: "table1", id: "t1.digital", label: "数字化研发设计工具普及率", branch: 2, text: "未超过40%，酌情评分", from: { min: 0, max: 4 }, to: { min: 0, max: 3 } },
      { kind: "criterion.label", part: "table1", id: "t1.plan", from: "规划编制", to: "发展规划编制" },
      {
        kind: "criterion.added",
        part: "table1",
        id: "t1.awards",
        label: "获奖",
        points: 1,
        text: "获得奖项的得1分。",
        branches: [
          { text: "获奖得1分", points: 1, condition: { subject: "获奖数", op: "≥", value: 1 } },
          { text: "未获奖不得分", points: 0 },
        ],
      },
      { kind: "rule.removed", part: "table1", owner: { kind: "check", id: "table1.rateKnown", label: "编制了规划的集群请填写普及率。" } },
    ]);
  });

  test("a form compared with itself has no changes", () => {
    expect(diffForms(before, before).changes).toEqual([]);
    expect(formatDiff(diffForms(before, before), "zh")).toContain("两个版本没有差别。");
  });

  test("a rule whose shape changed is reported as a whole, a read field as a changed input", () => {
    const swap = (pkg: FormPackage, when: unknown): FormPackage => ({
      ...pkg,
      parts: pkg.parts.map((part) => ({
        ...part,
        rules: part.rules && {
          ...part.rules,
          criteria: part.rules.criteria?.map((c, i) => (i === 1 ? { ...c, branches: [{ ...c.branches[0], when, text: "t" }, ...c.branches.slice(1)] } : c)),
        },
      })),
    });
    const changes = diffForms(swap(before, { "==": [{ var: "table1.hasPlan" }, true] }), swap(before, { "==": [{ var: "table1.hasPlans" }, true] })).changes;
    expect(changes).toEqual([
      expect.objectContaining({ kind: "rule.input", pointer: "/criteria/1/branches/0/when/==/0/var", from: "table1.hasPlan", to: "table1.hasPlans" }),
    ]);
    const reshaped = diffForms(swap(before, { var: "table1.hasPlan" }), swap(before, { and: [{ var: "table1.hasPlan" }, true] })).changes;
    expect(reshaped).toEqual([
      expect.objectContaining({ kind: "rule.changed", pointer: "/criteria/1/branches/0/when", from: { var: "table1.hasPlan" }, to: { and: [{ var: "table1.hasPlan" }, true] } }),
    ]);
  });
});

describe("cluster-form diff", () => {
  test("plain Chinese by default, grouped by part", () => {
    const run = cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("mini-cluster-2020 2020.1.0（2020 年）→ mini-cluster-2021 2021.1.0（2021 年）");
    expect(run.stdout).toContain("【表1 服务平台】（table1）");
    expect(run.stdout).toContain("评分指标 t1.digital“数字化研发设计工具普及率”中与“数字化研发设计工具普及率（规上企业）”比较的数值（>）由 40 改为 45。");
    expect(run.stdout).toContain("新增评分指标“获奖”（t1.awards），1 分。");
    expect(run.stdout).toContain("列表“公共服务机构”删除一栏“机构名称”（/organisations/*/name）。");
    expect(run.stdout).toContain("共 17 处变化。");
  });

  test("--lang en and --format json", () => {
    const en = cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`, "--lang", "en"]);
    expect(en.stdout).toContain("Criterion t1.digital \"数字化研发设计工具普及率\" is now worth 3 points instead of 4 points.");
    expect(en.stdout).toContain("17 change(s).");
    const json = cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`, "--format", "json"]);
    expect((JSON.parse(json.stdout) as FormDiff).changes).toHaveLength(17);
  });

  test("--exit-code exits 1 when there are differences, 0 when there are none", () => {
    expect(cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2021`, "--exit-code"]).code).toBe(1);
    expect(cli(["diff", `${FIXTURES}/mini-2020`, `${FIXTURES}/mini-2020`, "--exit-code"]).code).toBe(0);
  });
});
