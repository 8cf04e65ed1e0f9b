/**
 * The whole form can be filled with the keyboard alone, on the real 2020 handbook: from the table
 * of contents to a part, a scan attached from its file picker, then 表3, 表4 and 表5 entered from
 * the sample with Tab, typing, Space, arrow keys and Enter (text, long text, numbers, dates, radio
 * buttons, lists in table cells, rows added with the table's button, self scores), and back with
 * Shift+Tab. form.test.ts covers the blank-field links and Space on a radio button of the fixture.
 */
import type { BrowserContext } from "playwright-core";
import { valueAt } from "@cluster-form/schema";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { screenshotPath } from "./harness.js";
import { openForm, valueOf, scan, startSession, type Case, type Session } from "./complete-flow.js";
import { enteredBy, scoresBy, type Step } from "./fill-plan.js";
import { hasFocus, keyboardStep, tabTo } from "./keyboard-steps.js";
import type { StaticServer } from "./server.js";
import { controlLocator } from "./ui-steps.js";

const PARTS = ["table3", "table4", "table5"];
const SCAN = scan("统计部门意见.png");

let session: Session;
let server: StaticServer;
let context: BrowserContext;
let c: Case;

beforeAll(async () => {
  session = await startSession("forms/2020-handbook", "examples/data/2020-handbook.sample.json", { "/keyboard.html": { "form-role": "applicant", autosave: "off" } });
  ({ server, context, c } = session);
});
afterAll(() => session?.close());

const partOf = (step: Step): string => (step.action === "addRow" ? step.scope.part : step.control.scope.part);
/** Long answers are typed in part, a keystroke per character: their first characters. */
const SHORT = 12;
const shortened = (step: Step): string | undefined =>
  step.action === "fill" && typeof valueAt(c.sample, step.control.pointer) === "string" ? [...step.text].slice(0, SHORT).join("") : undefined;

describe("the 2020 handbook from the keyboard alone", () => {
  it("reaches a part from the table of contents, attaches a file, and fills 表3–表5 with Tab, typing, Space, arrows and Enter", async () => {
    const { page, errors } = await openForm(context, `${server.origin}/keyboard.html`);
    const steps = c.applicant.steps.filter((s) => PARTS.includes(partOf(s)));
    const kinds = new Set(steps.map((s) => (s.action === "addRow" ? "addRow" : `${s.action}:${s.control.kind}`)));
    expect([...kinds].sort()).toEqual(["addRow", "check:radio", "fill:score", "fill:text", "select:select"]);

    // The table of contents takes the focus to a part.
    const table1 = c.pkg.parts.find((p) => p.ref.id === "table1")?.ref.title ?? "";
    await tabTo(page, page.getByRole("navigation", { name: c.msg.contents }).getByRole("link", { name: table1, exact: true }), "the contents link");
    await page.keyboard.press("Enter");
    expect(await hasFocus(page.getByRole("heading", { name: table1, exact: true, level: 2 }))).toBe(true);

    // A file picker opened with Space.
    const file = c.applicant.controls.find((control) => control.kind === "file" && control.scope.part === "table1");
    if (!file) throw new Error("表1 has no attachment field");
    // Listening before the Tab presses: Playwright turns the chooser's interception on when the first
    // listener is added, and does not wait for that (its updateSubscription is not awaited). Added
    // just before Space, a chooser can open before it takes effect and never reach the test: 60 s
    // without it on b42d734's CI run. Another time it took over 15 s on a loaded machine.
    const chooser = page.waitForEvent("filechooser", { timeout: 60_000 });
    await tabTo(page, controlLocator(page, file), file.name);
    await page.keyboard.press("Space");
    await (await chooser).setFiles(SCAN);

    for (const step of steps) await keyboardStep(page, step, c.msg, shortened(step));

    // Shift+Tab goes back through everything to the first field of 表3.
    const first = steps.find((s) => s.action !== "addRow");
    if (!first) throw new Error("no field in 表3");
    await tabTo(page, controlLocator(page, first.control), first.control.name, "Shift+Tab", 400);

    const value = await valueOf(page);
    const expected = enteredBy({ steps }, c.sample, (step) => (step.action === "fill" && step.control.kind !== "score" ? (shortened(step) ?? valueAt(c.sample, step.control.pointer)) : valueAt(c.sample, step.action === "addRow" ? "" : step.control.pointer)));
    for (const part of PARTS) expect(value.data[part], part).toEqual(expected[part]);
    expect(value.scores).toEqual(scoresBy({ steps }, c.sample));
    expect(valueAt(value, `${file.pointer}/name`)).toBe(SCAN.name);

    await page.getByRole("region", { name: c.pkg.parts.find((p) => p.ref.id === "table4")?.ref.title ?? "", exact: true }).screenshot({ path: screenshotPath("keyboard-table4") });
    expect(errors).toEqual([]);
    await page.close();
  }, 300_000);
});
