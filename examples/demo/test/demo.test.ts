/**
 * The demo as a newcomer meets it: serve.mjs on a free port, the page, the built bundle and the
 * forms over HTTP, then the page in Chromium: the handbook drawn, the sample loaded and scored,
 * roles and forms switched, a submission saved to a file and opened again, print.
 */
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../../test/support/browser.js";
import { startDemoServer } from "../../support/demo-server.js";
import type { RunningServer } from "../../support/demo-server.js";
import { formTitles, waitForForm } from "../../support/element.js";
import { APPLICATION_ID, DATA_DIR, HANDBOOK_ID, RENDERER_CSP_BUNDLE, requireBuilt } from "../../support/paths.js";

let server: RunningServer;

beforeAll(async () => {
  requireBuilt(RENDERER_CSP_BUNDLE);
  server = await startDemoServer();
}, 240_000);

afterAll(async () => {
  expect(await server.stop()).toBe(0);
});

describe("serve.mjs", () => {
  it("serves the page, the built bundle, the forms and the samples", async () => {
    const page = await fetch(server.url);
    expect(page.status).toBe(200);
    expect(page.headers.get("content-type")).toMatch(/^text\/html/);
    const html = await page.text();
    expect(html).toContain("<cluster-form");
    expect(html).toContain("/packages/renderer/dist/cluster-form.csp.bundle.js");

    expect(page.headers.get("content-security-policy")).toContain("script-src 'self'");
    expect(page.headers.get("content-security-policy")).not.toContain("unsafe-eval");

    const bundle = await fetch(`${server.url}packages/renderer/dist/cluster-form.csp.bundle.js`);
    expect(bundle.headers.get("content-type")).toMatch(/^text\/javascript/);
    expect(await bundle.text()).toBe(await readFile(RENDERER_CSP_BUNDLE, "utf8"));

    for (const folder of ["2020-handbook", "2021-application"]) {
      const manifest = (await (await fetch(`${server.url}forms/${folder}/form.json`)).json()) as { id: string; parts: { layout: string }[] };
      expect(manifest.id).toMatch(/^hubei-cluster-/);
      const layout = await fetch(`${server.url}forms/${folder}/${manifest.parts[0]?.layout ?? ""}`);
      expect(layout.status).toBe(200);
      const sample = (await (await fetch(`${server.url}examples/data/${folder}.sample.json`)).json()) as { form: { id: string } };
      expect(sample.form.id).toBe(manifest.id);
      // What `cluster-form build` wrote at start: the form in one document, and eval-free validators.
      const built = (await (await fetch(`${server.url}examples/demo/build/${folder}/form.bundle.json`)).json()) as { files: Record<string, string> };
      expect((JSON.parse(built.files["form.json"] ?? "{}") as { id: string }).id).toBe(manifest.id);
      const validators = await fetch(`${server.url}examples/demo/build/${folder}/validators.js`);
      expect(validators.headers.get("content-type")).toMatch(/^text\/javascript/);
      const code = await validators.text();
      expect(code).toMatch(/export\b/);
      expect(code, "the validators module loads as is: no imports to resolve").not.toMatch(/^\s*import\b/m);
    }
  });

  it("serves nothing outside its folders, no dotfiles, and only GET and HEAD", async () => {
    for (const path of ["package.json", "forms/../package.json", "forms/%2e%2e/package.json", "examples/demo/../../.git/config", "packages/schema/src/index.ts", ".gitignore"]) {
      expect((await fetch(server.url + path)).status, path).toBe(404);
    }
    expect((await fetch(server.url, { method: "POST", body: "{}" })).status).toBe(405);
    expect((await fetch(server.url, { method: "HEAD" })).status).toBe(200);
  });
});

