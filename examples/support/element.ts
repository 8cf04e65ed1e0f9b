/** Helpers to watch <cluster-form> in a page from the outside, as a user sees it. */
import { readFile } from "node:fs/promises";
import type { Page } from "playwright-core";
import { FORMS_DIR } from "./paths.js";

interface ManifestTitles {
  readonly title: string;
  readonly parts: readonly { readonly title: string }[];
}

export async function formTitles(folder: "2020-handbook" | "2021-application"): Promise<ManifestTitles> {
  return JSON.parse(await readFile(`${FORMS_DIR}${folder}/form.json`, "utf8")) as ManifestTitles;
}

/** Waits until the element's shadow root shows the form title and the title of every part. */
export async function waitForForm(page: Page, titles: ManifestTitles, selector = "cluster-form"): Promise<void> {
  const expected = [titles.title, ...titles.parts.map((part) => part.title)];
  await page.waitForFunction(
    ({ selector, expected }) => {
      const text = document.querySelector(selector)?.shadowRoot?.textContent ?? "";
      return expected.every((title) => text.includes(title));
    },
    { selector, expected },
    { timeout: 30_000 },
  );
}

/** Types into the first editable text or number input of the element, as a user would. Returns the value typed. */
export async function typeIntoFirstInput(page: Page, selector = "cluster-form"): Promise<string> {
  const input = page.locator(`${selector} input:is([type=text], [type=number], :not([type])):not([disabled]):not([readonly])`).first();
  await input.waitFor({ timeout: 30_000 });
  const value = (await input.getAttribute("type")) === "number" || (await input.getAttribute("inputmode")) === "decimal" ? "12" : "typed";
  await input.fill(value);
  return value;
}
