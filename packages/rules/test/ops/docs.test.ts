// docs/rules.md documents every custom operation with its examples, generated from the registry.
// After changing an operation: UPDATE_DOCS=1 npx vitest run packages/rules/test/ops/docs.test.ts
import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allowedOperationNames, operations, REFUSED_OPERATIONS, STANDARD_OPERATIONS } from "../../src/index.js";
import { END, renderOperationsSection, START } from "./render-doc.js";

const docUrl = new URL("../../../../docs/rules.md", import.meta.url);

describe("docs/rules.md", () => {
  let doc = readFileSync(docUrl, "utf8");
  const start = doc.indexOf(START);
  const end = doc.indexOf(END);

  it("holds the generated operations section", () => {
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const current = doc.slice(start, end + END.length);
    const expected = renderOperationsSection();
    if (process.env.UPDATE_DOCS && current !== expected) {
      doc = doc.slice(0, start) + expected + doc.slice(end + END.length);
      writeFileSync(docUrl, doc);
    }
    expect(current === expected || Boolean(process.env.UPDATE_DOCS), "docs/rules.md is out of date: run UPDATE_DOCS=1 npx vitest run packages/rules/test/ops/docs.test.ts").toBe(true);
  });

  it("names every operation a rule may use, and the refused ones", () => {
    for (const op of operations) expect(doc).toContain(`### \`${op.name}\``);
    for (const name of STANDARD_OPERATIONS) expect(doc, name).toContain(`\`${name}\``);
    for (const name of REFUSED_OPERATIONS) expect(doc, name).toContain(`\`${name}\``);
    expect(allowedOperationNames()).toHaveLength(STANDARD_OPERATIONS.length + operations.length);
  });
});
