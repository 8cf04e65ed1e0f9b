/**
 * The real forms end to end in Chromium: the 2020 handbook filled by an applicant and then scored
 * by an expert in the same browser (the draft carries over), totals checked against the evaluator
 * run in Node on the same data; and the 2021 application.
 */
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { createEvaluator, type EvaluationResult } from "@cluster-form/rules";
import { extractText, getDocumentProxy } from "unpdf";
import { loadFormFolder } from "@cluster-form/schema/node";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, launchChromium, fullPageScreenshot, pdfTextContains, screenshotPath, testPage } from "./harness.js";
import { openForm } from "./complete-flow.js";
import { repoRoot, startServer, type StaticServer } from "./server.js";

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

const handbookDir = join(repoRoot, "forms/2020-handbook");
const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
const sample: unknown = JSON.parse(readFileSync(join(repoRoot, "examples/data/2020-handbook.sample.json"), "utf8"));

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  server.route("/handbook-applicant.html", { body: testPage({ src: "/forms/2020-handbook/form.json", "form-role": "applicant" }) });
  server.route("/handbook-expert.html", { body: testPage({ src: "/forms/2020-handbook/form.json", "form-role": "expert" }) });
  server.route("/handbook-print.html", { body: testPage({ src: "/forms/2020-handbook/form.json", "form-role": "viewer", autosave: "off" }) });
  server.route("/application.html", { body: testPage({ src: "/forms/2021-application/form.json", "form-role": "applicant", autosave: "off" }) });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** A page of the shared context at `path`; a form that fails to load throws with its message. */
const open = (path: string) => openForm(context, server.origin + path);

const totalOf = (page: Page, column: string) => page.locator(`cluster-form .status [data-column="${column}"] output`).innerText();
const resultOf = (page: Page) => page.locator("cluster-form").evaluate((el) => (el as unknown as { result: EvaluationResult }).result);

describe("the 2020 handbook in Chromium", () => {
  it("is filled by the applicant (scores follow the typing), then scored by the expert", async () => {
    const pkg = await loadFormFolder(handbookDir);
    const expected = createEvaluator(pkg).evaluate(sample);

    const { page: applicant, errors } = await open("/handbook-applicant.html");
    expect(await applicant.locator("cluster-form section.part").count()).toBe(pkg.parts.length);
    await applicant.screenshot({ path: screenshotPath("handbook-applicant-empty") });

    await applicant.getByLabel("产业集群名称").fill("蕲春艾草产业集群");
    const before = await totalOf(applicant, "self");
    await applicant.getByLabel("集群企业数字化研发设计工具普及率").fill("46.5");
    await expect.poll(() => totalOf(applicant, "self")).not.toBe(before);

    // The whole sample submission, set as the value: the browser's totals are the evaluator's.
    await applicant.locator("cluster-form").evaluate((el, value) => {
      (el as unknown as { value: unknown }).value = value;
    }, sample);
    const inBrowser = await resultOf(applicant);
    expect(inBrowser.total).toEqual(expected.total);
    expect(inBrowser.veto.vetoed).toBe(expected.veto.vetoed);
    expect(await totalOf(applicant, "self")).toBe(String(expected.total.self?.value ?? "—"));
    // The whole handbook, filled in, passes an axe-core scan without serious or critical violations.
    await applicant.addScriptTag({ content: axeSource });
    const severe = await applicant.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string | null; nodes: unknown[] }[] }> } }).axe;
      const { violations } = await axe.run(document, { resultTypes: ["violations"] });
      return violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(severe).toEqual([]);
    // Type one more character so the sample is autosaved as this browser's draft.
    const name = applicant.getByLabel("产业集群名称");
    await name.fill(`${await name.inputValue()} `);
    await fullPageScreenshot(applicant, "handbook-applicant-filled");
    expect(errors).toEqual([]);
    await applicant.close();

    // The expert opens the same form in the same browser: the applicant's draft is there, read-only for the expert.
    const { page: expert } = await open("/handbook-expert.html");
    const sampleName = (sample as { data: { cover: { name: string } } }).data.cover.name;
    await expect.poll(() => expert.getByLabel("产业集群名称").inputValue()).toBe(`${sampleName} `);
    expect(await expert.getByLabel("产业集群名称").getAttribute("readonly")).toBe("");
    // A choice the expert may not change reads in full in its table cell, where a select would cut it to the cell's width.
    const kind = expert.getByLabel("公共服务机构类别 第 1 行", { exact: true });
    expect(await kind.inputValue()).toBe("行业协会/商会");
    expect(await kind.getAttribute("readonly")).toBe("");
    const judged = expected.criteria.find((c) => c.range !== null && c.computed === null);
    expect(judged).toBeDefined();
    if (!judged) return;
    const expertInput = expert.getByLabel(`${judged.label} 专家`, { exact: true });
    const selfInput = expert.getByLabel(`${judged.label} 自评`, { exact: true });
    expect(await selfInput.getAttribute("readonly")).toBe("");
    const expertBefore = (await resultOf(expert)).total.expert?.value ?? 0;
    const previous = (expected.criteria.find((c) => c.id === judged.id)?.scores.expert?.value ?? 0) as number;
    const score = judged.range?.min ?? 0;
    await expertInput.fill(String(score));
    await expect.poll(async () => (await resultOf(expert)).total.expert?.value).toBe(expertBefore - previous + score);
    await expert.screenshot({ path: screenshotPath("handbook-expert"), fullPage: false });
    await expert.close();
  });
});

