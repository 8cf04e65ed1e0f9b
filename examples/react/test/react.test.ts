/** examples/react: built with Vite as its README says, then in Chromium: React 19 sets properties and hears the element's events. */
import { fileURLToPath } from "node:url";
import { build } from "vite";
import { expect, it } from "vitest";
import { useDemoInChromium } from "../../support/demo-session.js";
import { formTitles, typeIntoFirstInput, waitForForm } from "../../support/element.js";
import { HANDBOOK_ID, REPO_ROOT, requireBuilt } from "../../support/paths.js";

const ROOT = fileURLToPath(new URL("../", import.meta.url));
const demo = useDemoInChromium(async () => {
  requireBuilt(`${REPO_ROOT}packages/renderer/dist/define.js`, `${REPO_ROOT}packages/schema/dist/index.js`);
  await build({ root: ROOT, configFile: `${ROOT}vite.config.js`, logLevel: "warn" });
}, 240_000);

it("draws the handbook from a formPackage property, hears cf-change and cf-score-change, and gets its changes back as value", { timeout: 120_000 }, async () => {
  const page = await demo.browser.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(`${demo.server.url}examples/react/dist/`);
  await waitForForm(page, await formTitles("2020-handbook"));
  expect(await page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { formPackage?: { manifest: { id: string } } }).formPackage?.manifest.id)).toBe(HANDBOOK_ID);

  const typed = await typeIntoFirstInput(page);
  await expect.poll(() => page.locator("#last-change").textContent()).toMatch(new RegExp(`^/data/\\S+ = "?${typed}"?$`));

  // The app gives every change back as `value` (React's controlled pattern): a number typed key by
  // key keeps its "1." on the way to "1.5".
  const decimal = page.locator("cluster-form input[inputmode=decimal]:not([readonly])").first();
  await decimal.click();
  await decimal.press("ControlOrMeta+A");
  await decimal.pressSequentially("1.5", { delay: 80 });
  await expect.poll(() => page.locator("#last-change").textContent()).toMatch(/ = 1\.5$/);
  expect(await decimal.inputValue()).toBe("1.5");

  const totalBefore = await page.locator("#total").textContent();
  await page.getByRole("button", { name: /Load sample/ }).click();
  await expect.poll(() => page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { value?: { form?: { id?: string } } }).value?.form?.id)).toBe(HANDBOOK_ID);
  await expect.poll(() => page.locator("#total").textContent()).toMatch(/\d/);
  await expect.poll(() => page.locator("#total").textContent()).not.toBe(totalBefore);
  // Loaded through edit(): the user's own change, heard as one of the whole submission.
  await expect.poll(() => page.locator("#last-change").textContent()).toBe("整份表单 The whole submission");

  await page.locator("#role").selectOption("viewer");
  await expect.poll(() => page.evaluate(() => (document.querySelector("cluster-form") as HTMLElement & { formRole: string }).formRole)).toBe("viewer");
  expect(errors).toEqual([]);
});
