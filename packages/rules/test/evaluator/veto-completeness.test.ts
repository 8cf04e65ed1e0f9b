// The veto, completeness and the final-mode findings on the mini fixture form.
import { describe, expect, it } from "vitest";
import { createEvaluator } from "../../src/index.js";
import { loadFixture } from "../fixtures/load.js";
import { completeSubmission } from "../fixtures/mini-submissions.js";
import { copy, findingsWith } from "./helpers.js";

const evaluator = createEvaluator(loadFixture("mini-form"));

describe("veto", () => {
  it("is decided and not vetoed when the question is answered no", () => {
    expect(evaluator.evaluate(completeSubmission).veto).toEqual({ vetoed: false, decided: true, reasons: [] });
  });

  it("vetoes with its reason when the question is answered yes, and still shows the points", () => {
    const submission = copy(completeSubmission);
    submission.data.tC.accident = true;
    const result = evaluator.evaluate(submission);
    expect(result.veto).toEqual({
      vetoed: true,
      decided: true,
      reasons: [{ id: "c.accident", message: { zh: "两年内发生重大事故，一票否决。", en: "A major accident within two years: one-vote veto." } }],
    });
    expect(result.total.self?.value).toBe(18);
  });

  it("is undecided while the question is unanswered", () => {
    const submission = copy(completeSubmission);
    delete submission.data.tC.accident;
    expect(evaluator.evaluate(submission).veto).toEqual({ vetoed: false, decided: false, reasons: [] });
  });
});

describe("completeness", () => {
  it("is 100% for a complete submission", () => {
    const { completeness } = evaluator.evaluate(completeSubmission);
    expect(completeness.percent).toBe(100);
    expect(completeness.parts.map((p) => [p.part, p.required, p.filled, p.percent])).toEqual([
      ["cover", 4, 4, 100],
      ["tA", 3, 3, 100],
      ["tB", 7, 7, 100],
      ["tC", 1, 1, 100],
    ]);
  });

  it("lists every blank required field with its label, rows included, per part, rounded down", () => {
    const submission = copy(completeSubmission);
    submission.data.cover!.contact.phone = "  ";
    submission.data.tB.organisations[1] = { name: "检测中心", kind: "", operating: true };
    const { completeness } = evaluator.evaluate(submission);
    const cover = completeness.parts.find((p) => p.part === "cover");
    expect(cover).toMatchObject({ required: 4, filled: 3, percent: 75, blanks: [{ pointer: "/data/cover/contact/phone", label: "联系人 电话" }] });
    const tB = completeness.parts.find((p) => p.part === "tB");
    expect(tB).toMatchObject({ required: 7, filled: 6, percent: 85, blanks: [{ pointer: "/data/tB/organisations/1/kind", label: "公共服务机构 第 2 行 类别" }] });
    expect(completeness.percent).toBe(86);
  });

  it("counts a required list without rows as one blank, and a missing part through its required fields", () => {
    const submission = copy(completeSubmission);
    submission.data.tB.organisations = [];
    delete submission.data.cover;
    const { completeness } = evaluator.evaluate(submission);
    expect(completeness.parts.find((p) => p.part === "tB")).toMatchObject({ required: 2, filled: 1, blanks: [{ pointer: "/data/tB/organisations", label: "公共服务机构" }] });
    expect(completeness.parts.find((p) => p.part === "cover")).toMatchObject({ required: 4, filled: 0, percent: 0 });
  });

  it("reports blanks as errors only in final mode", () => {
    const submission = copy(completeSubmission);
    submission.data.cover!.name = "";
    const draft = evaluator.evaluate(submission);
    expect(draft.findings.filter((f) => f.pointer === "/data/cover/name")).toEqual([]);
    expect(draft.valid).toBe(true);
    const final = evaluator.evaluate(submission, { mode: "final" });
    expect(final.valid).toBe(false);
    const blank = final.findings.filter((f) => f.pointer === "/data/cover/name");
    expect(blank).toHaveLength(1);
    expect(blank[0]).toMatchObject({ severity: "error", label: "集群名称" });
  });

  it("does not require a field that does not apply, even in final mode", () => {
    const submission = copy(completeSubmission);
    delete submission.data.tA.greenFood;
    const final = evaluator.evaluate(submission, { mode: "final" });
    expect(final.findings.filter((f) => f.pointer.startsWith("/data/tA/greenFood"))).toEqual([]);
    expect(final.valid).toBe(true);
  });
});

describe("checks and schema findings", () => {
  it("reports a failed check at its field with the form's message", () => {
    const submission = copy(completeSubmission);
    submission.data.tA.cncRate = 120;
    const result = evaluator.evaluate(submission);
    expect(findingsWith(result, "check.tA.cncAtMost100")).toEqual([
      {
        code: "check.tA.cncAtMost100",
        severity: "error",
        pointer: "/data/tA/cncRate",
        label: "关键工序数控化率",
        message: { zh: "关键工序数控化率不能超过100%。", en: "The CNC rate cannot exceed 100%." },
        part: "tA",
      },
    ]);
    expect(result.valid).toBe(false);
  });

  it("passes schema findings through, with the field's pointer", () => {
    const submission = copy(completeSubmission);
    submission.data.tA.rdToolsRate = "很高";
    const result = evaluator.evaluate(submission);
    expect(result.findings.some((f) => f.pointer === "/data/tA/rdToolsRate" && f.severity === "error")).toBe(true);
    expect(result.valid).toBe(false);
  });

  it("uses the validator it is given", () => {
    const seen: string[] = [];
    const custom = createEvaluator(loadFixture("mini-form"), {
      validator: { validate: (_data, mode) => (seen.push(mode), [{ code: "custom", severity: "warning", pointer: "", message: { zh: "z", en: "e" } }]) },
    });
    const result = custom.evaluate(completeSubmission, { mode: "final" });
    expect(seen).toEqual(["final"]);
    expect(findingsWith(result, "custom")).toHaveLength(1);
  });
});
