/**
 * Choices compiled with their branches guarded by their list (../src/submission/choices.ts) give the
 * findings the unguarded `oneOf` gives, for any value; the guard stands only where it cannot change them.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ErrorObject } from "ajv";
import { createSubmissionAjv } from "../src/submission/ajv.js";
import { withGuardedChoices } from "../src/submission/choices.js";
import { dataFindings } from "../src/submission/findings.js";

const choice = (consts: unknown[], extra: Record<string, unknown> = {}): Record<string, unknown> => ({
  type: "string",
  title: "Kind",
  maxLength: 5,
  oneOf: consts.map((value, index) => ({ const: value, title: `Choice ${index}` })),
  ...extra,
});
const inRow = (node: Record<string, unknown>): Record<string, unknown> => ({
  type: "object",
  title: "Row",
  properties: { rows: { type: "array", title: "Rows", items: { type: "object", title: "Row", properties: { v: node } } } },
});
const guardOf = (node: Record<string, unknown>): unknown => ((withGuardedChoices(inRow(node))["properties"] as Record<string, Record<string, Record<string, Record<string, Record<string, unknown>>>>>)["rows"]?.["items"]?.["properties"]?.["v"]);

describe("a choice's branches guarded by its list", () => {
  it("stand behind `if: { enum }` where the consts are distinct scalars and nothing else on the node comes between", () => {
    expect(guardOf(choice(["a", "b"]))).toEqual({ type: "string", title: "Kind", maxLength: 5, if: { enum: ["a", "b"] }, else: { oneOf: choice(["a", "b"])["oneOf"] } });
    for (const untouched of [
      choice(["a", "a"]),
      choice([{ a: 1 }, "b"]),
      choice(["a", "b"], { allOf: [{ maxLength: 3 }] }),
      choice(["a", "b"], { if: { const: "a" }, then: { maxLength: 1 } }),
      { ...choice(["a"]), oneOf: [{ const: "a", maxLength: 1 }] },
    ]) {
      expect(guardOf(untouched)).toEqual(untouched);
    }
  });

  it("give the findings of the unguarded choice, for any value", () => {
    const ajv = createSubmissionAjv();
    const scalar = fc.oneof(fc.constantFrom("a", "b", "c", "toolong"), fc.integer({ min: -2, max: 2 }), fc.boolean(), fc.constant(null));
    fc.assert(
      fc.property(fc.array(scalar, { minLength: 1, maxLength: 5 }), fc.array(fc.oneof(scalar, fc.constant([] as unknown[])), { maxLength: 4 }), fc.constantFrom("string", "integer", "boolean"), (consts, values, type) => {
        const schema = inRow(choice(consts, { type }));
        const data = { rows: values.map((v) => ({ v })) };
        const plain = ajv.compile(schema);
        const guarded = ajv.compile(withGuardedChoices(schema));
        expect(guarded(data)).toBe(plain(data));
        const findings = (validate: typeof plain): unknown => dataFindings((validate.errors ?? []) as ErrorObject[], schema);
        expect(findings(guarded)).toEqual(findings(plain));
      }),
      { numRuns: 500 },
    );
  });
});
