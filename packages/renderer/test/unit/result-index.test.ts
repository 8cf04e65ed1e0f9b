/** Part digests: what tells the element whether a part must be drawn again after an evaluation. */
import type { EvaluationResult } from "@cluster-form/rules";
import { afterEach, describe, expect, it, vi } from "vitest";
import { indexResult, type PartDigests } from "../../src/core/result-index.js";

type Criterion = EvaluationResult["criteria"][number];

const criterion = (id: string, part: string, computed: number): Criterion =>
  ({ id, part, label: id, points: 5, text: "", computed, branch: 0, range: null, scores: {}, explanation: { summary: `${computed}`, steps: [] } }) as unknown as Criterion;

const resultOf = (criteria: Criterion[]): EvaluationResult => ({ criteria, findings: [], notApplicable: [] }) as unknown as EvaluationResult;

afterEach(() => {
  vi.restoreAllMocks();
});

describe("partDigest", () => {
  it("keeps a part's digest without serialising again while its criteria are the same objects", () => {
    const digests: PartDigests = new Map();
    const a = criterion("a", "t1", 1);
    const b = criterion("b", "t2", 2);
    const first = indexResult(resultOf([a, b]), undefined, digests);
    const t1 = first.partDigest("t1");
    const t2 = first.partDigest("t2");
    expect(t1).not.toBe(t2);

    const stringify = vi.spyOn(JSON, "stringify");
    const second = indexResult(resultOf([a, b]), undefined, digests);
    expect(second.partDigest("t1")).toBe(t1);
    expect(second.partDigest("t2")).toBe(t2);
    expect(stringify).not.toHaveBeenCalled();
  });

  it("changes when a criterion of the part changes, and not when an equal new object replaces one", () => {
    const digests: PartDigests = new Map();
    const before = indexResult(resultOf([criterion("a", "t1", 1)]), undefined, digests).partDigest("t1");
    expect(indexResult(resultOf([criterion("a", "t1", 1)]), undefined, digests).partDigest("t1")).toBe(before);
    expect(indexResult(resultOf([criterion("a", "t1", 3)]), undefined, digests).partDigest("t1")).not.toBe(before);
  });
});
