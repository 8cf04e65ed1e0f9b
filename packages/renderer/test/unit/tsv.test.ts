import { describe, expect, it } from "vitest";
import { isTabular, parseTabSeparated } from "../../src/state/tsv.js";

describe("parseTabSeparated", () => {
  it("splits rows and cells as a spreadsheet copies them", () => {
    expect(parseTabSeparated("甲\t1\t是\r\n乙\t2\t否\r\n")).toEqual([
      ["甲", "1", "是"],
      ["乙", "2", "否"],
    ]);
  });
  it("keeps empty cells and reads quoted cells with tabs, newlines and doubled quotes", () => {
    expect(parseTabSeparated('a\t\tc\n"line 1\nline 2"\t"say ""hi"""\t"x\ty"')).toEqual([
      ["a", "", "c"],
      ["line 1\nline 2", 'say "hi"', "x\ty"],
    ]);
  });
  it("tells one cell from a block", () => {
    expect(isTabular("单个值\n")).toBe(false);
    expect(isTabular("a\tb")).toBe(true);
    expect(isTabular("a\nb")).toBe(true);
  });
});
