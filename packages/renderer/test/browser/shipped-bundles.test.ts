/**
 * Every bundle in packages/renderer/dist, loaded as a plain page loads it: a `<script type="module">`
 * from a static server, nothing built for the test. The Excel bundle exports a workbook (read back
 * with exceljs in Node) and imports rows and whole workbooks, through its own lazily loaded chunk.
 * The element's bundle carries no schema compiler: a raw form loads it as a chunk, a built one never does.
 * The loader, the validation and the evaluator are a chunk every page with a form loads, alongside the form.
 */
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { buildValidatorsModule } from "@cluster-form/cli";
import { loadFormFolder } from "@cluster-form/schema/node";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
// exceljs through the excel package, which depends on it (the renderer does not).
import { newWorkbook, readWorkbook, writeWorkbook } from "../../../excel/src/exceljs.js";
import { fixtureDir } from "./fixture-files.js";
import { BUNDLE, CSP_BUNDLE, ensureBuilt, FIXTURE, formReady, launchChromium, screenshotPath } from "./harness.js";
import { repoRoot, startServer, type StaticServer } from "./server.js";

const DIST = "/packages/renderer/dist";
const EXCEL_BUNDLE = `${DIST}/cluster-form-excel.bundle.js`;
const CSP = { "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'" };

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.route("/build/validators.js", { body: await buildValidatorsModule(await loadFormFolder(fixtureDir)) });
  server.route("/csp-built.html", {
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="${BUNDLE}"></script></head>
<body><cluster-form src="${FIXTURE}" form-role="applicant" autosave="off" validators="/build/validators.js"></cluster-form></body></html>`,
    headers: CSP,
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page with `scripts` as module script tags and the fixture form with the Excel buttons in its toolbar. */
async function open(name: string, scripts: readonly string[], options: { csp?: boolean; validators?: boolean } = {}): Promise<{ page: Page; problems: string[] }> {
  const validators = options.validators ? ` validators="/build/validators.js"` : "";
  server.route(`/${name}.html`, {
    body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>${name}</title>
${scripts.map((src) => `<script type="module" src="${src}"></script>`).join("\n")}</head>
<body><cluster-form src="${FIXTURE}" form-role="applicant" autosave="off"${validators}><cluster-form-excel slot="toolbar"></cluster-form-excel></cluster-form></body></html>`,
    ...(options.csp ? { headers: CSP } : {}),
  });
  const page = await browser.newPage({ acceptDownloads: true, locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(20_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.goto(`${server.origin}/${name}.html`);
  await formReady(page);
  const failure = page.locator("cluster-form .notice.error");
  if (await failure.count()) throw new Error(await failure.innerText());
  return { page, problems };
}

const FORM = { id: "renderer-fixture", version: "1.0.0" };
const listOf = (page: Page) => page.evaluate(() => (document.querySelector("cluster-form")?.value?.data as { enterprises?: { list?: unknown[] } } | undefined)?.enterprises?.list ?? []);
const excelStatus = (page: Page) => page.locator("cluster-form-excel").evaluate((el) => el.shadowRoot?.textContent ?? "");

/** Presses 导出 Excel and reads the downloaded workbook in Node. */
async function exportWorkbook(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const downloaded = page.waitForEvent("download", { timeout: 30_000 });
  await page.locator("cluster-form-excel button", { hasText: "导出 Excel" }).click();
  // A failed export says so in the element ("无法完成：…") and downloads nothing: that message is the failure.
  const download = await downloaded.catch(async () => {
    throw new Error(`no download; the element says: ${await excelStatus(page)}`);
  });
  return { name: download.suggestedFilename(), bytes: await readFile((await download.path())!) };
}

/** Chooses `bytes` as the file to import and waits for the preview. */
async function choose(page: Page, name: string, bytes: Buffer): Promise<string> {
  await page.locator("cluster-form-excel input[type=file]").setInputFiles({ name, mimeType: "application/octet-stream", buffer: bytes });
  const dialog = page.locator("cluster-form-excel dialog");
  await expect.poll(() => dialog.isVisible(), { timeout: 30_000 }).toBe(true);
  return dialog.innerText();
}

/** The files a bundle's source map names, as package or workspace paths. */
function bundledSources(bundle: string): string[] {
  const map = JSON.parse(readFileSync(join(repoRoot, DIST, `${bundle}.map`), "utf8")) as { sources: string[] };
  return map.sources.map((source) => relative(repoRoot, resolve(repoRoot, DIST.slice(1), dirname(bundle), source)).replace(/^.*node_modules\/(?:\.pnpm\/[^/]+\/node_modules\/)?/, ""));
}

/** The URLs of the scripts `page` fetched, after `run`. */
async function scriptsFetched(page: Page, run: () => Promise<void>): Promise<string[]> {
  const urls: string[] = [];
  page.on("request", (request) => {
    if (request.resourceType() === "script") urls.push(new URL(request.url()).pathname);
  });
  await run();
  return urls;
}

/** The chunk the element's bundle imports to load a form: the loader, the validation and the evaluator. */
function formRuntimeChunk(): string {
  const code = readFileSync(join(repoRoot, DIST, "cluster-form.bundle.js"), "utf8");
  const chunks = [...code.matchAll(/import\(\s*["']\.\/(bundle-chunks\/load-[\w-]+\.js)["']\s*\)/g)].map((match) => match[1]!);
  expect(chunks).toHaveLength(1);
  return chunks[0]!;
}

describe("the element's bundle and the schema compiler", () => {
  it("cluster-form.bundle.js holds Lit and the widgets, its form chunk the evaluator; neither holds Ajv or json-logic-js, or generates code", () => {
    const sources = bundledSources("cluster-form.bundle.js");
    expect(sources.some((source) => source.startsWith("lit-html/"))).toBe(true);
    expect(sources.some((source) => source.startsWith("packages/renderer/src/widgets/"))).toBe(true);
    // What only a loaded form needs arrives with it.
    expect(sources.filter((source) => /^packages\/(rules\/src|schema\/src\/(load|submission))\//.test(source))).toEqual([]);
    const runtime = formRuntimeChunk();
    const runtimeSources = bundledSources(runtime);
    expect(runtimeSources.some((source) => source.startsWith("packages/rules/src/evaluate/"))).toBe(true);
    expect(runtimeSources.some((source) => source.startsWith("packages/schema/src/load/"))).toBe(true);
    for (const bundled of [sources, runtimeSources]) expect(bundled.filter((source) => /^(ajv|ajv-formats|fast-uri|json-logic-js)\//.test(source))).toEqual([]);
    // Only what a Chinese page shows: the English words are a chunk, a definition check's and a JSON syntax error's wording are not loaded by a page drawing a form.
    expect(sources.filter((source) => /^packages\/renderer\/src\/locales\/(en|review\.en)\.ts$|^packages\/schema\/src\/locales\/(definition-checks|json-syntax)\./.test(source))).toEqual([]);
    expect(runtimeSources.filter((source) => /^packages\/schema\/src\/locales\/(definition-checks|json-syntax)\./.test(source))).toEqual([]);
    for (const file of ["cluster-form.bundle.js", runtime]) {
      const code = readFileSync(join(repoRoot, DIST, file), "utf8");
      expect(code).not.toMatch(/new Function|\beval\(/);
      // An option name of Ajv's, present in any build of its compiler.
      expect(code.includes("strictSchema")).toBe(false);
    }
  });

  it("a raw form loads the compiler's chunk and validates; a built form never fetches it", async () => {
    const page = await browser.newPage({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
    page.setDefaultTimeout(20_000);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    server.route("/raw-form.html", {
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="${BUNDLE}"></script></head>
<body><cluster-form src="${FIXTURE}" form-role="applicant" autosave="off"></cluster-form></body></html>`,
    });
    const raw = await scriptsFetched(page, async () => {
      await page.goto(`${server.origin}/raw-form.html`);
      await formReady(page);
    });
    expect(raw.filter((url) => /\/bundle-chunks\/compiler-[\w-]+\.js$/.test(url))).toHaveLength(1);
    // The compiled validator is at work: a text in a number field is a schema error, named by its field.
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("105");
    await expect.poll(() => page.locator("cluster-form .status [data-column='self'] output").innerText()).toBe("3");
    const findings = await page.evaluate(() => {
      const form = document.querySelector("cluster-form")!;
      form.value = { form: { id: "renderer-fixture", version: "1.0.0" }, data: { enterprises: { list: [{ name: "甲", sales: "many" }] } } };
      return form.updateComplete.then(() => form.result?.findings.map((finding) => finding.pointer) ?? []);
    });
    expect(findings).toContain("/data/enterprises/list/0/sales");
    expect(problems).toEqual([]);
    await page.close();

    const built = await browser.newPage();
    const fetched = await scriptsFetched(built, async () => {
      await built.goto(`${server.origin}/csp-built.html`);
      await formReady(built);
    });
    expect(fetched).toContain("/build/validators.js");
    expect(fetched.filter((url) => url.includes("/bundle-chunks/compiler-"))).toEqual([]);
    expect(fetched.filter((url) => url.includes("/bundle-chunks/english-")), "a Chinese page never downloads the English words").toEqual([]);
    // A built form's page: the bundle, its form chunk and the form's validators, nothing else.
    expect(fetched.sort()).toEqual([BUNDLE, `${DIST}/${formRuntimeChunk()}`, "/build/validators.js"].sort());
    await built.close();
  });

  it("an English page loads the English words' chunk once, under script-src 'self', and draws the form in English from the start", async () => {
    server.route("/csp-built-en.html", {
      body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="${BUNDLE}"></script></head>
<body><cluster-form src="${FIXTURE}" form-role="applicant" autosave="off" validators="/build/validators.js"></cluster-form>
<cluster-form src="${FIXTURE}" form-role="expert" autosave="off" validators="/build/validators.js"></cluster-form></body></html>`,
      headers: CSP,
    });
    const page = await browser.newPage({ locale: "en-GB" });
    page.setDefaultTimeout(20_000);
    const problems: string[] = [];
    page.on("pageerror", (error) => problems.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(message.text());
    });
    // The toolbar's words in the first frame that shows the form, and the notice a check gives.
    await page.addInitScript(() => {
      document.addEventListener("cf-load", (event) => {
        const form = event.target as HTMLElement & { updateComplete: Promise<boolean> };
        void form.updateComplete.then(() => {
          (window as unknown as { firstToolbar: string[] }).firstToolbar = [...form.shadowRoot!.querySelectorAll(".toolbar button")].map((button) => button.textContent ?? "");
        });
      });
    });
    const fetched = await scriptsFetched(page, async () => {
      await page.goto(`${server.origin}/csp-built-en.html`);
      await formReady(page);
    });
    expect(fetched.filter((url) => /\/bundle-chunks\/english-[\w-]+\.js$/.test(url))).toHaveLength(1);
    await expect.poll(() => page.evaluate(() => (window as unknown as { firstToolbar?: string[] }).firstToolbar)).toEqual(expect.arrayContaining(["Check", "Print"]));
    await page.locator("cluster-form").first().getByRole("button", { name: "Check", exact: true }).click();
    await expect.poll(() => page.locator("cluster-form").first().getByRole("alert").first().innerText()).toMatch(/[A-Za-z]/);
    expect(await page.locator("cluster-form").nth(1).getByRole("button", { name: "Check", exact: true }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("the form, its validators and the form chunk are fetched at once; a failure names its stage, the form's before the validators'", async () => {
    const stagesOf = async (attributes: string): Promise<{ stages: string[]; text: string; requested: string[] }> => {
      server.route("/stages.html", {
        body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<script>window.stages = []; document.addEventListener("cf-error", (event) => window.stages.push(event.stage));</script>
<script type="module" src="${BUNDLE}"></script></head><body><cluster-form ${attributes} autosave="off"></cluster-form></body></html>`,
      });
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on("request", (request) => requested.push(new URL(request.url()).pathname));
      await page.goto(`${server.origin}/stages.html`);
      await formReady(page);
      const stages = await page.evaluate(() => (window as unknown as { stages: string[] }).stages);
      const text = await page.locator("cluster-form .notice.error").innerText();
      await page.close();
      return { stages, text, requested };
    };
    const missingBoth = await stagesOf(`src="/missing/form.json" validators="/missing/validators.js"`);
    expect(missingBoth.stages).toEqual(["load"]);
    expect(missingBoth.text).toContain("/missing/form.json");
    expect(missingBoth.requested).toEqual(expect.arrayContaining(["/missing/form.json", "/missing/validators.js", `${DIST}/${formRuntimeChunk()}`]));
    const missingValidators = await stagesOf(`src="${FIXTURE}" validators="/missing/validators.js"`);
    expect(missingValidators.stages).toEqual(["validators"]);
  });

  it("a raw form under script-src 'self' says that it needs the validators of cluster-form build", async () => {
    server.route("/csp-raw.html", {
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="${BUNDLE}"></script></head>
<body><cluster-form src="${FIXTURE}" form-role="applicant" autosave="off"></cluster-form></body></html>`,
      headers: CSP,
    });
    const page = await browser.newPage({ locale: "zh-CN" });
    await page.goto(`${server.origin}/csp-raw.html`);
    await formReady(page);
    const error = page.locator("cluster-form .notice.error");
    await expect.poll(() => error.count()).toBe(1);
    expect(await error.innerText()).toContain("cluster-form build");
    await page.close();
  });
});

describe("the shipped bundles in a plain page", () => {
  it("are the three this file tests", () => {
    const bundles = readdirSync(join(repoRoot, DIST)).filter((file) => file.endsWith(".bundle.js"));
    expect(bundles.sort()).toEqual(["cluster-form-excel.bundle.js", "cluster-form.bundle.js", "cluster-form.csp.bundle.js"]);
  });

  it("cluster-form.bundle.js with cluster-form-excel.bundle.js: exports a workbook that exceljs reads back, and imports it again", async () => {
    const { page, problems } = await open("full-excel", [BUNDLE, EXCEL_BUNDLE]);
    await page.evaluate((form) => {
      document.querySelector("cluster-form")!.value = { form, data: { enterprises: { list: [{ name: "丁公司", sales: 42.5, listed: true }] } } };
    }, FORM);
    const exported = await exportWorkbook(page);
    expect(await excelStatus(page)).not.toContain("无法完成");
    expect(exported.name).toBe("集群考核测试表.xlsx");

    const workbook = await readWorkbook(exported.bytes);
    const names = workbook.worksheets.map((sheet) => sheet.name);
    expect(names).toContain("表2 重点企业");
    const cells: unknown[] = [];
    workbook.getWorksheet("表2 重点企业")!.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toEqual(expect.arrayContaining(["丁公司", 42.5, "是"]));

    // The same workbook imported into an empty form gives the submission back.
    await page.evaluate((form) => {
      document.querySelector("cluster-form")!.value = { form, data: {} };
    }, FORM);
    expect(await choose(page, "back.xlsx", exported.bytes)).toContain("没有发现问题");
    await page.screenshot({ path: screenshotPath("shipped-excel-import-whole") });
    await page.locator("cluster-form-excel dialog").getByRole("button", { name: "替换当前内容" }).click();
    await expect.poll(() => listOf(page), { timeout: 10_000 }).toEqual([{ name: "丁公司", sales: 42.5, listed: true }]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("cluster-form-excel.bundle.js imports the rows of a hand-made sheet after its preview", async () => {
    const { page, problems } = await open("rows-excel", [BUNDLE, EXCEL_BUNDLE]);
    const workbook = newWorkbook();
    const sheet = workbook.addWorksheet("企业");
    for (const row of [
      ["企业名称", "销售收入（万元）", "是否上市"],
      ["甲公司", 1200, "是"],
      ["乙公司", "一千", "否"],
    ])
      sheet.addRow(row);
    const text = await choose(page, "企业.xlsx", Buffer.from(await writeWorkbook(workbook)));
    expect(text).toContain("可添加 1 行");
    expect(text).toContain("第 3 行“销售收入（万元）”：“一千”不是数字");
    await page.locator("cluster-form-excel dialog").getByRole("button", { name: "添加 1 行" }).click();
    await expect.poll(() => listOf(page), { timeout: 10_000 }).toEqual([{ name: "甲公司", sales: 1200, listed: true }]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("cluster-form.csp.bundle.js with cluster-form-excel.bundle.js under script-src 'self': scores with precompiled validators and exports", async () => {
    const { page, problems } = await open("csp-excel", [CSP_BUNDLE, EXCEL_BUNDLE], { csp: true, validators: true });
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("105");
    await expect.poll(() => page.locator("cluster-form .status [data-column='self'] output").innerText()).toBe("3");
    const exported = await exportWorkbook(page);
    const workbook = await readWorkbook(exported.bytes);
    expect(workbook.worksheets.length).toBeGreaterThan(1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
