/** In headless Chromium: an explanation step shows one arrow, another form starts from its own data, attachments are files, a broken form file is placed. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURE, launchChromium, openFormPage, screenshotPath, testPage } from "./harness.js";
import { repoRoot, startServer, type StaticServer } from "./server.js";

const HANDBOOK = "/forms/2020-handbook/form.json";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string, attributes: Record<string, string>): Promise<{ page: Page; errors: string[] }> {
  server.route(path, { body: testPage(attributes) });
  return openFormPage(browser, server.origin + path);
}

const value = (page: Page) => page.evaluate(() => JSON.stringify(document.querySelector("cluster-form")?.value ?? null));

describe("explanations", () => {
  it("show each step's outcome once (the evaluator's message already ends with it)", async () => {
    const { page, errors } = await open("/fixes-explain.html", { src: FIXTURE, autosave: "off", role: "applicant" });
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("112");
    await expect.poll(() => page.locator("cluster-form output[aria-label='销售收入增长 自评']").innerText()).toBe("5");
    const details = page.locator("cluster-form details.explain").first();
    // Closed, no explanation draws its body: a keystroke does not redraw what nobody sees.
    expect(await page.locator("cluster-form details.explain .explain-body > *").count()).toBe(0);
    await details.locator("summary").click();
    const steps = await details.locator(".explain-steps li").allInnerTexts();
    expect(steps.length).toBeGreaterThan(0);
    for (const step of steps) expect(step.split("→").length - 1, step).toBeLessThanOrEqual(1);
    expect(steps.some((step) => /→ \+5\s*$/.test(step))).toBe(true);
    // Open, it follows what is typed; the others stay undrawn.
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("100");
    await expect.poll(() => details.locator(".explain-inputs").innerText()).not.toContain("112");
    expect(await page.locator("cluster-form details.explain:not([open]) .explain-body > *").count()).toBe(0);
    // Opened from the keyboard, it is drawn too.
    const second = page.locator("cluster-form details.explain").nth(1);
    await second.locator("summary").focus();
    await page.keyboard.press("Enter");
    await expect.poll(() => second.locator(".explain-summary").count()).toBe(1);
    await details.screenshot({ path: screenshotPath("fix-explanation-arrow") });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("changing the form", () => {
  it("starts the new form from its own draft or empty, never from the previous form's data", async () => {
    const { page, errors } = await open("/fixes-switch.html", { src: FIXTURE, autosave: "on", role: "applicant" });
    await page.evaluate(() => localStorage.clear());
    await page.getByLabel("集群名称").fill("前一张表的集群");
    await expect.poll(() => value(page)).toContain("前一张表的集群");

    await page.evaluate((src) => document.querySelector("cluster-form")?.setAttribute("src", src), HANDBOOK);
    await expect.poll(() => page.evaluate(() => document.querySelector("cluster-form")?.package?.manifest.id)).toBe("hubei-cluster-handbook-2020");
    await expect.poll(() => page.evaluate(() => document.querySelector("cluster-form")?.value?.form.id)).toBe("hubei-cluster-handbook-2020");
    expect(await value(page)).not.toContain("前一张表的集群");
    expect(await page.locator("cluster-form").evaluate((el) => el.shadowRoot?.textContent ?? "")).not.toContain("前一张表的集群");

    // Back to the first form: its own draft comes back.
    await page.evaluate((src) => document.querySelector("cluster-form")?.setAttribute("src", src), FIXTURE);
    await expect.poll(() => page.evaluate(() => document.querySelector("cluster-form")?.package?.manifest.id)).toBe("renderer-fixture");
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("前一张表的集群");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("does not apply a value given for one form to another", async () => {
    const { page, errors } = await open("/fixes-pending.html", { src: HANDBOOK, autosave: "off", role: "applicant" });
    const other = { form: { id: "some-other-form", version: "1.0.0" }, data: { cover: { clusterName: "别的表" } } };
    await page.evaluate((v) => {
      const el = document.createElement("cluster-form");
      el.setAttribute("autosave", "off");
      el.value = v;
      el.id = "second";
      document.body.append(el);
      el.setAttribute("src", "/forms/2020-handbook/form.json");
    }, other);
    await expect.poll(() => page.evaluate(() => document.querySelector<HTMLElementTagNameMap["cluster-form"]>("#second")?.value?.form.id), { timeout: 20_000 }).toBe("hubei-cluster-handbook-2020");
    expect(await page.evaluate(() => JSON.stringify(document.querySelector<HTMLElementTagNameMap["cluster-form"]>("#second")?.value))).not.toContain("别的表");
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("attachments", () => {
  it("are picked as files: name, media type, size and a data URL; too large ones are refused with a message", async () => {
    const { page, errors } = await open("/fixes-attach.html", { src: HANDBOOK, autosave: "off", role: "applicant" });
    const picker = page.locator("cluster-form input[type=file]").first();
    await picker.scrollIntoViewIfNeeded();
    const png = Buffer.from("89504e470d0a1a0a0000000d4948445200000001000000010806000000", "hex");
    await picker.setInputFiles({ name: "盖章页.png", mimeType: "image/png", buffer: png });
    const stored = () =>
      page.evaluate(() => {
        const data = document.querySelector("cluster-form")?.value?.data as Record<string, Record<string, Record<string, unknown>>> | undefined;
        const found = Object.values(data ?? {}).flatMap((part) => Object.values(part ?? {})).find((v) => v && typeof v === "object" && "attachment" in v);
        return found?.["attachment"] as Record<string, unknown> | undefined;
      });
    await expect.poll(async () => (await stored())?.["name"]).toBe("盖章页.png");
    const file = await stored();
    expect(file).toMatchObject({ name: "盖章页.png", mediaType: "image/png", size: png.length });
    expect(String(file?.["dataUrl"])).toBe(`data:image/png;base64,${png.toString("base64")}`);
    const box = page.locator("cluster-form .file-input").first();
    await expect.poll(() => box.innerText()).toContain("盖章页.png");
    await box.screenshot({ path: screenshotPath("fix-attachment-picked") });

    // Over the schema's limit (10 MB): refused with a message, the stored file is kept.
    await picker.setInputFiles({ name: "太大.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(10 * 1024 * 1024 + 1) });
    await expect.poll(() => box.locator("[role=alert]").innerText()).toContain("太大.pdf");
    expect((await stored())?.["name"]).toBe("盖章页.png");
    await box.screenshot({ path: screenshotPath("fix-attachment-too-large") });

    await box.getByRole("button", { name: "移除 盖章页.png" }).click();
    await expect.poll(async () => (await stored())?.["name"]).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("a broken form file", () => {
  it("is reported with its file, line and column, in Chinese and English, whether it is form.json or a part file", async () => {
    const manifest = JSON.parse(readFileSync(join(repoRoot, "packages/renderer/test/fixtures/mini-form/form.json"), "utf8")) as { parts: { schema?: string }[] };
    // form.json with a missing comma on its third line.
    server.route("/broken-manifest/form.json", { body: '{\n  "id": "x",\n  "title": "t" "version": "1"\n}', type: "application/json" });
    // A valid manifest whose first part schema is cut short.
    const schemaFile = manifest.parts.find((p) => p.schema)?.schema ?? "";
    server.route("/broken-part/form.json", { body: JSON.stringify(manifest), type: "application/json" });
    server.route(`/broken-part/${schemaFile}`, { body: '{\n  "type": "object",\n  "properties": {', type: "application/json" });
    for (const [folder, file, lang] of [
      ["broken-manifest", "form.json", "zh-CN"],
      ["broken-part", schemaFile, "en"],
    ] as const) {
      const { page } = await open(`/${folder}.html`, { src: `/${folder}/form.json`, lang });
      const notice = await page.locator("cluster-form .notice.error").innerText();
      expect(notice, folder).toContain(file);
      expect(notice, folder).toMatch(/:\d+:\d+/);
      await page.close();
    }
  });
});

