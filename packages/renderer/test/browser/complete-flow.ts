/**
 * What the end-to-end tests share: a form and its sample loaded in Node with the evaluation and
 * the fill plans of both roles, and reading what the page shows (status, progress, the submitted
 * event). Reading the element's `value` and `result` is inspection only; input goes through the UI.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { FormPackage, Submission } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { createEvaluator, type EvaluationResult } from "@cluster-form/rules";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { pendingConfirmations, withConfirmations } from "../../src/session/review.js";
import { messagesFor, type Messages } from "../../src/locales/index.js";
import { ensureBuilt, launchChromium, openFormPage, testPage } from "./harness.js";
import { planFill, type FillPlan, type SampleSubmission } from "./fill-plan.js";
import { repoRoot, startServer, type StaticServer } from "./server.js";

/** A scan to attach through a file picker: a 1×1 PNG, under the given name. */
export const scan = (name: string) => ({
  name,
  mimeType: "image/png",
  buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64"),
});

/** Chromium, the static server and one browser context (so that drafts carry over from page to page) for one form. */
export interface Session {
  readonly browser: Browser;
  readonly server: StaticServer;
  readonly context: BrowserContext;
  readonly c: Case;
  close(): Promise<void>;
}

/** Starts a session and serves a page per role: `pages` maps a path to the element's attributes. */
export async function startSession(form: string, sample: string, pages: Readonly<Record<string, Readonly<Record<string, string>>>>): Promise<Session> {
  ensureBuilt();
  const [browser, server, c] = await Promise.all([launchChromium(), startServer(), loadCase(form, sample)]);
  const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  for (const [path, attributes] of Object.entries(pages)) server.route(path, { body: testPage({ src: `/${form}/form.json`, ...attributes }) });
  return {
    browser,
    server,
    context,
    c,
    async close() {
      await context.close();
      await browser.close();
      await server.close();
    },
  };
}

export interface Case {
  readonly pkg: FormPackage;
  readonly sample: SampleSubmission;
  /** The evaluator in Node on the whole sample. */
  readonly expected: EvaluationResult;
  readonly applicant: FillPlan;
  readonly expert: FillPlan;
  readonly msg: Messages;
}

export async function loadCase(form: string, sample: string): Promise<Case> {
  const pkg = await loadFormFolder(join(repoRoot, form));
  const file = JSON.parse(readFileSync(join(repoRoot, sample), "utf8")) as SampleSubmission;
  // The sample as its review ends: the sample file leaves the rule-computed scores of a review
  // column 待评, and the reviewer confirms each of them (a plan presses each confirm button).
  const evaluator = createEvaluator(pkg);
  const reviewed = pkg.manifest.scoreColumns.filter((column) => column.review === true);
  const data = withConfirmations(file as Submission, pendingConfirmations(evaluator.evaluate(file), reviewed)) as SampleSubmission;
  const expected = evaluator.evaluate(data);
  const msg = messagesFor(pkg.manifest.locale);
  return { pkg, sample: data, expected, msg, applicant: planFill(pkg, data, expected, "applicant", msg), expert: planFill(pkg, data, expected, "expert", msg) };
}

/** Opens a page of `context` and waits for the form; a load failure is thrown with its text. */
/**
 * How long one page action (a load, a click, a keystroke) may take in the end-to-end flows. They
 * run beside other browser tests on a 2-core runner, where a raw form's first draw or an action
 * after a long run of typing can take longer than the 15 s the shorter tests allow.
 */
const FLOW_ACTION_TIMEOUT = 45_000;

export async function openForm(context: BrowserContext, url: string): Promise<{ page: Page; errors: string[] }> {
  const { page, errors } = await openFormPage(context, url, FLOW_ACTION_TIMEOUT);
  const failure = page.locator("cluster-form .notice.error");
  if (await failure.count()) throw new Error(await failure.innerText());
  return { page, errors };
}

export const valueOf = (page: Page): Promise<Submission> => page.locator("cluster-form").evaluate((el) => JSON.parse(JSON.stringify((el as unknown as { value: Submission }).value)) as Submission);

export const resultOf = (page: Page): Promise<EvaluationResult> => page.locator("cluster-form").evaluate((el) => (el as unknown as { result: EvaluationResult }).result);

/** The text of a score column's total in the status bar. */
export const shownTotal = (page: Page, msg: Messages, column: string): Promise<string> => page.getByRole("status", { name: msg.columnTotal(column), exact: true }).innerText();

/** The completeness figure of the status bar, as shown ("100%"). */
export async function shownCompleteness(page: Page, msg: Messages): Promise<string> {
  const figure = page.locator("cluster-form .status .figure", { hasText: msg.completeness });
  return (await figure.locator("b").innerText()).trim();
}

/** The accessible names of the per-part progress bars of the table of contents. */
export function progressOf(page: Page, msg: Messages): Promise<string[]> {
  return page
    .getByRole("navigation", { name: msg.contents })
    .getByRole("progressbar")
    .evaluateAll((bars) => bars.map((bar) => bar.getAttribute("aria-label") ?? ""));
}

export interface Submitted {
  readonly submission: Submission;
  readonly total: EvaluationResult["total"];
  readonly valid: boolean;
}

/** Listens for the element's `cf-submit`; the returned function gives what it carried, once it fired. */
export async function watchSubmit(page: Page): Promise<() => Promise<Submitted | null>> {
  await page.locator("cluster-form").evaluate((el) => {
    const store = window as unknown as { submitted?: unknown };
    store.submitted = null;
    el.addEventListener("cf-submit", (event) => {
      const { submission, result } = event as unknown as { submission: unknown; result: EvaluationResult };
      store.submitted = JSON.parse(JSON.stringify({ submission, total: result.total, valid: result.valid }));
    });
  });
  return () => page.evaluate(() => (window as unknown as { submitted: Submitted | null }).submitted);
}
