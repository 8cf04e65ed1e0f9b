/**
 * The 2020 handbook as its people meet it on a desk, on a phone and on paper (issue 23, points
 * 5–10), driven by labels and roles: problems said in view after 检查 and 提交; no sideways panning
 * at 390 px and axe clean there and at 1366 px; the blank paper copy with empty score cells and ☐
 * boxes, 表11 included; 0% progress on the empty form; the element's own words in English with lang="en".
 */
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { zhCN } from "../../src/locales/zh-CN.js";
import { shownCompleteness } from "./complete-flow.js";
import { ensureBuilt, FIXTURE, formReady, launchChromium, pdfTextContains, screenshotPath, testPage } from "./harness.js";
import { repoRoot, startServer, type StaticServer } from "./server.js";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const sample: unknown = JSON.parse(readFileSync(join(repoRoot, "examples/data/2020-handbook.sample.json"), "utf8"));
const HANDBOOK = "/forms/2020-handbook/form.json";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.route("/applicant.html", { body: testPage({ src: HANDBOOK, "form-role": "applicant", autosave: "off" }) });
  server.route("/viewer.html", { body: testPage({ src: HANDBOOK, "form-role": "viewer", autosave: "off" }) });
  server.route("/en.html", { body: testPage({ src: HANDBOOK, "form-role": "applicant", autosave: "off", lang: "en" }, undefined, "en") });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, viewport: { width: number; height: number }, value?: unknown): Promise<Page> {
  const page = await browser.newPage({ locale: "zh-CN", viewport });
  page.setDefaultTimeout(15_000);
  await page.goto(server.origin + path);
  await formReady(page);
  if (value !== undefined) {
    await page.locator("cluster-form").evaluate((el, v) => {
      (el as unknown as { value: unknown }).value = v;
    }, value);
    await expect.poll(() => page.getByLabel("产业集群名称").inputValue()).not.toBe("");
  }
  return page;
}

async function seriousAxe(page: Page): Promise<unknown[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: { target: unknown }[] }[] }> } }).axe;
    return (await axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.slice(0, 3).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === "serious" || v.impact === "critical");
}

/** The focused element inside the form: its text and where it is in the viewport. */
const focused = (page: Page) =>
  page.locator("cluster-form").evaluate((el) => {
    const active = el.shadowRoot?.activeElement as HTMLElement | null;
    const box = active?.getBoundingClientRect();
    const bar = el.shadowRoot?.querySelector(".status")?.getBoundingClientRect();
    return { text: active?.innerText ?? "", role: active?.getAttribute("role"), top: box?.top ?? -1, bottom: box?.bottom ?? -1, barBottom: bar?.bottom ?? 0, height: innerHeight };
  });

