/** Which scores a blank copy prints blank: answers kept per criterion result must still follow the part's values. */
import type { CriterionResult } from "@cluster-form/rules";
import { describe, expect, it } from "vitest";
import type { WidgetContext } from "../../src/widgets/types.js";
import { unanswered } from "../../src/widgets/unanswered.js";

const criterionOf = (part: string, inputs: readonly { path: string; value: unknown }[]): CriterionResult => ({ id: "c", part, explanation: { inputs } }) as unknown as CriterionResult;
const withParts = (parts: Readonly<Record<string, unknown>>): WidgetContext => ({ partValue: (id: string) => parts[id] }) as unknown as WidgetContext;

describe("unanswered", () => {
  it("reads the criterion's part again once its value is another, for the same result (the evaluator reuses a result the change did not touch)", () => {
    const counted = criterionOf("p", [{ path: "$computed.p.rows", value: 0 }]);
    expect(unanswered(counted, withParts({ p: { list: [] } }))).toBe(true);
    expect(unanswered(counted, withParts({ p: { list: [{ name: "甲" }] } }))).toBe(false);
    expect(unanswered(counted, withParts({ p: { note: "" } }))).toBe(true);
  });

  it("answers from the result alone when it reads no value computed from its own part", () => {
    const filled = criterionOf("p", [{ path: "q.x", value: 3 }]);
    const fromOtherPart = criterionOf("p", [{ path: "q.x", value: "" }, { path: "$computed.other.n", value: 1 }]);
    const blank = criterionOf("p", [{ path: "q.x", value: "" }, { path: "q.rows", value: [{ a: null }] }]);
    for (const parts of [{}, { p: { x: 1 } }]) {
      expect(unanswered(filled, withParts(parts))).toBe(false);
      expect(unanswered(fromOtherPart, withParts(parts))).toBe(false);
      expect(unanswered(blank, withParts(parts))).toBe(true);
    }
  });
});
