/**
 * The raw JSON-Logic editor's draft and the page's actions, in Chromium on a temporary copy of the
 * 2020 handbook, as shipped (dist/): a key the raw editor acts on (its own undo and redo) is not
 * acted on by the page as well.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checked, criterion, editorOn, launchChromium, part } from "./editor-page.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

type Session = Awaited<ReturnType<typeof editorOn>>;

/** Runs `steps` in the editor on a temporary copy of the 2020 handbook; the page must raise no error. */
async function onHandbook(steps: (session: Session) => Promise<void>): Promise<void> {
  const session = await editorOn(browser, "2020-handbook", false);
  try {
    await steps(session);
    expect(session.errors).toEqual([]);
  } finally {
    await session.close();
  }
}

/** The rule of 表5's second branch (numerical-control rate ≥ 30): its threshold's box and its raw editor. */
async function ruleOf(page: Page): Promise<{ threshold: Locator; openRaw: () => Promise<Locator> }> {
  await part(page, /表5/);
  const branch = criterion(page, "产业集群“两化融合”建设基础良好").getByRole("group", { name: "第 2 条" });
  return {
    threshold: branch.getByLabel("标准值"),
    openRaw: async () => {
      await branch.getByText("以 JSON-Logic 修改").click();
      const text = branch.locator("cf-logic-editor .cm-content");
      await text.waitFor();
      return text;
    },
  };
}

/** Writes a threshold into its box (Enter writes it) and waits for the page's check. */
async function writeThreshold(page: Page, threshold: Locator, value: string): Promise<void> {
  await threshold.fill(value);
  await threshold.press("Enter");
  await checked(page);
}

describe("a key the raw JSON-Logic editor acts on is not the page's as well", () => {
  test("Ctrl+Z in the raw editor undoes its draft's typing, not the form's last edit too", () =>
    onHandbook(async ({ page }) => {
      const { threshold, openRaw } = await ruleOf(page);
      await writeThreshold(page, threshold, "31");
      const text = await openRaw();
      await expect.poll(() => text.textContent()).toContain("31");
      const applied = await text.textContent();
      await text.click();
      await page.keyboard.press("Control+End");
      await page.keyboard.type(" ");
      await expect.poll(() => text.textContent()).toBe(`${applied} `);
      await page.keyboard.press("Control+z");
      await expect.poll(() => text.textContent()).toBe(applied);
      await checked(page);
      expect(await threshold.inputValue()).toBe("31");
      expect(await page.getByRole("button", { name: "撤销" }).isEnabled()).toBe(true);
    }));

  test.each(["Control+y", "Control+Shift+z"])("%s in the raw editor (nothing of its own to redo) does not redo the form's edit undone", (keys) =>
    onHandbook(async ({ page }) => {
      const { threshold, openRaw } = await ruleOf(page);
      await writeThreshold(page, threshold, "31");
      await page.getByRole("button", { name: "撤销" }).click();
      await expect.poll(() => threshold.inputValue()).toBe("30");
      await checked(page);
      const text = await openRaw();
      const shown = await text.textContent();
      await text.click();
      await page.keyboard.press(keys);
      await checked(page);
      expect(await threshold.inputValue()).toBe("30");
      expect(await text.textContent()).toBe(shown);
      expect(await page.getByRole("button", { name: "重做" }).isEnabled()).toBe(true);
    }));
});