describe("problems in view (point 5)", () => {
  it("after 提交 far down the page, focus is on an alert in view that says how many problems and in which parts", async () => {
    const page = await open("/applicant.html", { width: 1366, height: 900 });
    await page.keyboard.press("End");
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.getByRole("button", { name: "提交", exact: true }).click();
    const alert = page.getByRole("alert").filter({ hasText: "需要先处理" });
    await expect.poll(() => alert.count()).toBe(1);
    const text = await alert.innerText();
    const count = Number(/有 (\d+) 个问题/.exec(text)?.[1]);
    expect(count).toBeGreaterThan(0);
    // Where: the parts, each with its count, adding up to the count; and links to the fields.
    const perPart = [...text.split("\n")[0]!.matchAll(/（(\d+) 个）/g)].map((m) => Number(m[1]));
    expect(perPart.reduce((a, b) => a + b, 0)).toBe(count);
    expect(text).toContain("一、重点成长型产业集群发展报告");
    expect(await alert.getByRole("link").count()).toBeGreaterThan(0);
    await expect.poll(async () => (await focused(page)).top).toBeGreaterThanOrEqual(0);
    const now = await focused(page);
    expect(now.role).toBe("alert");
    expect(now.top).toBeLessThan(now.height);
    await page.screenshot({ path: screenshotPath("submit-problems") });

    // A link of the list takes focus to its field, in view and clear of the sticky bar.
    await alert.getByRole("link").first().click();
    const field = await focused(page);
    expect(field.top).toBeGreaterThanOrEqual(field.barBottom);
    expect(field.bottom).toBeLessThanOrEqual(field.height);
    await page.close();
  });

  it("检查 says 'all clear' when there is nothing to fix, and a contents link puts the heading below the sticky bar", async () => {
    const page = await open("/applicant.html", { width: 1366, height: 900 }, sample);
    await page.evaluate(() => window.scrollTo(0, 3000));
    await page.getByRole("button", { name: "检查", exact: true }).click();
    const clear = page.getByRole("status").filter({ hasText: zhCN.valid });
    await expect.poll(() => clear.count()).toBe(1);
    const now = await focused(page);
    expect(now.text).toContain(zhCN.valid);
    expect(now.top).toBeGreaterThanOrEqual(0);

    await page.getByRole("navigation", { name: "目录" }).getByRole("link", { name: /表6/ }).click();
    const heading = await focused(page);
    expect(heading.text).toContain("表6");
    // The bar is stuck at the top now: the heading is just below it, not under it.
    expect(heading.top).toBeGreaterThanOrEqual(heading.barBottom);
    expect(heading.top).toBeLessThan(heading.barBottom + 60);
    await page.close();
  });
  it("the sticky bar keeps the height it grew to while typing: the page below does not jump back when a total's note goes", async () => {
    // A width where the totals fit on one line, and wrap with a note.
    const page = await open("/applicant.html", { width: 1100, height: 900 }, sample);
    const form = page.locator("cluster-form");
    expect(await form.evaluate((el) => (el as unknown as { focusField(pointer: string): boolean }).focusField("/data/table5/rdToolsRate"))).toBe(true);
    const bar = () =>
      form.evaluate((el) => ({
        height: (el.shadowRoot?.querySelector(".status") as HTMLElement).offsetHeight,
        sticky: (el as HTMLElement).style.getPropertyValue("--cf-sticky-height"),
        note: (el.shadowRoot?.querySelector(".status") as HTMLElement).innerText.includes("无效"),
        scrollY: window.scrollY,
      }));
    const before = await bar();
    // Over the field's maximum: the totals say they leave out an invalid value, and the bar wraps.
    await page.keyboard.press("Control+A");
    await page.keyboard.type("500");
    await expect.poll(async () => (await bar()).note).toBe(true);
    const grown = await bar();
    expect(grown.height).toBeGreaterThan(before.height);
    await expect.poll(async () => (await bar()).sticky).toBe(`${grown.height}px`);
    // Valid again: the note goes, the bar keeps its height, and nothing below it moves.
    await page.keyboard.press("Backspace");
    await expect.poll(async () => (await bar()).note).toBe(false);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await bar()).toEqual({ ...grown, note: false });
    await page.close();
  });
});

describe("a phone (point 6)", () => {
  it("at 390 × 844 nothing pans sideways, tables are cards, the bar collapses to the totals, and axe is clean", async () => {
    const page = await open("/applicant.html", { width: 390, height: 844 }, sample);
    const widths = () => page.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    const { document: docWidth, viewport } = await widths();
    expect(docWidth).toBeLessThanOrEqual(viewport);
    // A repeating row is a card: each cell names its column beside the value.
    const firstName = page.getByLabel("企业名称 第 1 行");
    await firstName.scrollIntoViewIfNeeded();
    const card = page.locator("cluster-form tr[data-row='0']").filter({ has: firstName });
    await expect.poll(() => card.getByText("统一社会信用代码", { exact: true }).isVisible()).toBe(true);
    const cardBox = await card.boundingBox();
    expect((cardBox?.x ?? -1) + (cardBox?.width ?? 0)).toBeLessThanOrEqual(390);
    // Scrolled down, only the totals strip sticks; the buttons stay at the top of the form.
    const strip = page.locator("cluster-form .totals-strip");
    expect(await strip.isVisible()).toBe(true);
    expect(((await strip.boundingBox())?.height ?? 999) < 60).toBe(true);
    expect(await strip.innerText()).toMatch(/自评 \d+\/100/);
    // The expert's total is under review: the strip says so, as the status bar does, not the rules' proposal.
    expect(await strip.innerText()).toMatch(/专家 待评\s*（\d+ 项/);
    await page.screenshot({ path: screenshotPath("phone-table2") });
    // A criterion is one card with its points and scores.
    const criterion = page.locator("cluster-form .criteria-table tbody tr:not(.group)").first();
    await criterion.scrollIntoViewIfNeeded();
    expect(await criterion.getByText("分值", { exact: true }).isVisible()).toBe(true);
    expect(((await criterion.boundingBox())?.width ?? 999) <= 390).toBe(true);
    await page.screenshot({ path: screenshotPath("phone-criteria") });
    expect((await widths()).document).toBeLessThanOrEqual(viewport);
    expect(await seriousAxe(page)).toEqual([]);
    await page.close();
  });

  it("the form's display.narrowBelow decides where the phone layout starts (default 760 px)", async () => {
    const page = await open("/applicant.html", { width: 700, height: 844 });
    expect(await page.locator("cluster-form .form.narrow").count()).toBe(1);
    await page.setViewportSize({ width: 1100, height: 844 });
    await expect.poll(() => page.locator("cluster-form .form.narrow").count()).toBe(0);
    await page.close();

    // The same fixture form, its manifest asking for cards below 1200 px (served as a folder of its own).
    const fixtureDir = join(repoRoot, FIXTURE.slice(1, -"form.json".length));
    for (const file of readdirSync(fixtureDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile())) {
      const path = relative(fixtureDir, join(file.parentPath, file.name)).split(sep).join("/");
      const body = readFileSync(join(fixtureDir, path), "utf8");
      server.route(`/wide-cards/${path}`, { body: path === "form.json" ? JSON.stringify({ ...(JSON.parse(body) as object), display: { narrowBelow: 1200 } }) : body });
    }
    server.route("/wide-cards.html", { body: testPage({ src: "/wide-cards/form.json", "form-role": "applicant", autosave: "off" }) });
    server.route("/fixture.html", { body: testPage({ src: FIXTURE, "form-role": "applicant", autosave: "off" }) });
    const cards = await open("/wide-cards.html", { width: 1100, height: 844 });
    expect(await cards.locator("cluster-form .form.narrow").count()).toBe(1);
    await cards.close();
    const plain = await open("/fixture.html", { width: 1100, height: 844 });
    expect(await plain.locator("cluster-form .form.narrow").count()).toBe(0);
    await plain.close();
  });
});

