import type { EvaluationResult } from "@cluster-form/rules";
import { describe, expect, it } from "vitest";
import { jsonEqual } from "@cluster-form/schema";
import { indexResult, PartVersions } from "../../src/session/result-index.js";

describe("jsonEqual", () => {
  const cases: [unknown, unknown, boolean][] = [
    [1, 1, true],
    [1, "1", false],
    [null, null, true],
    [null, {}, false],
    [{}, null, false],
    [[], {}, false],
    [{}, [], false],
    [[1, [2, { a: "x" }]], [1, [2, { a: "x" }]], true],
    [[1, 2], [1, 2, 3], false],
    [{ a: 1, b: { c: [true] } }, { b: { c: [true] }, a: 1 }, true],
    [{ a: 1, b: undefined }, { a: 1, c: undefined }, false],
    [{ a: 1 }, { a: 1, b: 2 }, false],
    [{ a: { b: 1 } }, { a: { b: 2 } }, false],
  ];
  it.each(cases)("%j and %j: %s", (a, b, equal) => {
    expect(jsonEqual(a, b)).toBe(equal);
    expect(jsonEqual(b, a)).toBe(equal);
  });
});

/** A result with one criterion in each of two parts. */
function resultWith(scoreA: number, scoreB: number): EvaluationResult {
  const criterion = (id: string, part: string, value: number) => ({ id, part, columns: { self: { value } }, explanation: { steps: [{ text: `${id} ${value}` }] } });
  return { criteria: [criterion("a1", "a", scoreA), criterion("b1", "b", scoreB)], findings: [], notApplicable: [] } as unknown as EvaluationResult;
}

describe("part versions", () => {
  it("keep a part's version while the result says the same about it, and change it when not", () => {
    const versions = new PartVersions();
    const first = indexResult(resultWith(1, 1), undefined, versions);
    const a1 = first.partVersion("a");
    const b1 = first.partVersion("b");
    expect(a1).not.toBe(b1);
    // A new evaluation, equal objects (not the same ones) for part a, a new score in part b.
    const second = indexResult(resultWith(1, 2), undefined, versions);
    expect(second.partVersion("a")).toBe(a1);
    expect(second.partVersion("b")).not.toBe(b1);
    // Asked twice of one index: the same answer.
    expect(second.partVersion("b")).toBe(second.partVersion("b"));
    // Back to what was said before: a new version (only the last one is remembered).
    expect(indexResult(resultWith(1, 1), undefined, versions).partVersion("b")).not.toBe(second.partVersion("b"));
  });

  it("never hands out the same version from two sets of versions", () => {
    const one = indexResult(resultWith(1, 1), undefined, new PartVersions()).partVersion("a");
    const other = indexResult(resultWith(5, 5), undefined, new PartVersions()).partVersion("a");
    expect(one).not.toBe(other);
  });

  it("tells a finding's appearance, and a field ceasing to apply, as changes of its part", () => {
    const versions = new PartVersions();
    const base = resultWith(1, 1);
    const before = indexResult(base, undefined, versions).partVersion("a");
    const withFinding = { ...base, findings: [{ code: "x", severity: "error", pointer: "/data/a/name", message: { zh: "错", en: "wrong" } }] } as unknown as EvaluationResult;
    const afterFinding = indexResult(withFinding, undefined, versions).partVersion("a");
    expect(afterFinding).not.toBe(before);
    const notApplicable = { ...base, notApplicable: ["/data/a/name"] } as unknown as EvaluationResult;
    expect(indexResult(notApplicable, undefined, versions).partVersion("a")).not.toBe(afterFinding);
  });
});
