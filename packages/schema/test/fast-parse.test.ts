/** The loader's fast path: JSON.parse plus a duplicate-key scan, agreeing with the position-aware parser. */
import { describe, expect, it } from "vitest";
import { hasDuplicateKey, parseFormFile } from "../src/json/fast-parse.js";
import { parseJson } from "../src/json/parse.js";

describe("hasDuplicateKey", () => {
  it.each([
    ['{"a": 1, "b": {"a": 2}}', false],
    ['{"a": 1, "a": 2}', true],
    ['{"x": [{"k": 1}, {"k": 2}]}', false],
    ['{"x": [{"k": 1, "k": 2}]}', true],
    ['{"a\\u0062": 1, "ab": 2}', true],
    ['{"s": "a \\" , \\"b\\": 1", "b": 2}', false],
    ['{"v": "{\\"a\\":1,\\"a\\":2}"}', false],
    ['[{"a": {}, "b": []}, {"a": 1}]', false],
  ])("%s → %s", (text, expected) => {
    expect(hasDuplicateKey(text)).toBe(expected);
    expect(parseJson("f.json", text).findings.some((f) => f.code === "json-duplicate-key")).toBe(expected);
  });
});

describe("parseFormFile", () => {
  it("reads valid files without the parser and reports bad ones with the parser's findings", async () => {
    expect(await parseFormFile("f.json", '\uFEFF{"a": 1}')).toEqual({ value: { a: 1 }, findings: [] });
    for (const bad of ['{"a": 1,}', '{"a": 1, "a": 2}', "// c\n{}", ""]) {
      const fast = await parseFormFile("f.json", bad);
      expect(fast.value).toBeUndefined();
      expect(fast.findings).toEqual(parseJson("f.json", bad).findings);
    }
  });
});
