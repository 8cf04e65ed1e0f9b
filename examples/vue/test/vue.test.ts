/** examples/vue in Chromium, with no build step: Vue binds the element's properties and hears its events. */
import { expect, it } from "vitest";
import { useDemoInChromium } from "../../support/demo-session.js";
import { formTitles, typeIntoFirstInput, waitForForm } from "../../support/element.js";
import { HANDBOOK_ID, RENDERER_BUNDLE, requireBuilt } from "../../support/paths.js";

const demo = useDemoInChromium(() => requireBuilt(RENDERER_BUNDLE));

it("draws the handbook, gives changes back as .value from Vue state, loads the sample with edit() and hears cf-change and cf-score-change", { timeout: 120_000 }, async () => {
  const page = await demo.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    if (message.type() === "warning" || message.type() === "error") errors.push(message.text());
  });
  await page.goto(`${demo.server.url}examples/vue/`);
  await waitForForm(page, await formTitles("2020-handbook"));

  const typed = await typeIntoFirstInput(page);
  await expect.poll(() => page.locator("#last-change").textContent()).toMatch(new RegExp(`^/data/\\S+ = "?${typed}"?$`));

  const totalBefore = await page.locator("#total").textContent();
  await page.getByRole("button", { name: /Load sample/ }).click();
  await expect.poll(() => page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value?: { form?: { id?: string } } }).value?.form?.id)).toBe(HANDBOOK_ID);
  await expect.poll(() => page.locator("#total").textContent()).toMatch(/\d/);
  await expect.poll(() => page.locator("#total").textContent()).not.toBe(totalBefore);
  await expect.poll(() => page.locator("#last-change").textContent()).toBe("整份表单 The whole submission");

  await page.locator("#role").selectOption("expert");
  await expect.poll(() => page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { formRole: string }).formRole)).toBe("expert");
  expect(errors).toEqual([]);
});
