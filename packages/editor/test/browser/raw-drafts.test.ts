/**
 * The raw JSON-Logic editor's draft and the page's actions, in Chromium on a temporary copy of the
 * 2020 handbook, as shipped (dist/): a key the raw editor acts on (its own undo and redo) is not
 * acted on by the page as well; a draft not applied is work not saved (the status line says so,
 * leaving the page asks), which Save, refusing, shows the officer: never saved without it, never
 * applied by it; kept for its rule while another part is shown; taken back by its Discard button.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { checked, criterion, onHandbookInChromium, leavingAsks, part, rawEditor, retype, writeThreshold } from "./editor-page.js";

const onHandbook = onHandbookInChromium();

/** The rule of 表5's second branch (numerical-control rate ≥ 30): its threshold's box, its raw editor and that editor's Apply. */
async function ruleOf(page: Page): Promise<{ threshold: Locator; openRaw: () => Promise<Locator>; apply: Locator; discard: Locator }> {
  await part(page, /表5/);
  const branch = criterion(page, "产业集群“两化融合”建设基础良好").getByRole("group", { name: "第 2 条" });
  const { apply, discard, open } = rawEditor(branch);
  return { threshold: branch.getByLabel("标准值"), apply, discard, openRaw: open };
}

const RULES = "parts/table5.rules.json";
const VALID = '{">=": [{"var": "table5.cncRate"}, 35]}';
const UNREADABLE = '{">=": [{"var": "table5.cncRate"} 35]}';

interface RulesFile {
  criteria: { label: string; branches: { when: unknown }[] }[];
}

