/** Clearing one role's entries, and the review helpers, on the 2020 handbook and its sample. */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { editRights, type Submission } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { createEvaluator } from "@cluster-form/rules";
import { describe, expect, it } from "vitest";
import { clearFor } from "../../src/session/clear.js";
import { holdsOthersData, pendingConfirmations, reviewColumnsOf, withConfirmations } from "../../src/session/review.js";

const repo = (path: string) => fileURLToPath(new URL(`../../../../${path}`, import.meta.url));

describe("the 2020 handbook", async () => {
  const pkg = await loadFormFolder(repo("forms/2020-handbook"));
  const rights = editRights(pkg);
  const sample = JSON.parse(readFileSync(repo("examples/data/2020-handbook.sample.json"), "utf8")) as Submission;
  const withReason: Submission = { ...sample, scores: { ...sample.scores, "t3.plan": { expert: 2 } }, reasons: { "t3.plan": { expert: "理由" } } };

  it("clears the expert's tables, scores and reasons, and nothing of the applicant's", () => {
    const clearing = clearFor(pkg, rights, withReason, "expert");
    expect(Object.keys(clearing.next.data).sort()).toEqual(Object.keys(sample.data).filter((part) => part !== "table10" && part !== "table12").sort());
    expect(Object.values(clearing.next.scores ?? {}).every((cell) => !("expert" in cell))).toBe(true);
    expect(clearing.next.scores?.["t3.operation"]).toEqual({ self: sample.scores?.["t3.operation"]?.self });
    expect(clearing.next.reasons).toEqual({});
    expect(clearing.parts).toEqual(pkg.parts.filter((p) => p.ref.id === "table10" || p.ref.id === "table12").map((p) => p.ref.title));
    // Every expert score and the reason count among what goes.
    const expertScores = Object.values(withReason.scores ?? {}).filter((cell) => "expert" in cell).length;
    expect(clearing.scores).toBe(expertScores + 1);
    expect(clearing.values).toBeGreaterThan(clearing.scores);
  });

  it("clears nothing for a viewer, who fills nothing", () => {
    expect(clearFor(pkg, rights, sample, "viewer")).toMatchObject({ values: 0, parts: [], scores: 0 });
  });

  it("lists the computed scores waiting for the expert, and confirms them in one change", () => {
    const applicantOnly: Submission = { form: sample.form, data: sample.data, scores: {} };
    const evaluator = createEvaluator(pkg);
    const columns = reviewColumnsOf(pkg, "expert");
    expect(columns.map((c) => c.id)).toEqual(["expert"]);
    expect(reviewColumnsOf(pkg, "applicant")).toEqual([]);
    const pending = pendingConfirmations(evaluator.evaluate(applicantOnly), columns);
    expect(pending.length).toBeGreaterThan(10);
    const confirmed = evaluator.evaluate(withConfirmations(applicantOnly, pending));
    expect(pendingConfirmations(confirmed, columns)).toEqual([]);
    expect(confirmed.criteria.filter((c) => c.scores.expert?.status === "confirmed")).toHaveLength(pending.length);
  });

  it("knows whether there is anything of the applicant's to review", () => {
    expect(holdsOthersData(pkg, rights, sample, "expert")).toBe(true);
    expect(holdsOthersData(pkg, rights, { form: sample.form, data: { table12: (sample.data as Record<string, unknown>).table12 } }, "expert")).toBe(false);
    expect(holdsOthersData(pkg, rights, { form: sample.form, data: { cover: { name: "  ", phone: null } } }, "expert")).toBe(false);
  });
});
