/**
 * liveUnlessTyping()'s rule, in Chromium: the text typed into a focused box belongs to the field the
 * box writes. The page's own lists do not rebind a focused, typed-into box to another field (the
 * toolbar's actions and their shortcuts write the box first, clicks leave it), so the directive is
 * built from its source with Lit for a page of its own, where a list redraw reuses the box.
 */
import type { Browser, Page } from "playwright-core";
import { build, type Rollup } from "vite";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launchChromium } from "./editor-page.js";
import type { BoxesPage, Field } from "./live-unless-typing-page.js";

let browser: Browser;
let script: string;

beforeAll(async () => {
  const output = (await build({
    logLevel: "error",
    configFile: false,
    build: { write: false, minify: false, lib: { entry: new URL("./live-unless-typing-page.ts", import.meta.url).pathname, formats: ["es"], fileName: () => "boxes.js" } },
  })) as Rollup.RollupOutput[];
  script = output[0]?.output[0]?.code ?? "";
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

async function boxesPage(): Promise<Page> {
  const page = await browser.newPage();
  await page.setContent("<!doctype html><html lang=\"en\"><head><title>boxes</title></head><body></body></html>");
  await page.addScriptTag({ type: "module", content: script });
  await page.waitForFunction(() => "boxes" in window);
  return page;
}

const draw = (page: Page, fields: readonly Field[]): Promise<void> => page.evaluate((fields) => (window as unknown as { boxes: BoxesPage }).boxes.draw(fields), fields);
const written = (page: Page): Promise<[string, string][]> => page.evaluate(() => (window as unknown as { boxes: BoxesPage }).boxes.written);

describe("a box bound by liveUnlessTyping()", () => {
  test("keeps the text typed for its field across a redraw, drops it when the redraw binds the box to another field, and writes nothing there", async () => {
    const page = await boxesPage();
    try {
      const both = [
        { id: "a", value: "4" },
        { id: "b", value: "4" },
      ];
      await draw(page, both);
      const first = page.getByLabel("box 1");
      await first.fill("7");
      await draw(page, both);
      expect(await first.inputValue()).toBe("7");
      // Field a removed: the first box is reused for field b, whose stored value is the same.
      await draw(page, [{ id: "b", value: "4" }]);
      expect(await first.inputValue()).toBe("4");
      await first.press("Tab");
      expect(await written(page)).toEqual([]);
    } finally {
      await page.close();
    }
  });

  test("shows a new value for its own field while typed into, and writes what is typed after it", async () => {
    const page = await boxesPage();
    try {
      await draw(page, [{ id: "a", value: "4" }]);
      const box = page.getByLabel("box 1");
      await box.fill("7");
      await draw(page, [{ id: "a", value: "5" }]);
      expect(await box.inputValue()).toBe("5");
      await box.fill("8");
      await draw(page, [{ id: "a", value: "5" }]);
      await box.press("Tab");
      expect(await written(page)).toEqual([["a", "8"]]);
    } finally {
      await page.close();
    }
  });
});
