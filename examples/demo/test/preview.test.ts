/**
 * `cluster-form preview` as a policy officer uses it: next year's copy of the handbook (made by `new-year`)
 * in a folder outside the project, shown in the demo page in Chromium, the sample loaded and scored;
 * an edit of the form shows after a reload, with no restart.
 */
import { spawnSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchChromium } from "../../../test/support/browser.js";
import { startPreviewServer, type RunningServer } from "../../support/demo-server.js";
import { waitForForm } from "../../support/element.js";
import { FORMS_DIR, RENDERER_CSP_BUNDLE, REPO_ROOT, requireBuilt } from "../../support/paths.js";

let scratch: string;
let form: string;
let server: RunningServer;
let browser: Browser;
let page: Page;
const errors: string[] = [];

beforeAll(async () => {
  requireBuilt(RENDERER_CSP_BUNDLE);
  scratch = await mkdtemp(join(tmpdir(), "cluster-form-preview-page-"));
  form = join(scratch, "2021-handbook");
  const made = spawnSync(process.execPath, ["packages/cli/bin/cluster-form.js", "new-year", `${FORMS_DIR}2020-handbook`, form, "--year", "2021"], { cwd: REPO_ROOT, encoding: "utf8" });
  expect(made.status).toBe(0);
  server = await startPreviewServer(form);
  browser = await launchChromium();
  page = await browser.newPage();
  page.on("pageerror", (error) => errors.push(String(error)));
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(message.text());
  });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  expect(await server?.stop()).toBe(0);
  await rm(scratch, { recursive: true, force: true });
});

const titles = async (): Promise<{ title: string; parts: { title: string }[] }> =>
  JSON.parse(await readFile(join(form, "form.json"), "utf8")) as { title: string; parts: { title: string }[] };

describe("cluster-form preview in the demo page", () => {
  it("shows next year's form chosen as the preview, and scores the sample under its rules", async () => {
    await page.goto(`${server.url}?form=preview`);
    await waitForForm(page, await titles());
    expect(await page.locator("#form-choice option:checked").textContent()).toBe("预览 · Preview：2021年度全省重点成长型产业集群考核工作手册");
    await page.getByRole("button", { name: /Load sample/ }).click();
    await expect.poll(() => page.locator("#score").textContent()).toMatch(/自评 [1-9]\d* · 专家 (?:[1-9]\d*|待评\D*\d+\D*)$/);
    const id = await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value?: { form?: { id?: string } } }).value?.form?.id);
    expect(id).toBe("hubei-cluster-handbook-2021");
    await page.screenshot({ path: join(scratch, "preview.png") });
    expect(errors).toEqual([]);
  });

  it("an edit of the form shows after a reload, without restarting the preview", async () => {
    const manifestPath = join(form, "form.json");
    const text = await readFile(manifestPath, "utf8");
    await writeFile(manifestPath, text.replace('"title": "2021年度全省重点成长型产业集群考核工作手册"', '"title": "2021年度全省重点成长型产业集群考核工作手册（征求意见稿）"'));
    await page.reload();
    await waitForForm(page, await titles());
    expect(await page.locator("#form-choice option:checked").textContent()).toBe("预览 · Preview：2021年度全省重点成长型产业集群考核工作手册（征求意见稿）");
  });
});
