// diffForms on two fixture years with known changes (the command's cases are in packages/cli/test/diff-command.test.ts).
import { beforeAll, describe, expect, test } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "../../../schema/src/node.js";
import { sharedFixture } from "../fixtures/load.js";
import { diffForms, formatDiff, type FormDiff } from "../../src/index.js";

let before: FormPackage;
let after: FormPackage;
let diff: FormDiff;
beforeAll(async () => {
  before = await loadFormFolder(sharedFixture("mini-2020"));
  after = await loadFormFolder(sharedFixture("mini-2021"));
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
      expect.objectContaining({ kind: "rule.input", pointer: "/criteria/1/branches/0/when/==/0/var", from: "table1.hasPlan", to: "table1.hasPlans", fromLabel: "是否编制发展规划", toLabel: "table1.hasPlans" }),
    ]);
    const reshaped = diffForms(swap(before, { var: "table1.hasPlan" }), swap(before, { and: [{ var: "table1.hasPlan" }, true] })).changes;
    expect(reshaped).toEqual([
      expect.objectContaining({ kind: "rule.changed", pointer: "/criteria/1/branches/0/when", from: { var: "table1.hasPlan" }, to: { and: [{ var: "table1.hasPlan" }, true] } }),
    ]);
  });
});
