/** `<cluster-form-excel>` in headless Chromium: export downloads a workbook; import previews rows and problems, then adds only what fits. */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// exceljs through the excel package, which depends on it (the renderer does not).
import { newWorkbook, readWorkbook, writeWorkbook } from "../../../excel/src/exceljs.js";
import { declareSize } from "../../../../test/support/hostile-zip.js";
import { buildValidatorsModule } from "@cluster-form/cli";
import { loadFormFolder } from "@cluster-form/schema/node";
import { fixtureDir } from "./fixture-files.js";
import { BUNDLE, ensureBuilt, FIXTURE, formReady, launchChromium, screenshotPath } from "./harness.js";
import { repoRoot, startServer, type StaticServer } from "./server.js";

const OUT = ".tmp/excel-actions-bundle";
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  // The element and its lazily loaded Excel chunk (exceljs inside), built for the browser.
  await build({
    root: repoRoot,
    logLevel: "error",
    configFile: false,
    build: {
      outDir: join(repoRoot, OUT),
      emptyOutDir: true,
      minify: false,
      lib: { entry: join(repoRoot, "packages/renderer/src/excel-actions.ts"), formats: ["es"], fileName: () => "excel-actions.js" },
    },
  });
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
}, 240_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(autosave: "on" | "off" = "off"): Promise<Page> {
  server.route(`/excel-${autosave}.html`, {
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>excel</title>
<script type="module" src="${BUNDLE}"></script><script type="module" src="/${OUT}/excel-actions.js"></script></head>
<body><cluster-form src="${FIXTURE}" form-role="applicant" autosave="${autosave}"><cluster-form-excel slot="toolbar"></cluster-form-excel></cluster-form></body></html>`,
  });
  const page = await browser.newPage({ acceptDownloads: true, locale: "zh-CN" });
  page.setDefaultTimeout(20_000);
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.origin}/excel-${autosave}.html`);
  await formReady(page);
  expect(errors).toEqual([]);
  return page;
}

async function sheetOf(rows: unknown[][]): Promise<Buffer> {
  const workbook = newWorkbook();
  const sheet = workbook.addWorksheet("企业");
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await writeWorkbook(workbook));
}

/** The `cf-change` events from here on, as [pointer, rows in the submission's table]. */
async function recordChanges(page: Page): Promise<() => Promise<unknown[]>> {
  await page.evaluate(() => {
    const changes: unknown[] = [];
    (window as unknown as { __changes: unknown[] }).__changes = changes;
    document.querySelector("cluster-form")!.addEventListener("cf-change", (event) => {
      const { pointer, submission } = event as Event & { pointer: string; submission: { data: { enterprises?: { list?: unknown[] } } } };
      changes.push([pointer, submission.data.enterprises?.list?.length ?? 0]);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __changes: unknown[] }).__changes);
}

const setValue = (page: Page, value: unknown) =>
  page.evaluate((value) => {
    document.querySelector("cluster-form")!.value = value;
  }, value);
const setRole = (page: Page, role: string) => page.evaluate((role) => document.querySelector("cluster-form")!.setAttribute("form-role", role), role);
const valueOf = (page: Page) => page.evaluate(() => JSON.parse(JSON.stringify(document.querySelector("cluster-form")!.value)) as { data: Record<string, unknown>; scores: Record<string, unknown> });

async function importWhole(page: Page, name: string, bytes: Buffer, screenshot?: string): Promise<string> {
  await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name, mimeType: "application/octet-stream", buffer: bytes });
  const dialog = page.locator("cluster-form-excel dialog");
  await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
  if (screenshot) await page.screenshot({ path: screenshotPath(screenshot) });
  const text = await dialog.innerText();
  await dialog.getByRole("button", { name: "替换当前内容" }).click();
  await expect.poll(() => dialog.isVisible()).toBe(false);
  return text;
}

const listOf = (page: Page) => page.evaluate(() => (document.querySelector("cluster-form")?.value?.data as { enterprises?: { list?: unknown[] } } | undefined)?.enterprises?.list ?? []);

