/** Print to PDF (A4, table text present, a page per part) and an axe-core scan, on the fixture form filled in. */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Browser, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURE, formReady, launchChromium, pdfTextContains, screenshotPath, testPage } from "./harness.js";
import { startServer, type StaticServer } from "./server.js";

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

let browser: Browser;
let server: StaticServer;

const filled = {
  data: {
    cover: { name: "光谷光电子信息产业集群", kind: "manufacturing", phone: "027-87654321", filledOn: "2020-05-01", accident: false },
    figures: { indicators: { sales: { y2018: 1000, y2019: 1150 }, tax: { y2018: 50, y2019: 56 } } },
    enterprises: { list: Array.from({ length: 40 }, (_, i) => ({ name: `重点企业${i + 1}号有限公司`, sales: 1000 + i, listed: i % 3 === 0 })) },
    report: { summary: "集群发展良好。".repeat(40) },
    scoring: { hasPlan: true },
  },
  scores: { "s.plan": { self: 8 } },
};

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.route("/print.html", { body: testPage({ src: FIXTURE, "form-role": "applicant", autosave: "off" }) });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openFilled(): Promise<Page> {
  const page = await browser.newPage({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  await page.goto(server.origin + "/print.html");
  await formReady(page);
  await page.locator("cluster-form").evaluate((el, value) => {
    (el as unknown as { value: unknown }).value = value;
  }, filled);
  // Forty rows are more than `window-rows` (30): the rows near the viewport are drawn, all are printed.
  await expect.poll(() => page.getByLabel("企业名称 第 1 行").inputValue()).toBe("重点企业1号有限公司");
  return page;
}

describe("print", () => {
  it("prints on A4 pages with the tables' text and values, a new page for each part, no buttons", async () => {
    const page = await openFilled();
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: screenshotPath("print-media"), fullPage: true });
    const buttonsShown = await page.locator("cluster-form").evaluate((el) => [...(el.shadowRoot?.querySelectorAll("button, input, select, textarea") ?? [])].filter((b) => (b as HTMLElement).offsetParent !== null).length);
    expect(buttonsShown).toBe(0);

    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const first = await doc.getPage(1);
    const { width, height } = first.getViewport({ scale: 1 });
    // A4 is 210 × 297 mm = 595.3 × 841.9 pt.
    expect(Math.round(width)).toBe(595);
    expect(Math.round(height)).toBe(842);
    // Seven parts, each from a new page; forty enterprise rows (a windowed table on screen) run over more than one page.
    expect(doc.numPages).toBeGreaterThanOrEqual(8);
    // CJK fonts map some characters to compatibility code points (Kangxi radicals): NFKC folds them back.
    const text = (await extractText(doc, { mergePages: false })).text.map((t) => t.normalize("NFKC"));
    const all = text.join("\n");
    for (const expected of ["集群考核测试表", "销售收入", "2019年", "1150", "光谷光电子信息产业集群", "重点企业40号有限公司", "评分细则", "自评", "专家"]) {
      expect(pdfTextContains(all, expected), expected).toBe(true);
    }
    // The repeating table's header is printed again on the page where the rows continue.
    const enterprisePages = text.filter((pageText) => pageText.includes("号有限公司"));
    expect(enterprisePages.length).toBeGreaterThanOrEqual(2);
    for (const pageText of enterprisePages) expect(pageText).toContain("企业名称");
    // Nothing of the screen's controls is printed.
    expect(all).not.toContain("添加一行");
    expect(all).not.toContain("提交");
    await page.close();
  });
});

describe("accessibility", () => {
  async function axeScan(page: Page): Promise<{ id: string; impact: string | null; nodes: string[] }[]> {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ["violations"] });
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
    });
  }

  it("has no serious or critical axe-core violations, filled in, as applicant and as expert", async () => {
    const page = await openFilled();
    await page.locator("cluster-form details.blanks summary").click();
    await page.locator("cluster-form tr", { hasText: "销售收入增长" }).locator("details.explain summary").click();
    const violations = await axeScan(page);
    const severe = violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(severe).toEqual([]);
    await page.close();

    server.route("/a11y-expert.html", { body: testPage({ src: FIXTURE, "form-role": "expert", autosave: "off" }) });
    const expert = await browser.newPage({ locale: "zh-CN" });
    await expert.goto(server.origin + "/a11y-expert.html");
    await formReady(expert);
    const expertSevere = (await axeScan(expert)).filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(expertSevere).toEqual([]);
    await expert.close();
  });
});
