/** Filling a test case's data by hand: values set where they are, added with what is on the way, removed; the rest of the file kept. */
import { describe, expect, it } from "vitest";
import { applyChanges, EditRefused, revertChanges, setCaseValue } from "../../src/edits/index.js";

const FILE = "tests/table8.json";
const TEXT = `{
  "$comment": "kept",
  "cases": [
    {
      "name": "stub",
      "submission": { "data": { "table8": { "brands": { "other": { "items": [{ "name": "" }] } } } } },
      "expect": { "noFindings": true }
    },
    { "name": "empty", "submission": {} }
  ]
}
`;
const texts = { [FILE]: TEXT };
const parsed = (text: string | undefined): { cases: { submission: { data?: unknown } }[]; $comment: string } => JSON.parse(text ?? "") as never;

describe("setCaseValue", () => {
  it("sets a value the case has, touching only that value", () => {
    const result = setCaseValue(texts, FILE, 0, ["table8", "brands", "other", "items", 0, "name"], "某企业");
    const after = result.changes[0]?.after ?? "";
    expect(after).toBe(TEXT.replace('"name": ""', '"name": "某企业"'));
    expect(revertChanges(applyChanges(texts, result), result)[FILE]).toBe(TEXT);
  });

  it("adds a value the case has not, with the objects and list items on the way (an empty case has no data yet)", () => {
    const item = setCaseValue(texts, FILE, 0, ["table8", "brands", "other", "items", 1], {});
    const filled = applyChanges(texts, item);
    const named = setCaseValue(filled, FILE, 0, ["table8", "brands", "other", "items", 1, "name"], "第二项");
    const stub = parsed(applyChanges(filled, named)[FILE]);
    expect(stub.cases[0]?.submission.data).toEqual({ table8: { brands: { other: { items: [{ name: "" }, { name: "第二项" }] } } } });
    const empty = parsed(applyChanges(texts, setCaseValue(texts, FILE, 1, ["table5", "cncRate"], 30))[FILE]);
    expect(empty.cases[1]?.submission.data).toEqual({ table5: { cncRate: 30 } });
    expect(empty.$comment).toBe("kept");
  });

  it("removes a value or an item with undefined, and does nothing when it is not there", () => {
    const removed = parsed(applyChanges(texts, setCaseValue(texts, FILE, 0, ["table8", "brands", "other", "items", 0], undefined))[FILE]);
    expect(removed.cases[0]?.submission.data).toEqual({ table8: { brands: { other: { items: [] } } } });
    expect(setCaseValue(texts, FILE, 1, ["table5", "cncRate"], undefined).changes).toEqual([]);
  });

  it("refuses a case that is not in the file, and a file that does not parse", () => {
    expect(() => setCaseValue(texts, FILE, 2, ["table5", "cncRate"], 1)).toThrow(EditRefused);
    expect(() => setCaseValue({ [FILE]: "{ \"cases\": [ }" }, FILE, 0, ["x"], 1)).toThrow(EditRefused);
  });
});
