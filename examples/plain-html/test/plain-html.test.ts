/** examples/plain-html in Chromium: one HTML file and one script tag draw the handbook, and its events arrive. */
import { expect, it } from "vitest";
import { useDemoInChromium } from "../../support/demo-session.js";
import { formTitles, typeIntoFirstInput, waitForForm } from "../../support/element.js";
import { RENDERER_BUNDLE, requireBuilt } from "../../support/paths.js";

const demo = useDemoInChromium(() => requireBuilt(RENDERER_BUNDLE));

it("draws the 2020 handbook and reports a change through cf-change", { timeout: 120_000 }, async () => {
  const page = await demo.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.server.url}examples/plain-html/`);
  expect(await page.locator("script").count()).toBe(1);
  await waitForForm(page, await formTitles("2020-handbook"));

  const typed = await typeIntoFirstInput(page);
  await expect.poll(() => page.locator("#changes").textContent()).toMatch(new RegExp(`^/data/\\S+ = "?${typed}"?$`));
  await expect.poll(() => page.locator("#total").textContent()).not.toBe("—");
  expect(errors).toEqual([]);
});