describe("the demo page in Chromium", { timeout: 120_000 }, () => {
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    const context = await browser.newContext({ acceptDownloads: true, locale: "zh-CN" });
    page = await context.newPage();
    page.on("pageerror", (error) => errors.push(error.message));
    page.on("console", (message) => {
      if (message.type() === "error") errors.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) errors.push(`${response.status()} ${response.url()}`);
    });
    // Record print() calls instead of opening a dialog.
    await page.addInitScript(() => {
      window.print = () => document.documentElement.setAttribute("data-printed", String(Number(document.documentElement.getAttribute("data-printed") ?? 0) + 1));
    });
    await page.goto(server.url);
  });

  afterAll(async () => {
    await browser.close();
    expect(errors).toEqual([]);
  });

  it("draws the whole 2020 handbook in <cluster-form>", async () => {
    await waitForForm(page, await formTitles("2020-handbook"));
    expect(await page.locator("cluster-form").getAttribute("form-role")).toBe("applicant");
    // The header's total, with the form's score columns, before anything is scored.
    // The expert total is only the rules' proposal before an expert reviews it: 待评, with how many.
    await expect.poll(() => page.locator("#score").textContent()).toMatch(/：自评 0 · 专家 待评 To review（\d+ 项）$/);
  });

  it("loads the sample submission and shows its total", async () => {
    // The empty form's total has digits too ("自评 0", how many to review): wait for it to change.
    const empty = await page.locator("#score").textContent();
    await page.getByRole("button", { name: /Load sample/ }).click();
    await expect.poll(() => page.locator("#message").textContent()).toContain("2020-handbook.sample.json");
    await expect.poll(() => page.locator("#score").textContent()).not.toBe(empty);
    const id = await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value?: { form?: { id?: string } } }).value?.form?.id);
    expect(id).toBe(HANDBOOK_ID);
    // Loaded by the user, so saved as the draft: a reload keeps it.
    const total = await page.locator("#score").textContent();
    await page.reload();
    await waitForForm(page, await formTitles("2020-handbook"));
    await expect.poll(() => page.locator("#score").textContent()).toBe(total);
  });

  it("saves the submission as a JSON file and opens it again", async () => {
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: /Save as JSON/ }).click()]);
    expect(download.suggestedFilename()).toMatch(new RegExp(`^${HANDBOOK_ID}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const saved = JSON.parse(await readFile((await download.path()) ?? "", "utf8")) as { form: { id: string }; data: Record<string, unknown> };
    expect(saved.form.id).toBe(HANDBOOK_ID);
    expect(Object.keys(saved.data).length).toBeGreaterThan(0);

    await page.getByRole("button", { name: /Load sample/ }).waitFor();
    await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { reset(): void }).reset());
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: /Open JSON/ }).click()]);
    await chooser.setFiles({ name: "saved.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(saved)) });
    await expect.poll(() => page.locator("#message").textContent()).toContain("saved.json");
    const reopened = await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value?: unknown }).value);
    expect(reopened).toMatchObject({ form: saved.form, data: saved.data });
  });

  it("reports a file that is not JSON without losing the form", async () => {
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: /Open JSON/ }).click()]);
    await chooser.setFiles({ name: "broken.json", mimeType: "application/json", buffer: Buffer.from("{ not json") });
    await expect.poll(() => page.locator("#message").getAttribute("class")).toBe("error");
    expect(await page.locator("#message").textContent()).toContain("broken.json");
  });

  it("switches the role and keeps it in the address", async () => {
    await page.locator("#role-choice").selectOption("expert");
    expect(await page.locator("cluster-form").getAttribute("form-role")).toBe("expert");
    expect(new URL(page.url()).searchParams.get("role")).toBe("expert");
  });

  it("switches the element's own words to English and back, and keeps the language in the address", async () => {
    await page.getByRole("combobox", { name: /Language/ }).selectOption("en");
    expect(await page.locator("cluster-form").getAttribute("lang")).toBe("en");
    expect(new URL(page.url()).searchParams.get("lang")).toBe("en");
    await page.locator("cluster-form").getByRole("button", { name: "Check", exact: true }).waitFor();
    await page.reload();
    await page.locator("cluster-form").getByRole("button", { name: "Check", exact: true }).waitFor();
    await page.getByRole("combobox", { name: /Language/ }).selectOption("zh-CN");
    await page.locator("cluster-form").getByRole("button", { name: "检查", exact: true }).waitFor();
  });

  it("fits a phone: at 390 × 844 nothing of the page pans sideways", async () => {
    const phone = await browser.newPage({ viewport: { width: 390, height: 844 }, locale: "zh-CN" });
    await phone.goto(server.url);
    await waitForForm(phone, await formTitles("2020-handbook"));
    const widths = await phone.evaluate(() => ({ document: document.documentElement.scrollWidth, viewport: document.documentElement.clientWidth }));
    expect(widths.document).toBeLessThanOrEqual(widths.viewport);
    await phone.close();
  });

  it("switches to the 2021 application, and back after a reload", async () => {
    await page.locator("#form-choice").selectOption("2021-application");
    await waitForForm(page, await formTitles("2021-application"));
    // The handbook's data does not travel into the application.
    const value = await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value?: { form: { id: string }; data: Record<string, unknown> } }).value);
    expect(value?.form.id).toBe(APPLICATION_ID);
    expect(Object.keys(value?.data ?? {})).not.toContain("table5");
    await page.reload();
    await waitForForm(page, await formTitles("2021-application"));
    expect(await page.locator("cluster-form").getAttribute("form-role")).toBe("expert");
    await page.locator("#form-choice").selectOption("2020-handbook");
    await waitForForm(page, await formTitles("2020-handbook"));
  });

  it("prints no grey block on the last page with backgrounds on (the page's background is not printed)", async () => {
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true, preferCSSPageSize: true });
    await page.emulateMedia({ media: "screen" });
    const dir = await mkdtemp(join(tmpdir(), "demo-print-"));
    try {
      await writeFile(join(dir, "demo.pdf"), pdf);
      const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [join(dir, "demo.pdf")], { encoding: "utf8" }))?.[1]);
      const pgm = execFileSync("pdftoppm", ["-gray", "-r", "20", "-f", String(pages), "-l", String(pages), join(dir, "demo.pdf")]);
      // A binary PGM: "P5 width height 255" then one byte per pixel. Light grey (the page's #f6f7f9) is 240–250.
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString("latin1"));
      const pixels = pgm.subarray(header?.[0].length ?? 0);
      const grey = pixels.filter((v) => v >= 236 && v <= 250).length;
      expect(grey / pixels.length).toBeLessThan(0.05);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("as the expert, opens the applicant's file and sees every value, the expert column 待评", async () => {
    expect(await page.locator("cluster-form").getAttribute("form-role")).toBe("expert");
    const sample = JSON.parse(await readFile(`${DATA_DIR}2020-handbook.sample.json`, "utf8")) as { form: unknown; data: Record<string, unknown>; scores: Record<string, Record<string, number>> };
    // What the applicant sends: no expert tables, no expert scores.
    const { table10: _t10, table12: _t12, ...data } = sample.data;
    const scores = Object.fromEntries(Object.entries(sample.scores).flatMap(([id, cell]) => ("self" in cell ? [[id, { self: cell.self }]] : [])));
    // A later version of the file than the one shown: every value must come from the file.
    const cover = { ...(data.cover as Record<string, unknown>), name: `${(data.cover as { name: string }).name}（复审）` };
    const file = { form: sample.form, data: { ...data, cover }, scores };
    const [chooser] = await Promise.all([page.waitForEvent("filechooser"), page.getByRole("button", { name: /Open JSON/ }).click()]);
    await chooser.setFiles({ name: "applicant.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(file)) });
    await expect.poll(() => page.locator("#message").textContent()).toContain("applicant.json");
    await expect.poll(() => page.getByLabel("产业集群名称").inputValue()).toBe(cover.name);
    const shown = await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value: { data: unknown } }).value.data);
    expect(shown).toEqual(file.data);
    expect(await page.getByLabel("集群工作组织机构 专家", { exact: true }).textContent()).toContain("待评");
    // Confirming every rule score at once leaves a reviewed expert total.
    await page.getByRole("button", { name: /^确认全部规则计分/ }).click();
    await expect.poll(() => page.getByLabel("集群工作组织机构 专家", { exact: true }).textContent()).toContain("5");
    await expect.poll(() => page.locator("#score").textContent()).toMatch(/专家 \d+/);
  });

  it("prints through the element", async () => {
    await page.getByRole("button", { name: /Print/ }).click();
    expect(await page.locator("html").getAttribute("data-printed")).toBe("1");
  });
});