describe("the 2020 handbook as the user types", () => {
  it("draws the new total in the frame that draws the typed character, never a frame later", async () => {
    const { page, errors } = await open("/handbook-applicant.html");
    const field = page.getByLabel("集群企业数字化研发设计工具普及率");
    await field.fill("");
    await field.focus();
    // In the first animation frame after each input event (its callback runs after the element's
    // own, which it asked for first), the total as drawn on the screen.
    await page.locator("cluster-form").evaluate((el) => {
      const shown: string[] = [];
      (window as unknown as { __shown: string[] }).__shown = shown;
      el.addEventListener("input", () => {
        requestAnimationFrame(() => {
          shown.push(el.shadowRoot?.querySelector<HTMLElement>('.status [data-column="self"] output')?.innerText ?? "");
        });
      });
    });
    // 4 → 45 (over 40 %: one point more) → 4 → 45 → 450 → 45 → 4: the total changes at most presses.
    const keys = ["4", "5", "Backspace", "5", "0", "Backspace", "Backspace"];
    const settled: string[] = [];
    for (const key of keys) {
      await page.keyboard.press(key);
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      settled.push(await totalOf(page, "self"));
    }
    const shown = await page.evaluate(() => (window as unknown as { __shown: string[] }).__shown);
    expect(shown).toEqual(settled);
    // The typing did move the total, so a total drawn a frame late would differ above.
    expect(new Set(settled).size).toBeGreaterThan(1);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the 2020 handbook printed", () => {
  it("prints the filled handbook on A4 pages, each table from a new page, with its text and values", async () => {
    const pkg = await loadFormFolder(handbookDir);
    const { page } = await open("/handbook-print.html");
    await page.locator("cluster-form").evaluate((el, value) => {
      (el as unknown as { value: unknown }).value = value;
    }, sample);
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const doc = await getDocumentProxy(new Uint8Array(pdf));
    const { width, height } = (await doc.getPage(1)).getViewport({ scale: 1 });
    expect([Math.round(width), Math.round(height)]).toEqual([595, 842]);
    expect(doc.numPages).toBeGreaterThanOrEqual(pkg.parts.length - 1);
    const { text } = await extractText(doc, { mergePages: true });
    const enterprise = (sample as { data: { table2: { enterprises: { name: string }[] } } }).data.table2.enterprises[0]?.name ?? "";
    for (const expected of [pkg.manifest.title, "评分细则", enterprise]) expect(pdfTextContains(text, expected), expected).toBe(true);
    await page.close();
  });
});

describe("the 2021 application in Chromium", () => {
  it("renders every part and takes input by label", async () => {
    const pkg = await loadFormFolder(join(repoRoot, "forms/2021-application"));
    const { page, errors } = await open("/application.html");
    expect(await page.locator("cluster-form section.part").count()).toBe(pkg.parts.length);
    const firstField = pkg.parts[0]?.schema?.properties?.name as { title?: string } | undefined;
    if (firstField?.title) {
      await page.getByLabel(firstField.title, { exact: true }).fill("黄石模具产业集群");
      expect(await page.getByLabel(firstField.title, { exact: true }).inputValue()).toBe("黄石模具产业集群");
    }
    await fullPageScreenshot(page, "application-2021");
    expect(errors).toEqual([]);
    await page.close();
  });
});
