/**
 * The 2020 handbook completed end to end in Chromium through the page alone: the applicant enters
 * the whole sample (examples/data) field by field, every row added with its table's button, and
 * types the self scores; the expert then opens the same form in the same browser (the draft
 * carries over through autosave), finds the applicant's fields read-only, answers 表10, writes
 * 表12 and types the expert scores, and submits. Totals are the evaluator's in Node on the sample.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotPath } from "./harness.js";
import { openForm, progressOf, resultOf, shownCompleteness, shownTotal, valueOf, watchSubmit, startSession, type Case, type Session } from "./complete-flow.js";
import { ambiguities, enterable, enteredBy, scoresBy, unreachable } from "./fill-plan.js";
import type { StaticServer } from "./server.js";
import { editableIn, editableInputs, performAll } from "./ui-steps.js";

/** Polls wait for the element to evaluate after the last keystroke; generous for a loaded CI runner. */
const settle = { timeout: 15_000 };
/** About 530 controls are filled one by one; a runner shared with other jobs may take minutes. */
const LONG = 300_000;

let session: Session;
let server: StaticServer;
let context: BrowserContext;
let c: Case;

beforeAll(async () => {
  session = await startSession("forms/2020-handbook", "examples/data/2020-handbook.sample.json", { "/complete-2020-applicant.html": { "form-role": "applicant" }, "/complete-2020-expert.html": { "form-role": "expert" } });
  ({ server, context, c } = session);
});
afterAll(() => session?.close());

const shownTotals = async (page: Parameters<typeof shownTotal>[0]): Promise<Record<string, string>> =>
  Object.fromEntries(await Promise.all(c.pkg.manifest.scoreColumns.map(async (col) => [col.id, await shownTotal(page, c.msg, col.label)] as const)));
const expectedTotals = (columns: readonly string[]): Record<string, string> =>
  Object.fromEntries(columns.map((id) => [id, String(c.expected.total[id]?.value ?? "—")]));

