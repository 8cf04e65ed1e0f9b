/** examples/react: built with Vite as its README says, then in Chromium: React 19 sets properties and hears the element's events. */
import { fileURLToPath } from "node:url";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../../support/browser.js";
import { startDemoServer } from "../../support/demo-server.js";
import type { RunningServer } from "../../support/demo-server.js";
import { formTitles, typeIntoFirstInput, waitForForm } from "../../support/element.js";
import { HANDBOOK_ID, REPO_ROOT, requireBuilt } from "../../support/paths.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(`${REPO_ROOT}packages/renderer/dist/define.js`, `${REPO_ROOT}packages/schema/dist/index.js`);
  await build({ root: ROOT, configFile: `${ROOT}vite.config.js`, logLevel: "warn" });
  server = await startDemoServer({ DEMO_SKIP_BUILD: "1" });
  browser = await launchChromium();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it("draws the handbook from a formPackage property and hears cf-change and cf-score-change", { timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}examples/react/dist/`);
  await waitForForm(page, await formTitles("2020-handbook"));
  expect(await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { formPackage?: { manifest: { id: string } } }).formPackage?.manifest.id)).toBe(HANDBOOK_ID);

  const typed = await typeIntoFirstInput(page);
  await expect.poll(() => page.locator("#last-change").textContent()).toMatch(new RegExp(`^/data/\\S+ = "?${typed}"?$`));

  await page.getByRole("button", { name: /Load sample/ }).click();
  await expect.poll(() => page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value?: { form?: { id?: string } } }).value?.form?.id)).toBe(HANDBOOK_ID);
  await expect.poll(() => page.locator("#total").textContent()).toMatch(/\d/);

  await page.locator("#role").selectOption("viewer");
  await expect.poll(() => page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { formRole: string }).formRole)).toBe("viewer");
  expect(errors).toEqual([]);
});
