/** JSON syntax errors in words, at the character to fix: the mistakes of a Chinese keyboard named. */
import { describe, expect, it } from "vitest";
import { parseJson } from "../src/index.js";

const first = (text: string) => {
  const [finding] = parseJson("parts/table1.rules.json", text).findings;
  if (!finding) throw new Error("no finding");
  return { code: finding.code, line: finding.location.line, column: finding.location.column, zh: finding.message.zh, en: finding.message.en };
};

describe("syntax errors in words", () => {
  it.each([
    ["full-width comma", '{\n  "a": 1，\n  "b": 2\n}', 2, 9, "这里用了全角逗号“，”，请改为英文逗号 ,", 'full-width comma "，"'],
    ["enumeration comma", '{\n  "a": [1、2]\n}', 2, 10, "全角逗号“、”", "ASCII comma ,"],
    ["full-width colon", '{\n  "a"： 1\n}', 2, 6, "这里用了全角冒号“：”，请改为英文冒号 :", "ASCII colon :"],
    ["curly quotes around a key", '{\n  “a”: 1\n}', 2, 3, "全角双引号““”，请改为英文双引号 \"", "ASCII double quote \""],
    ["single curly quotes", "{\n  ‘a’: 1\n}", 2, 3, "全角引号“‘”", "full-width quote"],
    ["a string closed by a curly quote", '{\n  "a": "abc”,\n  "b": 2\n}', 2, 12, "全角双引号“””", 'full-width double quote "”"'],
    ["full-width bracket", '{\n  "a": 【1, 2】\n}', 2, 8, "全角方括号“【”，请改为英文方括号 [", "ASCII bracket ["],
    ["full-width brace", '｛\n  "a": 1\n}', 1, 1, "全角花括号“｛”，请改为英文花括号 {", "ASCII brace {"],
    ["full-width space", '{\n  "a":\u30001\n}', 2, 7, "全角空格", "full-width space"],
  ])("%s → json-full-width", (_name, text, line, column, zh, en) => {
    const found = first(text);
    expect(found).toMatchObject({ code: "json-full-width", line, column });
    expect(found.zh).toContain(zh);
    expect(found.en).toContain(en);
  });

  it.each([
    ["missing comma, pointed after the value", '{\n  "a": 1\n  "b": 2\n}', 2, 9, "这里缺少逗号", "A comma is missing here"],
    ["missing colon", '{\n  "a" 1\n}', 2, 6, "这里缺少冒号", "A colon is missing here"],
    ["unclosed string", '{\n  "a": "abc,\n  "b": 2\n}', 2, 8, "缺少右边的英文双引号", "the closing double quote"],
    ["unclosed string quoting “示范” inside", '{\n  "a": "评为“示范”企业,\n  "b": 2\n}', 2, 8, "缺少右边的英文双引号", "the closing double quote"],
    ["single quotes", "{\n  'a': 1\n}", 2, 3, "不能用单引号", "not single quotes"],
    ["missing closing bracket", '{\n  "a": [1, 2\n}', 3, 1, "不配对", "does not close"],
    ["missing closing brace", '{\n  "a": 1\n', 3, 1, "缺少 }", "a } is missing"],
    ["one brace too many", '{\n  "a": 1\n}\n}', 4, 1, "多了一个 }", "one } or ] too many"],
    ["leading zero", '{\n  "a": 01\n}', 2, 9, "这里缺少逗号", "A comma is missing"],
    ["a missing value", '{\n  "a": ,\n}', 2, 8, "缺少一个值", "A value is missing"],
    ["two commas", '{\n  "a": 1,,\n  "b": 2\n}', 2, 10, "多了一个逗号", "One comma too many"],
    ["an empty file", "", 1, 1, "文件是空的", "The file is empty"],
  ])("%s → json-syntax in words", (_name, text, line, column, zh, en) => {
    const found = first(text);
    expect(found).toMatchObject({ code: "json-syntax", line, column });
    expect(found.zh).toContain(zh);
    expect(found.en).toContain(en);
    expect(found.en).not.toMatch(/Expected|InvalidSymbol|UnexpectedEnd/);
  });

  it("a trailing comma keeps its own code, at the comma", () => {
    expect(first('{\n  "a": 1,\n}')).toMatchObject({ code: "json-trailing-comma", line: 2, column: 9 });
  });

  it("full-width punctuation inside a text is data, not an error", () => {
    expect(parseJson("a.json", '{"text": "得1分，不超过3分：“示范”【注】"}')).toMatchObject({ findings: [] });
  });
});
