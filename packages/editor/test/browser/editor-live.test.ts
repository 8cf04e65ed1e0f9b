/**
 * The editor page's live parts in Chromium, on a temporary copy of the 2020 handbook, as shipped
 * (dist/): the raw JSON-Logic editor (CodeMirror, a lazy chunk) with completion inside the text, live
 * underlines and keyboard use, also inside a shadow root; every finding shown beside the nearest thing
 * of the outline; the preview updated in place; and the whole page under its Content-Security-Policy
 * without 'unsafe-eval' and without one violation.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, checked, criterion, launchChromium, part, screenshotPath, startShippedEditor } from "./editor-page.js";
import { copyForm } from "../server/temp-form.js";

let browser: Browser;
let context: BrowserContext;
let page: Page;
let form: Awaited<ReturnType<typeof copyForm>>;
let editor: Awaited<ReturnType<typeof startShippedEditor>>;
let policy = "";
const requested: string[] = [];
const errors: string[] = [];

/** Findings planted in the copy: a rule reading a misspelt field, a layout block naming a missing field, a test case expecting an unknown key. */
async function plantFindings(folder: string): Promise<void> {
  const edit = async (file: string, from: string, to: string): Promise<void> => {
    const text = await readFile(join(folder, file), "utf8");
    if (!text.includes(from)) throw new Error(`${file} lacks ${from}`);
    await writeFile(join(folder, file), text.replace(from, to));
  };
  await edit("parts/table5.rules.json", '{ "var": "table5.rdToolsRate" }', '{ "var": "table5.rdToolRate" }');
  await edit("parts/table5.layout.json", '{ "field": "/wirelessRate" }', '{ "field": "/wirelesRate" }');
  await edit("tests/table5.json", '"expect": { "criteria": { "t5.informatization": { "computed": 0, "self": 0, "expert": 0 } } }', '"expect": { "criterion": {} }');
}

const violations = (): Promise<string[]> => page.evaluate(() => (window as unknown as { violations: string[] }).violations);

