/** The one way to translate: `Lang`, `langOf`, `translate`, and the schema catalog built on them. */
import { describe, expect, it } from "vitest";
import { catalogs, LANGS, langOf, message, translate, type Catalogs } from "../src/index.js";

describe("langOf", () => {
  it("reads English and Chinese tags in any case and with any region or script", () => {
    expect(["en", "EN", "en-GB", "en_US"].map((tag) => langOf(tag))).toEqual(["en", "en", "en", "en"]);
    expect(["zh", "zh-CN", "ZH-hant-TW"].map((tag) => langOf(tag, "en"))).toEqual(["zh", "zh", "zh"]);
  });

  it("gives the fallback for any other tag: Chinese unless told otherwise", () => {
    expect(langOf("fr")).toBe("zh");
    expect(langOf("")).toBe("zh");
    expect(langOf("de-DE", "en")).toBe("en");
  });
});

describe("translate", () => {
  const pair: Catalogs<{ readonly rows: (n: number) => string }> = {
    zh: { rows: (n) => `${n} 行` },
    en: { rows: (n) => `${n} ${n === 1 ? "row" : "rows"}` },
  };

  it("asks each language's catalog for the same message", () => {
    expect(translate(pair, (c) => c.rows(2))).toEqual({ zh: "2 行", en: "2 rows" });
  });

  it("is what the schema's messages are made with, in every language of LANGS", () => {
    expect(LANGS).toEqual(["zh", "en"]);
    const made = message("fileMissing", { path: "parts/t1.json" });
    expect(made).toEqual(translate(catalogs, (c) => c.fileMissing({ path: "parts/t1.json" })));
    expect(made).toEqual({ zh: "找不到文件：parts/t1.json", en: "File not found: parts/t1.json" });
    for (const lang of LANGS) expect(Object.keys(catalogs[lang]).sort()).toEqual(Object.keys(catalogs.zh).sort());
  });
});