describe("desktop tables (point 7)", () => {
  it("at 1366 px the empty handbook has no serious axe finding; a table wider than its box is a named region with a cue", async () => {
    const page = await open("/applicant.html", { width: 1366, height: 900 });
    // Progress counts what the applicant must still do (point 8): nothing is done on an empty form.
    expect(await shownCompleteness(page, zhCN)).toBe("0%");
    expect(await seriousAxe(page)).toEqual([]);
    // A credit code shows whole: its column is at least 18 characters wide.
    const code = page.getByLabel("统一社会信用代码 第 1 行");
    await page.getByRole("button", { name: /在“.*”中添加一行/ }).first().waitFor();
    await page.locator("cluster-form").evaluate((el) => {
      (el as unknown as { value: unknown }).value = { data: { table2: { enterprises: [{ creditCode: "91421126MA4F5E8X2Q", name: "蕲春县李时珍艾业有限公司湖北分公司" }] } } };
    });
    await code.scrollIntoViewIfNeeded();
    expect(await code.evaluate((input) => (input as HTMLInputElement).scrollWidth <= (input as HTMLInputElement).clientWidth)).toBe(true);
    // A long name wraps in its cell rather than being cut.
    const name = page.getByLabel("企业名称 第 1 行");
    expect(await name.evaluate((area) => area.tagName === "TEXTAREA" && area.scrollHeight <= area.clientHeight + 1)).toBe(true);
    const regions = page.locator("cluster-form .table-scroll.overflows");
    for (const region of await regions.all()) {
      expect(await region.getAttribute("role")).toBe("region");
      expect(await region.getAttribute("tabindex")).toBe("0");
      expect(await region.getAttribute("aria-label")).toContain("可左右滚动");
    }
    await page.close();
  });
});