beforeAll(async () => {
  browser = await launchChromium();
  form = await copyForm("2020-handbook");
  await plantFindings(form.folder);
  editor = await startShippedEditor(form.folder);
  context = await browser.newContext({ viewport: { width: 1400, height: 1000 }, locale: "zh-CN" });
  page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("request", (request) => requested.push(new URL(request.url()).pathname));
  // Registered through the driver, so the page's policy (no inline script) does not stop it.
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener("securitypolicyviolation", (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  const response = await page.goto(editor.url);
  policy = (await response?.headerValue("content-security-policy")) ?? "";
  // (expect.poll, which checked() uses, runs only inside a test)
  await page.waitForFunction(() => /问题/.test(document.querySelector("#tab-findings")?.textContent ?? "") && !/正在/.test(document.querySelector("[role=status]")?.textContent ?? ""), undefined, { timeout: 60_000 });
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await editor?.close();
  await form?.remove();
});

describe("the raw JSON-Logic editor", () => {
  const rawOf = async () => {
    await part(page, /表5/);
    const branch = criterion(page, "产业集群“两化融合”建设基础良好").getByRole("group", { name: "第 2 条" });
    return { branch, raw: branch.locator("cf-logic-editor") };
  };

  test("is a chunk loaded when a raw rule is first opened; completes field paths by name or label and operation names inside the text", async () => {
    const { branch, raw } = await rawOf();
    expect(requested.some((path) => /\/app\/code-editor-[\w-]+\.js$/.test(path))).toBe(false);
    await branch.getByText("以 JSON-Logic 修改").click();
    const text = raw.locator(".cm-content");
    await text.waitFor();
    expect(requested.some((path) => /\/app\/code-editor-[\w-]+\.js$/.test(path))).toBe(true);
    await expect.poll(() => text.textContent()).toContain('"table5.cncRate"');

    await text.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type('{">=": [{"var": "数控');
    const options = page.locator(".cm-tooltip-autocomplete li");
    await expect.poll(() => options.first().textContent()).toContain("table5.cncRate");
    expect(await options.first().textContent()).toContain("关键工序制造装备数控化率");
    await page.screenshot({ path: screenshotPath("editor-raw-completion") });
    await page.keyboard.press("Enter");
    await page.keyboard.type('"}, 35]}');
    await expect.poll(() => text.textContent()).toBe('{">=": [{"var": "table5.cncRate"}, 35]}');
    await expect.poll(() => raw.locator(".findings-here li").count()).toBe(0);
    expect(await raw.locator("button.apply").isEnabled()).toBe(true);

    // Where a key is typed, the operations are offered.
    await page.keyboard.press("Control+A");
    await page.keyboard.type('{"an');
    await expect.poll(() => options.allTextContents()).toContain("and");
    await page.keyboard.press("Escape");
  });

  test("underlines and lists problems as the officer types, in words; Apply writes a clean rule", async () => {
    const { branch, raw } = await rawOf();
    const text = raw.locator(".cm-content");
    /** Replaces the whole text by typing, then leaves it. */
    const retype = async (value: string): Promise<void> => {
      await text.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type(value);
      await page.keyboard.press("Escape");
    };
    await retype('{">=": [{"var": "table5.cncRat"}, 30]}');
    await expect.poll(() => raw.locator(".findings-here").textContent()).toContain("没有名为“table5.cncRat”的数据");
    await expect.poll(() => raw.locator(".cm-lintRange-error").count()).toBeGreaterThan(0);
    expect(await raw.locator("button.apply").isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath("editor-raw-lint") });

    await retype('{">=": [{"var": "table5.cncRate"} 30]}');
    await expect.poll(() => raw.locator(".findings-here").textContent()).toContain("逗号");
    await expect.poll(() => raw.locator(".cm-lintRange-error").count()).toBeGreaterThan(0);

    await retype('{">=": [{"var": "table5.cncRate"}, 35]}');
    await raw.locator("button.apply").click();
    // The rule written, the structured editor beside it shows the new threshold.
    await expect.poll(() => branch.getByLabel("标准值").inputValue()).toBe("35");
  });

  test("keyboard: Esc leaves the text for Apply, Tab moves on (no tab character), and the text has the label's name", async () => {
    const { raw } = await rawOf();
    const text = raw.locator(".cm-content");
    expect(await text.getAttribute("aria-labelledby")).toBeTruthy();
    const name = await page.evaluate((id) => document.getElementById(id ?? "")?.textContent, await text.getAttribute("aria-labelledby"));
    expect(name).toBe("规则（JSON-Logic）");
    await text.click();
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.matches("cf-logic-editor .apply"))).toBe(true);
    // While a problem disables Apply, Esc goes to the problems instead.
    await text.click();
    await page.keyboard.press("End");
    await page.keyboard.type("x");
    await expect.poll(() => raw.locator("button.apply").isDisabled()).toBe(true);
    await page.keyboard.press("Escape");
    await page.keyboard.press("Escape");
    expect(await page.evaluate(() => document.activeElement?.matches("cf-logic-editor ul.findings-here"))).toBe(true);
    await text.click();
    await page.keyboard.press("End");
    await page.keyboard.press("Backspace");
    await expect.poll(() => raw.locator("button.apply").isEnabled()).toBe(true);
    await text.click();
    const before = await text.textContent();
    await page.keyboard.press("Tab");
    expect(await text.textContent()).toBe(before);
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest(".cm-content")))).toBe(false);
    // The code editor passes the same accessibility scan as the rest of the page.
    expect(await axeViolations(page)).toEqual([]);
  });

  test("works inside a shadow root: completion and underlines drawn there", async () => {
    await rawOf();
    await page.evaluate(() => {
      const source = document.querySelector("cf-logic-editor") as HTMLElement & { site: unknown; context: unknown };
      const host = document.createElement("div");
      host.id = "shadow-host";
      document.body.append(host);
      const copy = document.createElement("cf-logic-editor") as HTMLElement & { site: unknown; context: unknown };
      copy.site = source.site;
      copy.context = source.context;
      host.attachShadow({ mode: "open" }).append(copy);
    });
    const text = page.locator("#shadow-host .cm-content");
    await text.click();
    await page.keyboard.press("Control+A");
    await page.keyboard.type('{">": [{"var": "智能工厂');
    await expect.poll(() => page.locator("#shadow-host .cm-tooltip-autocomplete li").first().textContent()).toContain("table5.smartFactoryShare");
    await page.keyboard.press("Escape");
    await expect.poll(() => page.locator("#shadow-host .cm-lintRange-error").count()).toBeGreaterThan(0);
    // CodeMirror's own styles are mounted in the shadow root, so the editor is drawn there as in the page.
    expect(await page.evaluate(() => (document.getElementById("shadow-host")?.shadowRoot?.adoptedStyleSheets.length ?? 0) > 0)).toBe(true);
    await page.evaluate(() => document.getElementById("shadow-host")?.remove());
  });
});

