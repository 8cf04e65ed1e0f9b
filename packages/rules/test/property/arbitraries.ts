// fast-check generators of rule trees and submissions for the mini fixture form.
import fc from "fast-check";
import { allowedOperationNames } from "../../src/index.js";

/** Paths a generated rule may read: real fields, rows, computed values and hostile names. */
export const varPaths = [
  "",
  "tA.rdToolsRate",
  "tA.sales.y2019",
  "tB.organisations",
  "operating",
  "name",
  "current",
  "accumulator",
  "$form.year",
  "$computed.tA.salesGrowth",
  "__proto__",
  "constructor",
  "constructor.prototype",
  "toString",
  "tA.__proto__.polluted",
  "hasOwnProperty",
  "0",
  "length",
];

const leaf: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer({ min: -5, max: 50 }),
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  fc.constantFrom("", "a", "2020-01-01", "constructor", "__proto__"),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom(...varPaths).map((path) => ({ var: path })),
);

/** Rule trees over every allowed operation, with arguments that are themselves rules. */
export const ruleTree: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  rule: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    leaf,
    fc
      .tuple(fc.constantFrom(...allowedOperationNames()), fc.array(tie("rule"), { maxLength: 4 }))
      .map(([op, args]) => ({ [op]: args })),
    fc.array(tie("rule"), { maxLength: 3 }),
  ),
})).rule;

const criterionIds = ["a.digital", "a.platform", "a.green", "b.organisations", "b.operating", "b.plan", "__proto__", "constructor"];

/** Submissions shaped like the form, with arbitrary values anywhere. */
export const shapedSubmission: fc.Arbitrary<unknown> = fc.record({
  form: fc.oneof(fc.constant({ id: "fixture-mini", version: "2020.0.1" }), fc.jsonValue()),
  data: fc.record(
    {
      cover: fc.record({ name: fc.string(), agricultural: fc.oneof(fc.boolean(), fc.jsonValue()) }, { requiredKeys: [] }),
      tA: fc.dictionary(fc.constantFrom("rdToolsRate", "cncRate", "broadband", "wireless", "hasPlatform", "greenFood", "sales", "__proto__"), fc.oneof(fc.double(), fc.integer(), fc.jsonValue())),
      tB: fc.record(
        {
          organisations: fc.oneof(fc.array(fc.record({ name: fc.string(), kind: fc.string(), operating: fc.oneof(fc.boolean(), fc.jsonValue()) }, { requiredKeys: [] }), { maxLength: 8 }), fc.jsonValue()),
          planDone: fc.oneof(fc.boolean(), fc.jsonValue()),
        },
        { requiredKeys: [] },
      ),
      tC: fc.record({ accident: fc.oneof(fc.boolean(), fc.constant(null), fc.jsonValue()) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
  scores: fc.dictionary(
    fc.constantFrom(...criterionIds),
    fc.oneof(fc.dictionary(fc.constantFrom("self", "expert", "__proto__"), fc.oneof(fc.double(), fc.integer({ min: -2, max: 12 }), fc.jsonValue())), fc.jsonValue()),
  ),
});

export const anySubmission: fc.Arbitrary<unknown> = fc.oneof(fc.jsonValue(), shapedSubmission);