/** The condition of 表5's second branch in the saved folder. */
async function savedCondition(folder: string): Promise<unknown> {
  const rules = JSON.parse(await readFile(join(folder, RULES), "utf8")) as RulesFile;
  return rules.criteria.find((c) => c.label === "产业集群“两化融合”建设基础良好")?.branches[1]?.when;
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

describe("a raw JSON-Logic draft not applied is work not saved, and Save does not drop it", () => {
  test("Ctrl+S in the raw editor saves nothing while its draft is not applied and says why; applied, it is saved", () =>
    onHandbook(async ({ form, page }) => {
      const status = page.getByRole("status").first();
      const before = await readFile(join(form.folder, RULES), "utf8");
      const { threshold, openRaw, apply } = await ruleOf(page);
      const text = await openRaw();
      await retype(page, text, VALID);
      await expect.poll(() => status.textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");
      expect(await status.textContent()).not.toContain("所有修改均已保存");
      expect(await page.getByRole("button", { name: "保存" }).isEnabled()).toBe(true);

      await page.keyboard.press("Control+s");
      await expect.poll(() => status.textContent()).toContain("未保存：规则（JSON-Logic）中有尚未应用的修改");
      expect(await readFile(join(form.folder, RULES), "utf8")).toBe(before);
      expect(await text.textContent()).toBe(VALID);
      expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await threshold.inputValue()).toBe("30");

      await apply.click();
      await expect.poll(() => threshold.inputValue()).toBe("35");
      await expect.poll(() => status.textContent()).not.toContain("尚未应用");
      await checked(page);
      await page.keyboard.press("Control+s");
      await expect.poll(() => savedCondition(form.folder)).toEqual({ ">=": [{ var: "table5.cncRate" }, 35] });
      await expect.poll(() => status.textContent()).toContain("所有修改均已保存");
    }));

  test("the Save button with a draft that is no rule saves none of the changes and applies nothing", () =>
    onHandbook(async ({ form, page }) => {
      const before = await readFile(join(form.folder, RULES), "utf8");
      const { threshold, openRaw, apply } = await ruleOf(page);
      await writeThreshold(page, threshold, "31");
      const text = await openRaw();
      await retype(page, text, UNREADABLE);
      await expect.poll(() => apply.isDisabled()).toBe(true);
      await page.getByRole("button", { name: "保存" }).click();
      await expect.poll(() => page.getByRole("status").first().textContent()).toContain("未保存：规则（JSON-Logic）中有尚未应用的修改");
      expect(await readFile(join(form.folder, RULES), "utf8")).toBe(before);
      expect(await threshold.inputValue()).toBe("31");
      expect(await text.textContent()).toBe(UNREADABLE);
    }));

  test("another part shown while a draft is not applied: the draft is kept for its rule, still unsaved work, there again with its part; Undo and Save from elsewhere bring it back", () =>
    onHandbook(async ({ form, page }) => {
      const status = page.getByRole("status").first();
      const before = await readFile(join(form.folder, RULES), "utf8");
      const { threshold, openRaw, apply } = await ruleOf(page);
      await writeThreshold(page, threshold, "31");
      const text = await openRaw();
      await retype(page, text, VALID);
      await expect.poll(() => status.textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");

      const table7 = page.getByRole("navigation").getByRole("button", { name: /表7/ });
      await part(page, /表7/);
      await expect.poll(() => table7.getAttribute("aria-current")).toBe("true");
      expect(await text.count()).toBe(0);
      expect(await status.textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");
      await part(page, /表5/);
      await expect.poll(() => text.textContent()).toBe(VALID);
      expect(await threshold.inputValue()).toBe("31");

      /** From 表7, `button` is not acted on for the draft: said on the status line, 表5 shown again with the focus in the draft. */
      const refusedFromTable7 = async (button: string, said: string): Promise<void> => {
        await part(page, /表7/);
        await expect.poll(() => table7.getAttribute("aria-current")).toBe("true");
        await page.getByRole("button", { name: button }).click();
        await expect.poll(() => status.textContent()).toContain(said);
        await expect.poll(() => text.evaluate((el) => el === document.activeElement)).toBe(true);
        expect(await text.textContent()).toBe(VALID);
      };
      // Undo would change the rule the draft is kept for.
      await refusedFromTable7("撤销", "未执行“撤销”");
      expect(await threshold.inputValue()).toBe("31");
      await refusedFromTable7("保存", "未保存：规则（JSON-Logic）中有尚未应用的修改");
      expect(await readFile(join(form.folder, RULES), "utf8")).toBe(before);

      await apply.click();
      await expect.poll(() => threshold.inputValue()).toBe("35");
      await expect.poll(() => status.textContent()).not.toContain("尚未应用");
    }));

  test("Discard changes takes the draft back to the rule, no longer unsaved work (Ctrl+Z in the text brings it back); Save then saves the form's edits", () =>
    onHandbook(async ({ form, page }) => {
      const status = page.getByRole("status").first();
      const { threshold, openRaw, discard } = await ruleOf(page);
      await writeThreshold(page, threshold, "31");
      const text = await openRaw();
      await expect.poll(() => text.textContent()).toContain("31");
      const rule = await text.textContent();
      expect(await discard.isDisabled()).toBe(true);
      const drafted = async (): Promise<void> => {
        await expect.poll(() => text.textContent()).toBe(VALID);
        await expect.poll(() => status.textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");
        expect(await discard.isEnabled()).toBe(true);
      };
      const discarded = async (): Promise<void> => {
        await discard.click();
        await expect.poll(() => text.textContent()).toBe(rule);
        await expect.poll(() => status.textContent()).not.toContain("尚未应用");
        expect(await discard.isDisabled()).toBe(true);
        expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
      };
      await retype(page, text, VALID);
      await drafted();
      await discarded();
      await page.keyboard.press("Control+z");
      await drafted();
      await discarded();

      expect(await threshold.inputValue()).toBe("31");
      await page.keyboard.press("Control+s");
      await expect.poll(() => savedCondition(form.folder)).toEqual({ ">=": [{ var: "table5.cncRate" }, 31] });
      await expect.poll(() => status.textContent()).toContain("所有修改均已保存");
    }));

  test("leaving the page with only a draft not applied asks first", () =>
    onHandbook(async ({ page }) => {
      const { openRaw } = await ruleOf(page);
      await retype(page, await openRaw(), VALID);
      await expect.poll(() => page.getByRole("status").first().textContent()).toContain("尚未应用");
      expect(await leavingAsks(page)).toBe(true);
    }));
});