describe("the paper copy (point 9)", () => {
  it("a blank workbook prints blank score cells and ☐ boxes, and no form id, role or second title", async () => {
    const page = await open("/viewer.html", { width: 1280, height: 900 });
    await page.emulateMedia({ media: "print" });
    // Every score cell of every criteria table prints nothing.
    const printedScores = await page.locator("cluster-form").evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll(".criteria-table tbody td.score") ?? [])]
        .map((td) =>
          [...td.querySelectorAll("output, .print-value")]
            .filter((node) => getComputedStyle(node).display !== "none" && getComputedStyle(node).visibility !== "hidden")
            .map((node) => node.textContent?.trim() ?? "")
            .join(""),
        )
        .filter((text) => text !== ""),
    );
    expect(printedScores).toEqual([]);
    // 表11 too: a subtotal or total of nothing filled prints blank, not 0.
    const summaryCells = await page.locator("cluster-form").evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll(".score-summary tbody td output") ?? [])].map((node) => (getComputedStyle(node).visibility === "hidden" ? "" : (node.textContent?.trim() ?? ""))),
    );
    expect(summaryCells.length).toBeGreaterThan(0);
    expect(summaryCells.filter((text) => text !== "")).toEqual([]);
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    const dir = mkdtempSync(join(tmpdir(), "cf-print-"));
    try {
      writeFileSync(join(dir, "blank.pdf"), pdf);
      const text = execFileSync("pdftotext", ["-layout", join(dir, "blank.pdf"), "-"], { encoding: "utf8" }).normalize("NFKC");
      expect(text.split("☐").length - 1).toBeGreaterThanOrEqual(10);
      expect(text).not.toContain("☑");
      expect(text).not.toContain("hubei-cluster-handbook-2020");
      expect(pdfTextContains(text, "身份：")).toBe(false);
      // The summary's page: its two rows print their labels and no score.
      const pages = text.split("\f");
      const summaryAt = pages.findIndex((pageText) => pdfTextContains(pageText, "产业集群工作指标考核得分汇总表"));
      const summaryTable = pages[summaryAt]?.split("汇总表")[1] ?? "";
      expect(summaryTable).toContain("合");
      expect(summaryTable).not.toMatch(/\d/);
      const cover = text.split("\f")[0] ?? "";
      expect(cover.split("2020年度全省重点成长型产业集群考核工作手册").length - 1).toBe(1);
      // The first page as an image, for docs/ and a look: and the last page has no grey block.
      execFileSync("pdftoppm", ["-png", "-r", "50", "-f", "1", "-l", "1", join(dir, "blank.pdf"), join(dir, "cover")]);
      const scoresPage = String(text.split("\f").findIndex((pageText) => pageText.includes("评分细则")) + 1);
      execFileSync("pdftoppm", ["-png", "-r", "50", "-f", scoresPage, "-l", scoresPage, join(dir, "blank.pdf"), join(dir, "table3")]);
      execFileSync("pdftoppm", ["-png", "-r", "50", "-f", String(summaryAt + 1), "-l", String(summaryAt + 1), join(dir, "blank.pdf"), join(dir, "table11")]);
      for (const [from, to] of [
        ["cover", "print-blank-cover"],
        ["table3", "print-blank-scores"],
        ["table11", "print-blank-summary"],
      ] as const) {
        const file = execFileSync("sh", ["-c", `ls ${dir}/${from}*.png`], { encoding: "utf8" }).trim();
        copyFileSync(file, screenshotPath(to));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await page.close();
  });

  it("a filled copy prints dates as 2021年1月15日 and judgement scores bold and right-aligned", async () => {
    const page = await open("/viewer.html", { width: 1280, height: 900 }, sample);
    await page.emulateMedia({ media: "print" });
    const printed = await page.locator("cluster-form").evaluate((el) => {
      const root = el.shadowRoot as ShadowRoot;
      const dates = [...root.querySelectorAll("input[type=date]")].map((input) => input.parentElement?.querySelector(".print-value")?.textContent ?? "");
      const judged = root.querySelector(".criteria-table td.score .control .print-value");
      const style = judged ? getComputedStyle(judged) : undefined;
      const control = judged?.parentElement ? getComputedStyle(judged.parentElement) : undefined;
      // 表11's 自评 row: every subtotal and the total print.
      const selfRow = [...root.querySelectorAll(".score-summary tbody tr")].find((row) => row.querySelector("th")?.textContent === "自评得分");
      const summary = [...(selfRow?.querySelectorAll("td output") ?? [])].map((node) => (getComputedStyle(node).visibility === "hidden" ? "" : (node.textContent ?? "")));
      return { dates: dates.filter((d) => d !== ""), weight: style?.fontWeight, justify: control?.justifyContent, summary };
    });
    expect(printed.dates.length).toBeGreaterThan(0);
    expect(printed.summary.length).toBeGreaterThan(0);
    for (const score of printed.summary) expect(score).toMatch(/^\d+(\.\d+)?$/);
    for (const date of printed.dates) expect(date).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/);
    expect(Number(printed.weight)).toBeGreaterThanOrEqual(700);
    expect(printed.justify).toBe("flex-end");
    await page.close();
  });
});

describe("language (point 10)", () => {
  it("with lang=en the element's own words are English: none of the Chinese catalog's appear", async () => {
    const page = await open("/en.html", { width: 1366, height: 900 });
    await page.getByRole("button", { name: "Check", exact: true }).click();
    await page.getByRole("alert").first().waitFor();
    const own = await page.locator("cluster-form").evaluate((el) => {
      const root = el.shadowRoot as ShadowRoot;
      // The element's own texts; labels and messages of the form (in the notices' lists) are the form's words.
      const texts = [...root.querySelectorAll("button, .blanks > summary, .explain > summary, .status, .notice > span, .hint, .range, .count, .nav-none, th.points, th.serial, th.actions, .totals-strip")].map((node) => node.textContent ?? "");
      const names = [...root.querySelectorAll("button[aria-label], progress[aria-label], .table-scroll[aria-label], nav[aria-label], [role=toolbar]")].map((node) => node.getAttribute("aria-label") ?? "");
      return [...texts, ...names].join("\n");
    });
    const words = Object.values(zhCN)
      .flatMap((entry) => (typeof entry === "string" ? [entry] : String((entry as (...args: number[]) => string)(7, 7, 7)).split("7")))
      .map((word) => word.replace(/[\s：；，。（）“”·、…]/g, ""))
      .filter((word) => /[\u4e00-\u9fff]{2}/.test(word));
    expect(words.length).toBeGreaterThan(40);
    expect(words.filter((word) => own.includes(word))).toEqual([]);
    await page.close();
  });
});
