/** Positions of JSON pointers, strict parsing and the one-line finding format. */
import { describe, expect, it } from "vitest";
import { formatFinding, locate, parseJson } from "../src/index.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

describe("locate", () => {
  it("finds an object member at its key and an array item at its value", async () => {
    const pkg = await loadFormFolder(fixture("minimal-form"));
    const text = pkg.sources.get("parts/planning.rules.json")?.text ?? "";
    const lineOf = (needle: string): number => text.slice(0, text.indexOf(needle)).split("\n").length;
    expect(locate(pkg, "parts/planning.rules.json", "/criteria/1/points")).toEqual({
      file: "parts/planning.rules.json",
      line: lineOf('"points": 5,\n      "text": "完成规划'),
      column: 7,
      pointer: "/criteria/1/points",
    });
    expect(locate(pkg, "parts/planning.rules.json", "/criteria/0/branches/2")).toMatchObject({ line: lineOf('{ "points": 0'), column: 9 });
    expect(locate(pkg, "form.json", "")).toEqual({ file: "form.json", line: 1, column: 1, pointer: "" });
  });

  it("falls back to the nearest existing parent, keeping the pointer asked for", async () => {
    const pkg = await loadFormFolder(fixture("minimal-form"));
    const parent = locate(pkg, "form.json", "/parts/1");
    expect(locate(pkg, "form.json", "/parts/1/nothing/here")).toEqual({ ...parent, pointer: "/parts/1/nothing/here" });
    expect(locate(pkg, "no-such-file.json", "/x")).toEqual({ file: "no-such-file.json", line: 1, column: 1, pointer: "/x" });
  });

  it("formats a finding as file:line:column pointer message", () => {
    const finding = {
      code: "x",
      severity: "error" as const,
      location: { file: "parts/table3.rules.json", line: 12, column: 7, pointer: "/criteria/0/points" },
      message: { zh: "分值有误", en: "Wrong points" },
    };
    expect(formatFinding(finding, "en")).toBe("parts/table3.rules.json:12:7 /criteria/0/points  Wrong points");
    expect(formatFinding(finding, "zh")).toBe("parts/table3.rules.json:12:7 /criteria/0/points  分值有误");
  });
});

describe("parseJson", () => {
  it("parses strict JSON", () => {
    expect(parseJson("a.json", '{"a": [1, 2]}')).toMatchObject({ value: { a: [1, 2] }, findings: [] });
  });

  it("rejects comments, trailing commas and duplicate keys with their positions", () => {
    expect(parseJson("a.json", '{\n  "a": 1, // note\n  "b": 2\n}').findings).toMatchObject([
      { code: "json-comment", location: { line: 2, column: 11 } },
    ]);
    expect(parseJson("a.json", '{\n  "a": [1, 2,]\n}').findings).toMatchObject([
      { code: "json-trailing-comma", location: { line: 2, column: 13, pointer: "/a/1" } },
    ]);
    expect(parseJson("a.json", '{\n  "a": 1,\n  "a": 2\n}').findings).toMatchObject([
      { code: "json-duplicate-key", location: { line: 3, column: 3, pointer: "/a" } },
    ]);
    const empty = parseJson("a.json", "");
    expect(empty.value).toBeUndefined();
    expect(empty.findings[0]?.code).toBe("json-syntax");
  });

  it("reads a byte-order mark as whitespace, keeping columns those of the file", () => {
    expect(parseJson("a.json", '\ufeff{"a": 1}')).toMatchObject({ value: { a: 1 }, findings: [] });
    expect(parseJson("a.json", '\ufeff{"a": 1,}').findings).toMatchObject([{ code: "json-trailing-comma", location: { line: 1, column: 9 } }]);
  });

  it("keeps __proto__ as plain data", () => {
    const { value } = parseJson("a.json", '{"__proto__": {"polluted": true}}');
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)["polluted"]).toBeUndefined();
    expect(Object.hasOwn(value as object, "__proto__")).toBe(true);
  });
});
