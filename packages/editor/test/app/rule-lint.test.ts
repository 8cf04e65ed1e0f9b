/** The raw JSON-Logic editor's live check: each problem in words and at its place in the text (for the underline). */
import { describe, expect, test } from "vitest";
import { checkRuleText } from "../../src/app/rule-lint.js";
import { editorText } from "../../src/locales/index.js";

const known = new Set(["table5.cncRate", "table8.brands"]);
const check = (text: string, lang: "zh" | "en" = "zh") => checkRuleText(text, known, lang, editorText(lang));
const marked = (text: string, problem: { from: number; to: number } | undefined): string => (problem ? text.slice(problem.from, problem.to) : "");

describe("checkRuleText", () => {
  test("a clean rule has no problem and gives its value", () => {
    const result = check('{">=": [{"var": "table5.cncRate"}, 30]}');
    expect(result.problems).toEqual([]);
    expect(result.value).toEqual({ ">=": [{ var: "table5.cncRate" }, 30] });
  });

  test("a missing comma and a full-width comma are said in words, in either language, where they are", () => {
    const missing = '{">=": [{"var": "table5.cncRate"} 30]}';
    const [zh] = check(missing).problems;
    expect(zh?.message).toContain("逗号");
    // Right after the object the comma should follow.
    expect(zh?.from).toBe(missing.indexOf("} 30") + 1);
    expect(check(missing, "en").problems[0]?.message.toLowerCase()).toContain("comma");
    const fullWidth = '{">=": [{"var": "table5.cncRate"}，30]}';
    expect(check(fullWidth).problems[0]?.message).toContain("全角");
    expect(check(fullWidth).value).toBeUndefined();
  });

  test("a name the form does not have is marked on its string; names inside per-item operations and $-names are not", () => {
    const text = '{"and": [{">": [{"var": "table5.cncRat"}, 1]}, {"some": [{"var": "table8.brands"}, {"==": [{"var": "name"}, "x"]}]}, {"var": "$form.year"}]}';
    const problems = check(text).problems;
    expect(problems.map((p) => p.message)).toEqual(["没有名为“table5.cncRat”的数据"]);
    expect(marked(text, problems[0])).toBe('"table5.cncRat"');
  });

  test("an operation the evaluator refuses is marked on the node that uses it", () => {
    const text = '{"and": [true, {"log": "x"}]}';
    const problems = check(text).problems;
    expect(problems.length).toBeGreaterThan(0);
    expect(marked(text, problems[0])).toBe('{"log": "x"}');
  });
});