describe("findings beside the items they concern", () => {
  test("every finding of the list is shown beside the nearest item: a rule's misspelt field by its rule, a layout block's by its part, a test file's by the form", async () => {
    await page.getByRole("tab", { name: /问题/ }).click();
    const list = page.locator(".finding-list > li");
    await expect.poll(() => list.count()).toBeGreaterThanOrEqual(3);
    const messages = (await list.locator(".message").allTextContents()).map((m) => m.trim());
    expect(messages.join("\n")).toContain("table5.rdToolRate");
    expect(messages.join("\n")).toContain("wirelesRate");
    for (let i = 0; i < messages.length; i++) {
      await list.nth(i).getByRole("button", { name: "转到" }).click();
      const shown = page.locator(":focus");
      await expect.poll(() => shown.evaluate((element) => element.matches(".findings-here"))).toBe(true);
      expect(await shown.textContent()).toContain(messages[i]);
    }
    // The misspelt field is shown by the rule that reads it (the branch's condition), not only in the list.
    await part(page, /表5/);
    const branch = criterion(page, "产业集群“两化融合”建设基础良好").getByRole("group", { name: "第 1 条" });
    expect(await branch.getByRole("region", { name: "条件" }).locator(".findings-here[id$='-findings']").textContent()).toContain("table5.rdToolRate");
    expect(await page.locator("article.part > .findings-here").textContent()).toContain("wirelesRate");
    await page.screenshot({ path: screenshotPath("editor-findings-beside") });
  });
});

describe("the preview", () => {
  test("is updated in place after a check: the same element, the chosen case and the scroll kept, the new label shown", async () => {
    await page.getByRole("tab", { name: "预览" }).click();
    const preview = page.locator(".panels cluster-form");
    await expect.poll(() => preview.locator(".criterion, [part='criterion'], td").count()).toBeGreaterThan(0);
    await page.getByLabel("样例（测试用例）").selectOption({ index: 3 });
    await checked(page);
    const chosen = await page.getByLabel("样例（测试用例）").inputValue();
    await preview.evaluate((element) => ((element as HTMLElement & { mark?: number }).mark = 7));
    const panels = page.locator(".panels");
    await panels.evaluate((element) => (element.scrollTop = 900));
    const scrolled = await panels.evaluate((element) => element.scrollTop);
    expect(scrolled).toBeGreaterThan(0);
    const loads = requested.filter((path) => path.endsWith("/form.bundle.json")).length;
    const validatorLoads = requested.filter((path) => path.endsWith("/validators.js")).length;

    await part(page, /表5/);
    await criterion(page, "产业集群“两化融合”建设基础良好").getByLabel("指标名称").fill("两化融合基础良好");
    await checked(page);
    await expect.poll(() => requested.filter((path) => path.endsWith("/form.bundle.json")).length).toBeGreaterThan(loads);
    await expect.poll(() => preview.evaluate((element) => element.shadowRoot?.textContent?.includes("两化融合基础良好") ?? false)).toBe(true);
    expect(await preview.evaluate((element) => (element as HTMLElement & { mark?: number }).mark)).toBe(7);
    expect(await page.locator(".panels cluster-form").count()).toBe(1);
    expect(await panels.evaluate((element) => element.scrollTop)).toBe(scrolled);
    expect(await page.getByLabel("样例（测试用例）").inputValue()).toBe(chosen);
    // The label changed no data schema: the validators shown are kept, none fetched again.
    expect(requested.filter((path) => path.endsWith("/validators.js")).length).toBe(validatorLoads);
    expect(await preview.evaluate((element) => element.hasAttribute("src"))).toBe(false);
    await page.screenshot({ path: screenshotPath("editor-preview-in-place") });

    // Another panel and back: the same element, as it was.
    await page.getByRole("tab", { name: /问题/ }).click();
    await page.getByRole("tab", { name: "预览" }).click();
    expect(await page.locator(".panels cluster-form").evaluate((element) => (element as HTMLElement & { mark?: number }).mark)).toBe(7);
  });
});

describe("Content-Security-Policy", () => {
  test("the page runs without 'unsafe-eval': no violation, no schema compiler and no validator compiled in the page", async () => {
    expect(policy).toContain("script-src 'self';");
    expect(policy).not.toContain("unsafe-eval");
    expect(await violations()).toEqual([]);
    expect(requested.filter((path) => /compiler|pattern-safety/.test(path))).toEqual([]);
    expect(requested.some((path) => /\/preview\/\d+\/validators\.js$/.test(path))).toBe(true);
    expect(errors).toEqual([]);
  });
});
