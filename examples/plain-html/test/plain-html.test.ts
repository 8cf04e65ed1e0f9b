/** examples/plain-html in Chromium: one HTML file and one script tag draw the handbook, and its events arrive. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { launchChromium } from "../../support/browser.js";
import { startDemoServer } from "../../support/demo-server.js";
import type { RunningServer } from "../../support/demo-server.js";
import { formTitles, typeIntoFirstInput, waitForForm } from "../../support/element.js";
import { RENDERER_BUNDLE, requireBuilt } from "../../support/paths.js";

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  requireBuilt(RENDERER_BUNDLE);
  server = await startDemoServer({ DEMO_SKIP_BUILD: "1" });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

it("draws the 2020 handbook and reports a change through cf-change", { timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${server.url}examples/plain-html/`);
  expect(await page.locator("script").count()).toBe(1);
  await waitForForm(page, await formTitles("2020-handbook"));

  const typed = await typeIntoFirstInput(page);
  await expect.poll(() => page.locator("#changes").textContent()).toMatch(new RegExp(`^/data/\\S+ = "?${typed}"?$`));
  await expect.poll(() => page.locator("#total").textContent()).not.toBe("—");
  expect(errors).toEqual([]);
});