describe("the 2020 handbook completed in Chromium", () => {
  it("can be entered through the page: every sample value has a control, and every control a name of its own", () => {
    expect(ambiguities(c.applicant)).toEqual([]);
    expect(ambiguities(c.expert)).toEqual([]);
    expect(unreachable(c.sample, [c.applicant, c.expert])).toEqual([]);
    // The self scores are the applicant's, the expert scores the expert's.
    expect(Object.values(scoresBy(c.applicant, c.sample)).every((s) => Object.keys(s).join() === "self")).toBe(true);
    expect(Object.values(scoresBy(c.expert, c.sample)).every((s) => Object.keys(s).join() === "expert")).toBe(true);
  });

  it("is filled by the applicant: every applicant field and self score from the sample, through the page", async () => {
    const { page, errors } = await openForm(context, `${server.origin}/complete-2020-applicant.html`);
    await performAll(page, c.applicant, c.msg);

    const applicantParts = c.pkg.parts.filter((p) => p.ref.editableBy.includes("applicant") && p.schema);
    await expect.poll(() => progressOf(page, c.msg), settle).toEqual(expect.arrayContaining(applicantParts.map((p) => c.msg.partProgress(p.ref.title, 100))));
    const value = await valueOf(page);
    expect(value.data).toEqual(enteredBy(c.applicant, c.sample));
    expect(value.scores).toEqual(scoresBy(c.applicant, c.sample));
    // The self total follows the typing to the evaluator's total on the sample.
    await expect.poll(() => shownTotals(page), settle).toMatchObject(expectedTotals(["self"]));
    expect((await resultOf(page)).total.self).toEqual(c.expected.total.self);
    // The page offers exactly the applicant's controls.
    for (const part of c.pkg.parts) expect(await editableIn(page, part.ref.title).count(), part.ref.id).toBe(editableInputs(c.applicant, part.ref.id));

    // "Check" shows no error at any field the applicant may edit.
    await page.getByRole("button", { name: c.msg.validate, exact: true }).click();
    const result = await resultOf(page);
    const mine = (pointer: string): boolean => applicantParts.some((p) => pointer.startsWith(`/data/${p.ref.id}/`)) || pointer.startsWith("/scores/");
    expect(result.findings.filter((f) => f.severity === "error" && mine(f.pointer))).toEqual([]);
    // What is still blank lies in the expert's parts alone.
    expect(result.completeness.parts.flatMap((part) => part.blanks).filter((blank) => mine(blank.pointer))).toEqual([]);
    for (const part of applicantParts) expect(await page.getByRole("region", { name: part.ref.title, exact: true }).locator('[aria-invalid="true"]').count(), part.ref.id).toBe(0);

    await page.screenshot({ path: screenshotPath("complete-2020-applicant") });
    expect(errors).toEqual([]);
    await page.close();
  }, LONG);

  // The expert's required 表10 and 表12 (parts the applicant cannot edit) neither hold up the
  // applicant's submission nor count in the applicant's completeness.
  it("is submitted by the applicant at 100% completeness", async () => {
    const { page } = await openForm(context, `${server.origin}/complete-2020-applicant.html`);
    const submitted = await watchSubmit(page);
    // The restored draft is evaluated before the form is drawn: no need to wait for the figure.
    expect(await shownCompleteness(page, c.msg)).toBe("100%");
    await page.getByRole("button", { name: c.msg.submit, exact: true }).click();
    await expect.poll(submitted, settle).not.toBeNull();
    expect((await submitted())?.submission.data).toEqual(enteredBy(c.applicant, c.sample));
    await page.close();
  });

  it("is scored by the expert in the same browser: the applicant's fields read-only, 表10, 表12 and the expert scores entered, submitted", async () => {
    const { page, errors } = await openForm(context, `${server.origin}/complete-2020-expert.html`);
    // The applicant's draft carried over through autosave (same origin, same form id and version).
    await expect.poll(async () => (await valueOf(page)).data, settle).toEqual(enteredBy(c.applicant, c.sample));
    for (const part of c.pkg.parts) {
      expect(await editableIn(page, part.ref.title).count(), part.ref.id).toBe(editableInputs(c.expert, part.ref.id));
      if (!part.ref.editableBy.includes("expert")) expect(await page.getByRole("region", { name: part.ref.title, exact: true }).getByRole("button", { name: c.msg.addRow }).count(), part.ref.id).toBe(0);
    }

    await performAll(page, c.expert, c.msg);
    await expect.poll(() => shownCompleteness(page, c.msg), settle).toBe("100%");
    await expect.poll(() => shownTotals(page), settle).toEqual(expectedTotals(c.pkg.manifest.scoreColumns.map((col) => col.id)));
    const submitted = await watchSubmit(page);
    await page.getByRole("button", { name: c.msg.submit, exact: true }).click();
    await expect.poll(submitted, settle).not.toBeNull();
    const sent = await submitted();
    expect(sent?.valid).toBe(true);
    expect(sent?.submission.data).toEqual(enterable(c.sample.data));
    expect(sent?.submission.scores).toEqual(c.sample.scores);
    expect(sent?.total).toEqual(c.expected.total);
    await expect.poll(() => page.getByRole("status").filter({ hasText: c.msg.submitted }).count(), settle).toBe(1);
    expect(await page.locator("cluster-form [aria-invalid='true']").count()).toBe(0);

    // One picture per part, as a person sees it scrolled there. Parts and rows away from the
    // viewport are not painted (content-visibility: auto), so a full-page capture of the long
    // handbook shows blanks: a tall window holds each part whole.
    await page.setViewportSize({ width: 1280, height: 2600 });
    for (const part of c.pkg.parts) await page.getByRole("region", { name: part.ref.title, exact: true }).screenshot({ path: screenshotPath(`complete-2020-${part.ref.id}`) });
    expect(errors).toEqual([]);
    await page.close();
  }, LONG);
});
