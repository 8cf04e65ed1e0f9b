// The classic JSON Logic suite (280 cases), run through the project's own entry point.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { applyRule } from "../../src/index.js";

type Case = [rule: unknown, data: unknown, expected: unknown];

// Vendored with its source and licence: ../fixtures/conformance/README.md
const suiteUrl = new URL("../fixtures/conformance/jsonlogic-legacy-tests.json", import.meta.url);
const entries = JSON.parse(readFileSync(suiteUrl, "utf8")) as unknown[];
const cases = entries.filter((entry): entry is Case => Array.isArray(entry));

describe("legacy JSON Logic suite through applyRule", () => {
  it("has the 280 cases", () => {
    expect(cases).toHaveLength(280);
  });

  it.each(cases.map((c, i) => [i, JSON.stringify(c[0]), c] as const))("case %i: %s", (_i, _text, [rule, data, expected]) => {
    expect(applyRule(rule, data)).toEqual(expected);
  });
});
