// One broken form per fault lint must catch: each yields exactly one finding with the right code, file, line and pointer.
import { describe, expect, test } from "vitest";
import { cli, FIXTURES, hasStackTrace } from "../../../cli/test/run-cli.js";

interface Expected {
  readonly dir: string;
  readonly code: string;
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly pointer: string;
  /** Words the English message must contain, so a policy officer knows what to fix. */
  readonly says: readonly string[];
}

const RULES = "parts/table1.rules.json";

const cases: readonly Expected[] = [
  { dir: "unknown-field", code: "lint.var.unknownField", file: RULES, line: 89, column: 17, pointer: "/criteria/0/branches/0/when/>/0/var", says: ["rdToolRate", 'Did you mean "rdToolsRate"'] },
  { dir: "unknown-row-field", code: "lint.var.unknownRowField", file: RULES, line: 18, column: 19, pointer: "/computed/0/logic/count/filter/1/==/0/var", says: ["operatng", "each row of 公共服务机构", 'Did you mean "operating"'] },
  { dir: "unknown-computed", code: "lint.var.unknownComputed", file: RULES, line: 144, column: 21, pointer: "/criteria/2/branches/0/logic/clamp/0/*/0/var", says: ["$computed.table1.operatingCnt", "table1.operatingCount"] },
  { dir: "compare-types", code: "lint.type.compare", file: RULES, line: 87, column: 13, pointer: "/criteria/0/branches/0/when/>", says: ["a number", "a text", "数字化研发设计工具普及率"] },
  { dir: "not-a-choice", code: "lint.type.notAChoice", file: RULES, line: 42, column: 17, pointer: "/computed/1/logic/count/filter/1/==/1", says: ["检验检侧", '"行业协会", "检验检测"'] },
  { dir: "computed-cycle", code: "lint.computed.cycle", file: RULES, line: 9, column: 7, pointer: "/computed/0/logic", says: ["table1.operatingCount → table1.testingCount → table1.operatingCount"] },
  { dir: "criteria-sum", code: "lint.points.criteriaSum", file: RULES, line: 77, column: 3, pointer: "/criteria", says: ["add up to 11 points", "worth 10"] },
  { dir: "parts-sum", code: "lint.points.partsSum", file: "form.json", line: 8, column: 3, pointer: "/totalPoints", says: ["add up to 10 points", '"totalPoints" is 12'] },
  { dir: "judgement-range", code: "lint.judgement.range", file: RULES, line: 98, column: 11, pointer: "/criteria/0/branches/1/judgement", says: ["min 3, max 1", "0 ≤ min ≤ max"] },
  { dir: "judgement-beyond-points", code: "lint.judgement.beyondPoints", file: RULES, line: 100, column: 13, pointer: "/criteria/0/branches/1/judgement/max", says: ["up to 6", "4 points"] },
  { dir: "branch-beyond-points", code: "lint.branch.beyondPoints", file: RULES, line: 122, column: 11, pointer: "/criteria/1/branches/0/points", says: ["gives 5 points", "criterion's 2"] },
  { dir: "no-scoring-text", code: "lint.criterion.noText", file: RULES, line: 110, column: 7, pointer: "/criteria/1/text", says: ["t1.plan", "no scoring text"] },
  { dir: "unknown-operation", code: "lint.op.unknown", file: RULES, line: 139, column: 11, pointer: "/criteria/2/branches/0/logic", says: ['"clmap"', 'Did you mean "clamp"'] },
];

interface JsonFinding {
  readonly code: string;
  readonly severity: string;
  readonly location: { readonly file: string; readonly line: number; readonly column: number; readonly pointer: string };
  readonly message: { readonly zh: string; readonly en: string };
}

describe("cluster-form lint on broken fixtures", () => {
  test("the unbroken fixture has no findings and exits 0", () => {
    const run = cli(["lint", `${FIXTURES}/mini-2020`, "--lang", "en"]);
    expect(run.stdout).toBe("No findings.\n");
    expect(run.code).toBe(0);
  });

  test.each(cases)("$dir → $code at $file:$line", (expected) => {
    const run = cli(["lint", `${FIXTURES}/lint-broken/${expected.dir}`, "--format", "json"]);
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: JsonFinding[]; errors: number };
    expect(report.findings).toHaveLength(1);
    const [finding] = report.findings;
    expect(finding?.code).toBe(expected.code);
    expect(finding?.severity).toBe("error");
    expect(finding?.location).toEqual({ file: expected.file, line: expected.line, column: expected.column, pointer: expected.pointer });
    for (const words of expected.says) expect(finding?.message.en).toContain(words);
    expect(finding?.message.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(finding?.message.zh).not.toBe(finding?.message.en);
  });

  test("text output names file:line:column, pointer and code, in Chinese by default", () => {
    const run = cli(["lint", `${FIXTURES}/lint-broken/unknown-field`]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain("错误  parts/table1.rules.json:89:17 /criteria/0/branches/0/when/>/0/var");
    expect(run.stdout).toContain("是否应为“rdToolsRate”");
    expect(run.stdout).toContain("[lint.var.unknownField]");
    expect(run.stdout).toContain("错误 1 个，警告 0 个，提示 0 个。");
  });

  test("a form file that is not JSON prints its finding with line and column, without a stack trace", () => {
    const run = cli(["lint", `${FIXTURES}/broken-json`, "--lang", "en"]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("cannot be loaded");
    expect(run.stderr).toMatch(/parts\/table1\.rules\.json:136:\d+ /);
    expect(run.stderr).toContain("[json-syntax]");
    expect(hasStackTrace(run.stderr + run.stdout)).toBe(false);
  });
});
