/** 规则测试运行器的中文文字。 */
import type { RuleTestsCatalog } from "./rule-tests.catalog.js";

export const ruleTestsZh: RuleTestsCatalog = {
  pass: "✓",
  fail: "✗",
  expectedGot: (expected, actual) => `预期 ${expected}，实际 ${actual}`,
  notFound: (expected, actual) => `预期 ${expected}，但实际结果中没有（实际：${actual}）`,
  unknownCriterion: (id) => `表单中没有评分指标“${id}”`,
  unknownPart: (id) => `表单中没有部分“${id}”`,
  unknownColumn: (id) => `表单中没有评分列“${id}”`,
  crashed: (detail) => `评分过程出错：${detail}`,
  subject: { ruleScore: "规则算出的分", total: "总分", completeness: "填报完整度", vetoed: "一票否决", notApplicable: "不适用的填报项", findings: "问题提示" },
  coverage: {
    covered: (c, oc, b, ob) => `用例覆盖：评分指标 ${c}/${oc}，评分档 ${b}/${ob}。`,
    uncoveredCriteria: "没有用例覆盖的评分指标（没有用例对它写预期）：",
    uncoveredBranches: "没有用例覆盖的评分档（写了预期的用例中，这一档从未成立）：",
    criterion: (id, label) => `${id}“${label}”`,
    branch: (id, label, n, text) => `${id}“${label}”第 ${n} 档：${text}`,
  },
  file: {
    notAnObject: "规则测试文件必须是含 cases 列表的 JSON 对象。",
    noCases: "cases 必须是测试用例列表。",
    caseNotAnObject: "测试用例必须是含 name、submission、expect 的对象。",
    missingKey: (key) => `测试用例缺少 ${key}。`,
    unknownExpectKey: (key, known) => `expect 中不能有“${key}”（可用：${known}）。拼错的键不会检查任何内容。`,
    notText: (key) => `${key} 必须是文字。`,
  },
};
