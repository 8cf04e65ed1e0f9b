/** Browser-test plumbing: Debian's Chromium through playwright-core, test pages, and the built bundle. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { screenshotPath } from "../../../../test/support/browser.js";
import { BUNDLE } from "../../../../test/support/bundles.js";

export { CHROMIUM, launchChromium, screenshotDir, screenshotPath } from "../../../../test/support/browser.js";
export { BUNDLE, CSP_BUNDLE, ensureBuilt } from "../../../../test/support/bundles.js";
export const FIXTURE = "/packages/renderer/test/fixtures/mini-form/form.json";

/**
 * A new page of a browser (zh-CN, 1280×900) or of a context (its own settings) at `url`, once the
 * element has drawn the form or its error; `errors` collects the page's uncaught errors.
 */
export async function openFormPage(owner: Browser | BrowserContext, url: string, timeout = 15_000): Promise<{ page: Page; errors: string[] }> {
  const page = "contexts" in owner ? await owner.newPage({ viewport: { width: 1280, height: 900 }, locale: "zh-CN" }) : await owner.newPage();
  page.setDefaultTimeout(timeout);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await formReady(page);
  return { page, errors };
}

type Windowed = HTMLElement & { windowRows: number; updateComplete: Promise<boolean> };

/**
 * A screenshot of the whole page. Parts and rows off screen are not drawn until scrolled to
 * (`content-visibility: auto`), nor rows of long tables away from the viewport (`window-rows`),
 * so they are drawn first, as a page embedding the element would.
 */
export async function fullPageScreenshot(page: Page, name: string): Promise<void> {
  const windowRows = await page.evaluate(async () => {
    const forms = [...document.querySelectorAll<Windowed>("cluster-form")];
    const before = forms.map((form) => form.windowRows);
    for (const form of forms) {
      form.style.setProperty("--cf-content-visibility", "visible");
      form.windowRows = 0;
    }
    await Promise.all(forms.map((form) => form.updateComplete));
    return before;
  });
  await page.screenshot({ path: screenshotPath(name), fullPage: true });
  await page.evaluate((before) => {
    document.querySelectorAll<Windowed>("cluster-form").forEach((form, i) => {
      form.style.removeProperty("--cf-content-visibility");
      form.windowRows = before[i] ?? form.windowRows;
    });
  }, windowRows);
}

const escapeAttr = (value: string): string => value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

/** A test page with one `<cluster-form>` carrying `attributes`. */
export function testPage(attributes: Readonly<Record<string, string>>, bundle: string = BUNDLE, lang = "zh-CN"): string {
  const attrs = Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeAttr(v)}"`)
    .join("");
  return `<!doctype html>
<html lang="${lang}">
<head><meta charset="utf-8"><title>cluster-form</title>
<script type="module" src="${bundle}"></script></head>
<body><main><cluster-form${attrs}></cluster-form></main></body>
</html>`;
}

/** Waits until the element has loaded its package and drawn it (or failed). */
export async function formReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const el = document.querySelector("cluster-form") as (HTMLElement & { result?: unknown }) | null;
    return Boolean(el?.shadowRoot?.querySelector("section.part, .notice.error"));
  });
}

/** The text of the element's status bar: totals, completeness, veto. */
export async function statusText(page: Page): Promise<string> {
  return page.locator("cluster-form .status").innerText();
}

/**
 * Text extracted from a PDF names some CJK characters by the radical that shares their glyph
 * (U+2E80–U+2FDF, e.g. "⻓" for "长"): NFKC folds the Kangxi radicals back, and any remaining
 * radical is allowed to stand for the character expected at its place.
 */
export function pdfTextContains(text: string, expected: string): boolean {
  const haystack = [...text.normalize("NFKC")];
  const needle = [...expected.normalize("NFKC")];
  const isRadical = (c: string): boolean => {
    const code = c.codePointAt(0) ?? 0;
    return code >= 0x2e80 && code <= 0x2fdf;
  };
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) {
      const c = haystack[i + j] as string;
      if (c !== needle[j] && !isRadical(c)) continue outer;
    }
    return true;
  }
  return false;
}
