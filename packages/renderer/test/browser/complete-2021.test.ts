/**
 * The 2021 application completed end to end in Chromium through the page alone: the applicant
 * enters the whole sample application (examples/data) field by field and attaches the scan of the
 * sealed page, then the expert opens the same form in the same browser (the applicant's draft
 * carries over through autosave), finds the applicant's fields read-only, writes the review and
 * submits; the submitted data are the sample's.
 */
import type { BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fullPageScreenshot } from "./harness.js";
import { openForm, progressOf, resultOf, shownCompleteness, valueOf, watchSubmit, scan, startSession, type Case, type Session } from "./complete-flow.js";
import { ambiguities, enterable, enteredBy, unreachable } from "./fill-plan.js";
import type { StaticServer } from "./server.js";
import { controlLocator, editableIn, editableInputs, performAll } from "./ui-steps.js";

/** The scan of the sealed page the applicant attaches: a 1×1 PNG. */
const SCAN = scan("经信部门意见盖章页.png");

let session: Session;
let server: StaticServer;
let context: BrowserContext;
let c: Case;

beforeAll(async () => {
  session = await startSession("forms/2021-application", "examples/data/2021-application.sample.json", { "/complete-2021-applicant.html": { "form-role": "applicant" }, "/complete-2021-expert.html": { "form-role": "expert" } });
  ({ server, context, c } = session);
});
afterAll(() => session?.close());

/** The attachment as the element stores it: name, type, size and the file as a data URL. */
const attachment = { name: SCAN.name, mediaType: SCAN.mimeType, size: SCAN.buffer.length, dataUrl: `data:${SCAN.mimeType};base64,${SCAN.buffer.toString("base64")}` };
const SCAN_POINTER = "/data/departmentOpinion/signoff/attachment";
/** What the applicant enters: the sample's values of the applicant's fields, and the scan. */
const applicantData = (): Record<string, unknown> => {
  const data = enteredBy(c.applicant, c.sample);
  const opinion = data.departmentOpinion as { signoff: Record<string, unknown> };
  return { ...data, departmentOpinion: { ...opinion, signoff: { ...opinion.signoff, attachment } } };
};
/** Polls wait for the element to evaluate after the last keystroke; generous for a loaded CI runner. */
const settle = { timeout: 15_000 };

describe("the 2021 application completed in Chromium", () => {
  it("can be entered through the page: every sample value has a control, and every control a name of its own", () => {
    expect(ambiguities(c.applicant)).toEqual([]);
    expect(ambiguities(c.expert)).toEqual([]);
    expect(unreachable(c.sample, [c.applicant, c.expert])).toEqual([]);
    expect(c.applicant.steps.length).toBeGreaterThan(50);
    expect(c.expert.steps.length).toBeGreaterThan(0);
  });

  it("is filled by the applicant: every applicant field from the sample, rows added with the button, the scan attached", async () => {
    const { page, errors } = await openForm(context, `${server.origin}/complete-2021-applicant.html`);
    await performAll(page, c.applicant, c.msg);

    // The scan of the sealed page, picked with the file chooser of the attachment field.
    const file = c.applicant.controls.find((control) => control.pointer === SCAN_POINTER);
    if (file?.kind !== "file" || !file.editable) throw new Error(`${SCAN_POINTER} is not a file field the applicant may fill`);
    const chooser = page.waitForEvent("filechooser");
    await controlLocator(page, file).click();
    await (await chooser).setFiles(SCAN);
    await expect.poll(async () => (await valueOf(page)).data, settle).toEqual(applicantData());

    // Every part of the applicant's is complete.
    const applicantParts = c.pkg.parts.filter((p) => p.ref.editableBy.includes("applicant"));
    await expect.poll(() => progressOf(page, c.msg), settle).toEqual(expect.arrayContaining(applicantParts.map((p) => c.msg.partProgress(p.ref.title, 100))));
    // The page offers exactly the applicant's controls.
    for (const part of c.pkg.parts) expect(await editableIn(page, part.ref.title).count(), part.ref.id).toBe(editableInputs(c.applicant, part.ref.id));

    // "Check" shows no error at any field the applicant may edit.
    await page.getByRole("button", { name: c.msg.validate, exact: true }).click();
    const result = await resultOf(page);
    const mine = (pointer: string): boolean => applicantParts.some((p) => pointer.startsWith(`/data/${p.ref.id}/`));
    expect(result.findings.filter((f) => f.severity === "error" && mine(f.pointer))).toEqual([]);
    // What is still blank lies in the expert's parts alone.
    expect(result.completeness.parts.flatMap((part) => part.blanks).filter((blank) => mine(blank.pointer))).toEqual([]);
    for (const part of applicantParts) expect(await page.getByRole("region", { name: part.ref.title, exact: true }).locator('[aria-invalid="true"]').count(), part.ref.id).toBe(0);
    expect(result.total).toEqual(c.expected.total);
    expect(result.veto.vetoed).toBe(c.expected.veto.vetoed);

    await fullPageScreenshot(page, "complete-2021-applicant");
    expect(errors).toEqual([]);
    await page.close();
  });

  // The expert's required review (a part the applicant cannot edit) neither holds up the
  // applicant's submission nor counts in the applicant's completeness.
  it("is submitted by the applicant at 100% completeness", async () => {
    const { page } = await openForm(context, `${server.origin}/complete-2021-applicant.html`);
    const submitted = await watchSubmit(page);
    // The restored draft is evaluated before the form is drawn: no need to wait for the figure.
    expect(await shownCompleteness(page, c.msg)).toBe("100%");
    await page.getByRole("button", { name: c.msg.submit, exact: true }).click();
    await expect.poll(submitted, settle).not.toBeNull();
    await page.close();
  });

  it("is reviewed by the expert in the same browser: the applicant's fields are read-only, the review is written and submitted", async () => {
    const { page, errors } = await openForm(context, `${server.origin}/complete-2021-expert.html`);
    // The applicant's draft carried over through autosave (same origin, same form id and version).
    await expect.poll(async () => (await valueOf(page)).data, settle).toEqual(applicantData());
    for (const part of c.pkg.parts) {
      expect(await editableIn(page, part.ref.title).count(), part.ref.id).toBe(editableInputs(c.expert, part.ref.id));
      if (!part.ref.editableBy.includes("expert")) expect(await page.getByRole("region", { name: part.ref.title, exact: true }).getByRole("button", { name: c.msg.addRow }).count(), part.ref.id).toBe(0);
    }

    await performAll(page, c.expert, c.msg);
    await expect.poll(() => shownCompleteness(page, c.msg), settle).toBe("100%");
    const submitted = await watchSubmit(page);
    await page.getByRole("button", { name: c.msg.submit, exact: true }).click();
    await expect.poll(submitted, settle).not.toBeNull();
    const sent = await submitted();
    expect(sent?.valid).toBe(true);
    const { attachment: scan, ...signoff } = (sent?.submission.data.departmentOpinion as { signoff: { attachment?: unknown } }).signoff;
    expect(scan).toEqual(attachment);
    expect({ ...sent?.submission.data, departmentOpinion: { signoff } }).toEqual(enterable(c.sample.data));
    expect(sent?.total).toEqual(c.expected.total);
    await expect.poll(() => page.getByRole("status").filter({ hasText: c.msg.submitted }).count(), settle).toBe(1);
    expect(await page.locator("cluster-form [aria-invalid='true']").count()).toBe(0);

    await fullPageScreenshot(page, "complete-2021-expert");
    expect(errors).toEqual([]);
    await page.close();
  });
});
