import { describe, expect, it } from "vitest";
import { MEMO_LIMIT, memoized } from "../../src/index.js";

describe("memoized", () => {
  it("answers each key once, undefined answers included", () => {
    const asked: string[] = [];
    const length = memoized((key: string) => {
      asked.push(key);
      return key === "none" ? undefined : key.length;
    });
    expect([length("ab"), length("ab"), length("none"), length("none"), length("__proto__"), length("__proto__")]).toEqual([2, 2, undefined, undefined, 9, 9]);
    expect(asked).toEqual(["ab", "none", "__proto__"]);
  });

  it("keeps at most MEMO_LIMIT answers, and still answers right past them", () => {
    let computed = 0;
    const double = memoized((key: string) => {
      computed += 1;
      return `${key}${key}`;
    });
    for (let i = 0; i < MEMO_LIMIT + 10; i += 1) double(String(i));
    expect(computed).toBe(MEMO_LIMIT + 10);
    expect(double("0")).toBe("00");
    expect(computed, "a key within the limit is remembered").toBe(MEMO_LIMIT + 10);
    expect(double(String(MEMO_LIMIT + 5))).toBe(`${MEMO_LIMIT + 5}${MEMO_LIMIT + 5}`);
    expect(computed, "a key past the limit is worked out again").toBe(MEMO_LIMIT + 11);
  });

  it("keys by every argument when told how, so two arguments never share an answer by accident", () => {
    const joined = memoized(
      (role: string, pointer: string) => `${role}|${pointer}`,
      (role, pointer) => `${role.length}:${role}${pointer}`,
    );
    expect(joined("ab", "/c")).toBe("ab|/c");
    expect(joined("a", "b/c")).toBe("a|b/c");
  });
});
