/**
 * Browser-test plumbing for the editor: the shipped editor (dist/) started on a temporary copy of a
 * form, Debian's Chromium (the renderer's harness), axe-core, the steps an officer takes by the
 * page's visible labels, and the command line's verdict on the saved folder.
 */
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import type { FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import type { FormDiff } from "@cluster-form/rules";
import { diffForms, lintForm, loadRuleTests, runRuleTests } from "@cluster-form/rules/node";
import { launchChromium, screenshotPath } from "../../../../test/support/browser.js";
import { copyForm, repoRoot } from "../server/temp-form.js";

export { launchChromium, screenshotPath };

interface RunningEditor {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

const DIST = join(repoRoot, "packages/editor/dist/index.js");

/** The editor as users get it: dist/index.js and dist/app/editor.js, built by `pnpm build`. */
export async function startShippedEditor(folder: string, base?: string): Promise<RunningEditor> {
  if (!existsSync(DIST) || !existsSync(join(repoRoot, "packages/editor/dist/app/editor.js"))) {
    throw new Error("packages/editor/dist is missing: run `pnpm --filter @cluster-form/editor build` first");
  }
  const { startEditor } = (await import(pathToFileURL(DIST).href)) as { startEditor: (options: { folder: string; base?: string; open: boolean }) => Promise<RunningEditor> };
  return startEditor({ folder, ...(base ? { base } : {}), open: false });
}

export async function editorOn(browser: Browser, name: "2020-handbook" | "2021-application", base = true) {
  const form = await copyForm(name);
  const editor = await startShippedEditor(form.folder, base ? join(repoRoot, "forms", name) : undefined);
  // A context of its own, so that a test can open the same editor in a second tab of it.
  const context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN" });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(editor.url);
  await checked(page);
  return {
    form,
    editor,
    page,
    errors,
    async close(): Promise<void> {
      await context.close();
      await editor.close();
      await form.remove();
    },
  };
}

export type EditorSession = Awaited<ReturnType<typeof editorOn>>;

/** Runs `steps` in the editor on a fresh temporary copy of a form (no base), closed after; the page must raise no error. */
export async function inEditorOn(browser: Browser, name: "2020-handbook" | "2021-application", steps: (session: EditorSession) => Promise<void>): Promise<void> {
  const session = await editorOn(browser, name, false);
  try {
    await steps(session);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
}

/**
 * Chromium for a file's tests (launched before them, closed after), and a runner of steps in the
 * editor on a fresh temporary copy of the 2020 handbook in it. Called at a test file's top level.
 */
export function onHandbookInChromium(): (steps: (session: EditorSession) => Promise<void>) => Promise<void> {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return (steps) => {
    if (!browser) throw new Error("Chromium is not launched: call onHandbookInChromium() at a test file's top level");
    return inEditorOn(browser, "2020-handbook", steps);
  };
}

/**
 * Closes the page as an officer leaving it: whether it asked first (a beforeunload question, then
 * answered "leave"). Resolves once the page is closed, so that closing its context does not race it.
 */
export async function leavingAsks(page: Page): Promise<boolean> {
  let asked = false;
  page.on("dialog", (dialog) => {
    asked ||= dialog.type() === "beforeunload";
    void dialog.accept();
  });
  const closed = page.waitForEvent("close");
  await page.close({ runBeforeUnload: true });
  await closed;
  return asked;
}

/** Waits until the page has the check of what it shows (the status line no longer says it is checking). */
export async function checked(page: Page): Promise<void> {
  await expect.poll(() => page.getByRole("status").first().textContent(), { timeout: 30_000 }).not.toMatch(/正在检查|正在读取|Checking|Reading/);
  await page.getByRole("tab", { name: /问题|Problems/ }).waitFor();
}

export const part = (page: Page, title: RegExp | string): Promise<void> => page.getByRole("navigation").getByRole("button", { name: title }).click();

/** A criterion's box, by its label (a fieldset whose legend is the label). */
export const criterion = (page: Page, label: string): Locator => page.getByRole("group", { name: new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`) });

/** The raw JSON-Logic editor of the rule inside `scope` (a branch): its text, its Apply, and opening it from its disclosure. */
export function rawEditor(scope: Locator): { text: Locator; apply: Locator; discard: Locator; open: () => Promise<Locator> } {
  const text = scope.locator("cf-logic-editor .cm-content");
  return {
    text,
    apply: scope.locator("cf-logic-editor button.apply"),
    discard: scope.locator("cf-logic-editor button.discard"),
    open: async () => {
      await scope.getByText("以 JSON-Logic 修改").click();
      await text.waitFor();
      return text;
    },
  };
}

/** Types a whole new text into a raw editor's text. */
export async function retype(page: Page, text: Locator, rule: string): Promise<void> {
  await text.click();
  await page.keyboard.press("Control+A");
  await page.keyboard.type(rule);
}

/** Writes a threshold into its box (Enter writes it) and waits for the page's check. */
export async function writeThreshold(page: Page, threshold: Locator, value: string): Promise<void> {
  await threshold.fill(value);
  await threshold.press("Enter");
  await checked(page);
}

export async function axeViolations(page: Page): Promise<string[]> {
  const source = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
  // The page's Content-Security-Policy allows no inline script: axe is evaluated through the driver.
  await page.evaluate(source);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    const { violations } = await axe.run(document, { resultTypes: ["violations"] });
    return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

/** The "新增与调整" menu button. */
export const scaffoldMenu = (page: Page): Locator => page.getByRole("button", { name: "新增与调整" });

/** Opens a dialog of the "新增与调整" menu by its title. */
export async function openScaffold(page: Page, title: string): Promise<Locator> {
  await scaffoldMenu(page).click();
  await page.getByRole("menu", { name: "新增与调整" }).getByRole("menuitem", { name: title }).click();
  const dialog = page.getByRole("dialog", { name: title });
  await dialog.waitFor();
  return dialog;
}

/** Picks the option of a dialog's select whose text contains `text` (its full text carries points or the part's title). */
export async function chooseOption(dialog: Locator, box: string, text: string): Promise<void> {
  const label = ((await dialog.getByLabel(box).locator("option", { hasText: text }).first().textContent()) ?? "").trim();
  await dialog.getByLabel(box).selectOption({ label });
}

/** Presses the dialog's 确定 and waits until it closed and the page has checked the result. */
export async function confirm(page: Page, dialog: Locator): Promise<void> {
  await dialog.getByRole("button", { name: "确定" }).click();
  await dialog.waitFor({ state: "hidden" });
  await checked(page);
}

/** The preview with a test case as its sample: the region of its scores (updated as the check ends). */
export async function previewOf(page: Page, caseName: string): Promise<Locator> {
  await page.getByRole("tab", { name: /预览/ }).click();
  const sample = page.getByLabel("样例（测试用例）");
  await sample.selectOption({ label: ((await sample.locator("option", { hasText: caseName }).textContent()) ?? "").trim() });
  await checked(page);
  const scores = page.getByRole("region", { name: "样例得分" });
  await scores.waitFor();
  return scores;
}

/** Saves by the page's button and waits for the status to say so. */
export async function save(page: Page): Promise<void> {
  await page.getByRole("button", { name: "保存" }).click();
  await expect.poll(() => page.getByRole("status").first().textContent()).toContain("所有修改均已保存");
}

/**
 * What the officer's command line says of the saved folder, against the repository's form it was
 * copied from: lint's problems (info left out), the failing test cases, and the diff.
 */
export interface CommandLineVerdict {
  readonly saved: FormPackage;
  readonly problems: readonly string[];
  readonly failing: readonly string[];
  readonly cases: readonly string[];
  readonly diff: FormDiff;
}

export async function commandLineOn(folder: string, name: "2020-handbook" | "2021-application"): Promise<CommandLineVerdict> {
  const saved = await loadFormFolder(folder);
  const base = await loadFormFolder(join(repoRoot, "forms", name));
  const report = runRuleTests(saved, await loadRuleTests(folder));
  return {
    saved,
    problems: lintForm(saved, { base }).filter((f) => f.severity !== "info").map((f) => `${f.location.file}${f.location.pointer} ${f.message.zh}`),
    failing: report.cases.filter((c) => !c.passed).map((c) => c.name),
    cases: report.cases.map((c) => c.name),
    diff: diffForms(base, saved),
  };
}

/** Presses Tab (Shift+Tab `backwards`) until `target` has the focus, at most `max` times: the number of stops it took. */
export async function tabTo(page: Page, target: Locator, max = 300, backwards = false): Promise<number> {
  let stops = 0;
  while (!(await target.evaluate((el) => el === document.activeElement)) && stops < max) {
    await page.keyboard.press(backwards ? "Shift+Tab" : "Tab");
    stops++;
  }
  if (stops >= max) throw new Error(`no focus on ${target.toString()} after ${max} Tab presses`);
  return stops;
}

/** Chooses an option of the focused select with the keyboard: its list opened by Alt+↓, arrows, Enter. */
export async function chooseByKeys(page: Page, select: Locator, text: string): Promise<void> {
  const [from, to] = await select.evaluate((el, wanted) => {
    const options = [...(el as HTMLSelectElement).options];
    return [(el as HTMLSelectElement).selectedIndex, options.findIndex((o) => o.text.includes(wanted))];
  }, text);
  if (to < 0) throw new Error(`no option "${text}"`);
  await page.keyboard.press("Alt+ArrowDown");
  for (let i = from; i !== to; i += Math.sign(to - from)) await page.keyboard.press(to > from ? "ArrowDown" : "ArrowUp");
  await page.keyboard.press("Enter");
}

/** With the focus on a menu button: opens its menu by Enter, moves to the item containing `text` with ↓ and activates it by Enter. */
export async function chooseMenuItem(page: Page, button: Locator, text: string): Promise<void> {
  await page.keyboard.press("Enter");
  const items = page.getByRole("menu").getByRole("menuitem");
  await items.first().waitFor();
  const labels = await items.allTextContents();
  const to = labels.findIndex((label) => label.includes(text));
  if (to < 0) throw new Error(`no menu item "${text}" in ${button.toString()}`);
  for (let i = 0; i < to; i++) await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
}
