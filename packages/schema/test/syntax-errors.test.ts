/** JSON syntax errors in words, at the character to fix: the mistakes of a Chinese keyboard named. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJson } from "../src/index.js";

const first = (text: string) => {
  const [finding] = parseJson("parts/table1.rules.json", text).findings;
  if (!finding) throw new Error("no finding");
  return { code: finding.code, line: finding.location.line, column: finding.location.column, zh: finding.message.zh, en: finding.message.en };
};

describe("syntax errors in words", () => {
  it.each([
    ["json-full-width", "full-width comma", '{\n  "a": 1，\n  "b": 2\n}', 2, 9, "这里用了全角逗号“，”，请改为英文逗号 ,", 'full-width comma "，"'],
    ["json-full-width", "enumeration comma", '{\n  "a": [1、2]\n}', 2, 10, "全角逗号“、”", "ASCII comma ,"],
    ["json-full-width", "full-width colon", '{\n  "a"： 1\n}', 2, 6, "这里用了全角冒号“：”，请改为英文冒号 :", "ASCII colon :"],
    ["json-full-width", "curly quotes around a key", '{\n  “a”: 1\n}', 2, 3, "全角双引号““”，请改为英文双引号 \"", "ASCII double quote \""],
    ["json-full-width", "single curly quotes", "{\n  ‘a’: 1\n}", 2, 3, "全角引号“‘”", "full-width quote"],
    ["json-full-width", "a string closed by a curly quote", '{\n  "a": "abc”,\n  "b": 2\n}', 2, 12, "全角双引号“””", 'full-width double quote "”"'],
    ["json-full-width", "full-width bracket", '{\n  "a": 【1, 2】\n}', 2, 8, "全角方括号“【”，请改为英文方括号 [", "ASCII bracket ["],
    ["json-full-width", "full-width brace", '｛\n  "a": 1\n}', 1, 1, "全角花括号“｛”，请改为英文花括号 {", "ASCII brace {"],
    ["json-full-width", "full-width space", '{\n  "a":\u30001\n}', 2, 7, "全角空格", "full-width space"],
    ["json-syntax", "missing comma, pointed after the value", '{\n  "a": 1\n  "b": 2\n}', 2, 9, "这里缺少逗号", "A comma is missing here"],
    ["json-syntax", "missing colon", '{\n  "a" 1\n}', 2, 6, "这里缺少冒号", "A colon is missing here"],
    ["json-syntax", "unclosed string", '{\n  "a": "abc,\n  "b": 2\n}', 2, 8, "缺少右边的英文双引号", "the closing double quote"],
    ["json-syntax", "unclosed string quoting “示范” inside", '{\n  "a": "评为“示范”企业,\n  "b": 2\n}', 2, 8, "缺少右边的英文双引号", "the closing double quote"],
    ["json-syntax", "single quotes", "{\n  'a': 1\n}", 2, 3, "不能用单引号", "not single quotes"],
    ["json-syntax", "missing closing bracket", '{\n  "a": [1, 2\n}', 3, 1, "不配对", "does not close"],
    ["json-syntax", "missing closing brace", '{\n  "a": 1\n', 3, 1, "缺少 }", "a } is missing"],
    ["json-syntax", "one brace too many", '{\n  "a": 1\n}\n}', 4, 1, "多了一个 }", "one } or ] too many"],
    ["json-syntax", "leading zero", '{\n  "a": 01\n}', 2, 8, "数字的写法不对", "This number is not written as JSON wants"],
    ["json-syntax", "a missing value", '{\n  "a": ,\n}', 2, 8, "缺少一个值", "A value is missing"],
    ["json-syntax", "two commas", '{\n  "a": 1,,\n  "b": 2\n}', 2, 10, "多了一个逗号", "One comma too many"],
    ["json-syntax", "an empty file", "", 1, 1, "文件是空的", "The file is empty"],
  ])("%s: %s", (code, _name, text, line, column, zh, en) => {
    const found = first(text);
    expect(found).toMatchObject({ code, line, column });
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

  it("any text, with full-width punctuation mixed into JSON, gets one finding in both languages at a real position, or none", () => {
    const piece = fc.constantFrom('{', '}', '[', ']', ',', ':', '"a"', '"', '1', '01', "'", "，", "：", "“", "”", "【", "】", "｛", "｝", "\u3000", "\n", " ", "/", "\\");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        const { findings } = parseJson("a.json", text);
        for (const finding of findings) {
          expect(finding.code).toMatch(/^json-(syntax|full-width|comment|trailing-comma|duplicate-key)$/);
          expect(finding.message.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(finding.message.en).not.toMatch(/[\u4e00-\u9fff]/);
          expect(finding.location.line).toBeGreaterThanOrEqual(1);
          expect(finding.location.column).toBeGreaterThanOrEqual(1);
          const lines = text.split(/\r\n|\r|\n/);
          expect(finding.location.line).toBeLessThanOrEqual(lines.length);
          expect(finding.location.column).toBeLessThanOrEqual((lines[finding.location.line - 1]?.length ?? 0) + 1);
        }
      }),
      { numRuns: 500 },
    );
  });
});
