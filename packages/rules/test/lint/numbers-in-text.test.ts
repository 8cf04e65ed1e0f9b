// Which numbers of a scoring text are thresholds, and when a rule's number is the one the text wrote.
import { describe, expect, test } from "vitest";
import { numbersInText, sameQuantity } from "../../src/lint/numbers-in-text.js";

const read = (text: string): [number, string | undefined][] => numbersInText(text).map((n) => [n.value, n.kind]);

describe("numbers in a scoring text", () => {
  test("percentages, amounts and counts with their kind; points, years and ordinals left out", () => {
    expect(read("2020年普及率超过40%，得1分；营业收入达到500万元；有效专利3项或3项以上；第2项、表5不计")).toEqual([
      [40, "percent"],
      [500, "amount"],
      [3, "count"],
      [3, "count"],
    ]);
  });

  test("Chinese numerals count only with a unit of count", () => {
    expect(read("设立一个机构得2分，统一规划，两家以上，十二项")).toEqual([
      [1, "count"],
      [2, "count"],
      [12, "count"],
    ]);
  });

  test("full-width digits and percent sign, and a bare number", () => {
    expect(read("达到７０％以上")).toEqual([[70, "percent"]]);
    expect(read("达到70％，编号17")).toEqual([
      [70, "percent"],
      [17, undefined],
    ]);
  });

  test("a rule may write a percentage as a fraction and an amount in 元", () => {
    const [percent, amount] = numbersInText("超过40%；达到500万元");
    if (!percent || !amount) throw new Error("not read");
    expect(sameQuantity(percent, 40)).toBe(true);
    expect(sameQuantity(percent, 0.4)).toBe(true);
    expect(sameQuantity(percent, 50)).toBe(false);
    expect(sameQuantity(amount, 500)).toBe(true);
    expect(sameQuantity(amount, 5_000_000)).toBe(true);
    expect(sameQuantity(amount, 50)).toBe(false);
  });

  test("a long text is read only up to its bound", () => {
    expect(numbersInText("得分".repeat(5000) + "40%")).toEqual([]);
  });
});
