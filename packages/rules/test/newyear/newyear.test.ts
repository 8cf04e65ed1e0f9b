// The new-year library: ids, versions, submission envelopes and test dates moved forward (the command's cases are in packages/cli/test/new-year.test.ts).
import { describe, expect, test } from "vitest";
import { nextId, nextVersion } from "../../src/node.js";
import { envelopeEdits } from "../../src/newyear/envelopes.js";
import { moveDate } from "../../src/newyear/test-dates.js";

describe("new-year", () => {
  test("ids and versions move forward", () => {
    expect(nextId("hubei-cluster-handbook-2020", 2020, 2021)).toBe("hubei-cluster-handbook-2021");
    expect(nextId("cluster-form", 2020, 2021)).toBe("cluster-form-2021");
    expect(nextId("form-12020", 2020, 2021)).toBe("form-12020-2021");
    expect(nextVersion("2020.3.2", 2020, 2021)).toBe("2021.1.0");
    expect(nextVersion("1.4.2", 2020, 2021)).toBe("2.0.0");
  });

  test("submission envelopes of the old form move; other forms and deliberate version mismatches stay", () => {
    const from = { id: "f-2020", version: "2020.1.0" };
    const to = { id: "f-2021", version: "2021.1.0" };
    const document = {
      form: { id: "f-2020", version: "2020.1.0" },
      cases: [
        { submission: { form: { id: "f-2020", version: "2019.9.0" } } },
        { submission: { form: { id: "other", version: "2020.1.0" } } },
        { submission: { data: { form: "f-2020" } } },
      ],
    };
    expect(envelopeEdits(document, from, to).map((e) => [e.path.join("."), e.value])).toEqual([
      ["form.id", "f-2021"],
      ["form.version", "2021.1.0"],
      ["cases.0.submission.form.id", "f-2021"],
    ]);
  });

  test("dates move by whole years; 29 February stays in February", () => {
    expect(moveDate("2020-12-31", 1)).toBe("2021-12-31");
    expect(moveDate("2020-02-29", 1)).toBe("2021-02-28");
    expect(moveDate("2020-02-29", 4)).toBe("2024-02-29");
    expect(moveDate("2020-12", 1)).toBeUndefined();
    expect(moveDate("note 2020-12-31", 1)).toBeUndefined();
  });
});