describe("<cluster-form-excel>", () => {
  it("imports rows from a hand-made sheet after a preview that names the rows that do not fit", async () => {
    const page = await open("on");
    const changes = await recordChanges(page);
    const file = await sheetOf([
      ["企业名称", "销售收入（万元）", "是否上市", "备注"],
      ["甲公司", 1200, "是", "x"],
      ["乙公司", "一千", "否", ""],
      ["丙公司", 800, "否", ""],
      ["合计", 2000, "", ""],
    ]);
    await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name: "企业.xlsx", mimeType: "application/octet-stream", buffer: file });
    const dialog = page.locator("cluster-form-excel dialog");
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: screenshotPath("excel-import-rows-total") });
    const text = await dialog.innerText();
    expect(text).toContain("可添加 2 行");
    expect(text).toContain("甲公司");
    expect(text).toContain("丙公司");
    expect(text).toContain("第 3 行“销售收入（万元）”：“一千”不是数字");
    expect(text).toContain("“备注”不是本表的列");
    // The total row is not data: said apart from the problems, and not added.
    expect(text).toContain("1 行不是数据（如合计行），已跳过：");
    expect(text).toContain("“企业”第 5 行：这一行是合计行，未作为数据导入。");
    expect(await listOf(page)).toEqual([]);
    await dialog.getByRole("button", { name: "添加 2 行" }).click();
    await expect.poll(() => listOf(page), { timeout: 10_000 }).toEqual([
      { name: "甲公司", sales: 1200, listed: true },
      { name: "丙公司", sales: 800, listed: false },
    ]);
    expect(await page.locator("cluster-form-excel [role=status]").innerText()).toBe("已添加 2 行。");
    // The user's own edit, as typing is: the page is told, and the draft keeps the rows over a reload.
    expect(await changes()).toEqual([["/data/enterprises/list", 2]]);
    await page.reload();
    await formReady(page);
    await expect.poll(() => listOf(page)).toEqual([
      { name: "甲公司", sales: 1200, listed: true },
      { name: "丙公司", sales: 800, listed: false },
    ]);
  });

  it("exports the submission as .xlsx and imports the whole workbook back", async () => {
    const page = await open();
    await page.evaluate(() => {
      const form = document.querySelector("cluster-form")!;
      form.value = { form: { id: "renderer-fixture", version: "1.0.0" }, data: { enterprises: { list: [{ name: "丁公司", sales: 42.5, listed: true }] } } };
    });
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("cluster-form-excel button", { hasText: "导出 Excel" }).click()]);
    expect(download.suggestedFilename()).toBe("集群考核测试表.xlsx");
    const bytes = await readFile((await download.path())!);
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toContain("表2 重点企业");

    await page.evaluate(() => {
      document.querySelector("cluster-form")!.value = { form: { id: "renderer-fixture", version: "1.0.0" }, data: {} };
    });
    await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name: "back.xlsx", mimeType: "application/octet-stream", buffer: bytes });
    const dialog = page.locator("cluster-form-excel dialog");
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await dialog.innerText()).toContain("没有发现问题");
    const changes = await recordChanges(page);
    await dialog.getByRole("button", { name: "替换当前内容" }).click();
    await expect.poll(() => listOf(page), { timeout: 10_000 }).toEqual([{ name: "丁公司", sales: 42.5, listed: true }]);
    expect(await changes()).toEqual([["", 1]]);
  });

  it("imports only what the form's role fills: the applicant's workbook never sets the expert's opinion or scores, nor the expert's the applicant's", async () => {
    const page = await open();
    const form = { id: "renderer-fixture", version: "1.0.0" };
    // A workbook with both roles' fields filled.
    await setValue(page, {
      form,
      data: { enterprises: { list: [{ name: "丁公司", sales: 42.5, listed: true }] }, review: { expert: { opinion: "工作簿里的专家意见" } } },
      scores: { "s.plan": { self: 8, expert: 9 } },
    });
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("cluster-form-excel button", { hasText: "导出 Excel" }).click()]);
    const workbook = await readFile((await download.path())!);

    // The applicant's form, where the expert has already written.
    await setValue(page, { form, data: { review: { expert: { opinion: "专家原有意见" } } }, scores: { "s.plan": { expert: 6 } } });
    expect(await importWhole(page, "applicant.xlsx", workbook, "excel-import-whole-applicant")).toContain("只导入当前角色填写的内容，其余内容保持不变。");
    let value = await valueOf(page);
    expect(value.data).toEqual({ enterprises: { list: [{ name: "丁公司", sales: 42.5, listed: true }] }, review: { expert: { opinion: "专家原有意见" } } });
    expect(value.scores).toEqual({ "s.plan": { self: 8, expert: 6 } });

    // The same workbook imported by the expert: the expert's opinion and score, the applicant's figures kept.
    await setValue(page, { form, data: { enterprises: { list: [] } }, scores: { "s.plan": { self: 3, expert: 6 } } });
    await setRole(page, "expert");
    await importWhole(page, "expert.xlsx", workbook);
    value = await valueOf(page);
    expect(value.data).toEqual({ enterprises: { list: [] }, review: { expert: { opinion: "工作簿里的专家意见" } } });
    expect(value.scores).toEqual({ "s.plan": { self: 3, expert: 9 } });

    // The expert fills no table: a sheet of rows is offered as a whole submission only.
    await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name: "rows.xlsx", mimeType: "application/octet-stream", buffer: await sheetOf([["企业名称"], ["戊公司"]]) });
    const dialog = page.locator("cluster-form-excel dialog");
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await dialog.locator("select option").allInnerTexts()).toEqual(["整份材料（替换当前内容）"]);
    await dialog.getByRole("button", { name: "取消" }).click();

    // A viewer fills nothing: pressing import says so, and no file is asked for.
    await setRole(page, "viewer");
    let asked = false;
    page.on("filechooser", () => (asked = true));
    await page.locator("cluster-form-excel button", { hasText: "导入 Excel" }).click();
    await expect.poll(() => page.locator("cluster-form-excel [role=status]").innerText()).toBe("当前角色不填写本表，没有可导入的内容。");
    expect(asked).toBe(false);
  });

  it("refuses a workbook that expands beyond what the form can hold, or lies about its size, before parsing it", async () => {
    const page = await open();
    const honest = await sheetOf([["企业名称"], ["甲公司"]]);
    const dialog = page.locator("cluster-form-excel dialog");
    // Declares 3.75 GB of shared strings: refused by the sizes the archive declares.
    await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name: "bomb.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(declareSize(honest, "xl/sharedStrings.xml", 0xf0000000)) });
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    await page.screenshot({ path: screenshotPath("excel-import-refused") });
    expect(await dialog.innerText()).toMatch(/\n工作簿解压后为 3840\.0 MB，超过本表单工作簿的上限 \d+\.\d MB，未读取。/);
    await dialog.getByRole("button", { name: "取消" }).click();
    // Declares a few bytes and inflates to more: refused while inflating, before exceljs sees it.
    await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name: "liar.xlsx", mimeType: "application/octet-stream", buffer: Buffer.from(declareSize(honest, "xl/worksheets/sheet1.xml", 10)) });
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    expect(await dialog.innerText()).toContain("工作簿中的“xl/worksheets/sheet1.xml”解压后超过其声明的 10 bytes，未读取。");
    await dialog.getByRole("button", { name: "取消" }).click();
    // Larger than any workbook of the form: refused by its size, unread, with no preview.
    await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name: "huge.xlsx", mimeType: "application/octet-stream", buffer: Buffer.alloc(20 * 2 ** 20) });
    await expect.poll(() => page.locator("cluster-form-excel [role=status]").innerText()).toMatch(/^文件大小为 20\.0 MB，超过本表单工作簿可能的最大值 \d+\.\d MB，未读取。$/);
    expect(await dialog.isVisible()).toBe(false);
    expect(await listOf(page)).toEqual([]);
  });

  it("under a CSP without 'unsafe-eval', checks imported rows with the page's precompiled validators", async () => {
    server.route("/excel-csp/validators.js", { body: await buildValidatorsModule(await loadFormFolder(fixtureDir)) });
    server.route("/excel-csp.html", {
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>excel</title>
<script type="module" src="${BUNDLE}"></script><script type="module" src="/${OUT}/excel-actions.js"></script></head>
<body><cluster-form src="${FIXTURE}" validators="/excel-csp/validators.js" form-role="applicant" autosave="off"><cluster-form-excel slot="toolbar"></cluster-form-excel></cluster-form></body></html>`,
      headers: { "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'" },
    });
    const page = await browser.newPage({ locale: "zh-CN" });
    page.setDefaultTimeout(20_000);
    await page.goto(`${server.origin}/excel-csp.html`);
    await formReady(page);
    const file = await sheetOf([
      ["企业名称", "销售收入（万元）", "是否上市"],
      ["甲公司", 1200, "是"],
      ["乙公司", -5, "否"],
    ]);
    await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name: "企业.xlsx", mimeType: "application/octet-stream", buffer: file });
    const dialog = page.locator("cluster-form-excel dialog");
    await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
    const text = await dialog.innerText();
    expect(text).toContain("可添加 1 行");
    expect(text).not.toContain("无法按表格的要求检查各行");
    // The schema's minimum, checked by the precompiled functions: the cell is named.
    expect(text).toMatch(/第 3 行“销售收入（万元）”：第 3 行 B 列/);
    await page.close();
  });
});

