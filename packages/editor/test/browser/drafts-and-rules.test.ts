/**
 * A raw JSON-Logic draft while the rules around it change (a file taken from disk, undo and redo),
 * in Chromium on a temporary copy of the 2020 handbook, as shipped (dist/): a draft stays with its
 * rule when a criterion above it goes; a change that would remove or change the rule a draft waits
 * in, or its part, is not made, the officer told why and shown the draft; a change elsewhere is made.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Locator, Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { checked, criterion, onHandbookInChromium, part, rawEditor, retype, screenshotPath, writeThreshold } from "./editor-page.js";

const onHandbook = onHandbookInChromium();

const RULES = "parts/table5.rules.json";
/** 表5's two criteria, in the file's order. */
const FIRST = "产业集群“两化融合”建设基础良好";
const SECOND = "互联网+产业集群”发展势头良好";
const FIRST_DRAFT = '{">=": [{"var": "table5.cncRate"}, 35]}';
const SECOND_DRAFT = '{"===": [{"var": "table5.ecommercePlatform"}, false]}';
const TAKE_DISK = "放弃我的修改，采用磁盘上的内容";

const secondBranchOf = (page: Page, label: string): Locator => criterion(page, label).getByRole("group", { name: "第 2 条" });

interface RulesFile {
  criteria: { id: string; branches: { when: unknown }[] }[];
}

const readRules = async (folder: string): Promise<RulesFile> => JSON.parse(await readFile(join(folder, RULES), "utf8")) as RulesFile;

/** `file` changed outside the editor (`outside` of its JSON), then Save over it: the conflict's button that takes the disk's text. */
async function savedOverOutsideEdit(page: Page, folder: string, file: string, outside: (json: Record<string, unknown>) => unknown): Promise<Locator> {
  const json = JSON.parse(await readFile(join(folder, file), "utf8")) as Record<string, unknown>;
  await writeFile(join(folder, file), `${JSON.stringify(outside(json), null, 2)}\n`);
  await page.getByRole("button", { name: "保存" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "在编辑器外被修改过" });
  await alert.waitFor();
  return alert.getByRole("button", { name: TAKE_DISK });
}

/** A conflict over 表5's rules file: a threshold of its first criterion changed on the page, the file's first criterion deleted outside the editor. */
async function firstCriterionDeletedOnDisk(page: Page, folder: string): Promise<Locator> {
  await part(page, /表5/);
  await writeThreshold(page, secondBranchOf(page, FIRST).getByLabel("标准值"), "31");
  return savedOverOutsideEdit(page, folder, RULES, (rules) => ({ ...rules, criteria: (rules.criteria as unknown[]).slice(1) }));
}

const statusOf = (page: Page): Locator => page.getByRole("status").first();

describe("a raw JSON-Logic draft stays with its rule", () => {
  test("a criterion above the rule a draft waits in deleted (the file taken from disk): the draft is still on its rule, and applied there", () =>
    onHandbook(async ({ form, page }) => {
      const takeDisk = await firstCriterionDeletedOnDisk(page, form.folder);
      const raw = rawEditor(secondBranchOf(page, SECOND));
      await retype(page, await raw.open(), SECOND_DRAFT);
      await expect.poll(() => statusOf(page).textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");

      await takeDisk.click();
      await expect.poll(() => criterion(page, FIRST).count()).toBe(0);
      await checked(page);
      expect(await raw.text.textContent()).toBe(SECOND_DRAFT);
      expect(await statusOf(page).textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");

      await raw.apply.click();
      await expect.poll(() => statusOf(page).textContent()).not.toContain("尚未应用");
      await checked(page);
      await page.getByRole("button", { name: "保存" }).click();
      await expect.poll(async () => (await readRules(form.folder)).criteria.map((c) => [c.id, c.branches[1]?.when])).toEqual([
        ["t5.internet", { "===": [{ var: "table5.ecommercePlatform" }, false] }],
      ]);
    }));
});

describe("a change that would remove or change the rule a draft waits in is not made", () => {
  test("taking from disk a file without the criterion a draft waits in: refused and said, the draft shown; applied, the file is taken", () =>
    onHandbook(async ({ form, page }) => {
      const takeDisk = await firstCriterionDeletedOnDisk(page, form.folder);
      const raw = rawEditor(secondBranchOf(page, FIRST));
      const text = await raw.open();
      await retype(page, text, FIRST_DRAFT);
      await expect.poll(() => statusOf(page).textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");

      await takeDisk.click();
      await expect.poll(() => statusOf(page).textContent()).toContain(`未执行“${TAKE_DISK}”：它会删去或改动一条有尚未应用修改的规则（JSON-Logic）`);
      await page.screenshot({ path: screenshotPath("editor-draft-in-the-way") });
      expect(await text.textContent()).toBe(FIRST_DRAFT);
      expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await criterion(page, FIRST).count()).toBe(1);
      expect(await statusOf(page).textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");
      expect(await takeDisk.isVisible()).toBe(true);

      await raw.apply.click();
      await expect.poll(() => statusOf(page).textContent()).not.toContain("尚未应用");
      await checked(page);
      await takeDisk.click();
      await expect.poll(() => criterion(page, FIRST).count()).toBe(0);
      expect(await statusOf(page).textContent()).not.toContain("未执行");
    }));

  test("undo of an edit of the rule a draft waits in: refused, the draft and the edit kept; undo and redo of another rule's edit are made", () =>
    onHandbook(async ({ page }) => {
      await part(page, /表5/);
      const threshold = secondBranchOf(page, FIRST).getByLabel("标准值");
      await writeThreshold(page, threshold, "31");
      const second = rawEditor(secondBranchOf(page, SECOND));
      await retype(page, await second.open(), SECOND_DRAFT);
      await expect.poll(() => statusOf(page).textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");

      await page.getByRole("button", { name: "撤销" }).click();
      await expect.poll(() => threshold.inputValue()).toBe("30");
      await page.getByRole("button", { name: "重做" }).click();
      await expect.poll(() => threshold.inputValue()).toBe("31");
      await checked(page);
      expect(await second.text.textContent()).toBe(SECOND_DRAFT);

      const first = rawEditor(secondBranchOf(page, FIRST));
      const text = await first.open();
      await expect.poll(() => text.textContent()).toContain("31");
      await retype(page, text, FIRST_DRAFT);
      await expect.poll(() => statusOf(page).textContent()).toContain("2 条规则（JSON-Logic）的修改尚未应用");
      await page.getByRole("button", { name: "撤销" }).click();
      await expect.poll(() => statusOf(page).textContent()).toContain("未执行“撤销”");
      expect(await threshold.inputValue()).toBe("31");
      expect(await text.textContent()).toBe(FIRST_DRAFT);
      expect(await second.text.textContent()).toBe(SECOND_DRAFT);
      expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
    }));

  test("taking from disk a form.json without the part a draft waits in: refused and said, the draft shown", () =>
    onHandbook(async ({ form, page }) => {
      await part(page, /表5/);
      await page.getByLabel("标题").first().fill("表5：“智慧集群”建设情况（10分，修订）");
      await checked(page);
      const takeDisk = await savedOverOutsideEdit(page, form.folder, "form.json", (manifest) => ({
        ...manifest,
        parts: (manifest.parts as { id: string }[]).filter((p) => p.id !== "table5"),
      }));
      const raw = rawEditor(secondBranchOf(page, SECOND));
      const text = await raw.open();
      await retype(page, text, SECOND_DRAFT);
      await expect.poll(() => statusOf(page).textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");

      await takeDisk.click();
      await expect.poll(() => statusOf(page).textContent()).toContain(`未执行“${TAKE_DISK}”`);
      expect(await text.textContent()).toBe(SECOND_DRAFT);
      expect(await text.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await page.getByRole("navigation").getByRole("button", { name: /表5/ }).count()).toBe(1);
      expect(await statusOf(page).textContent()).toContain("1 条规则（JSON-Logic）的修改尚未应用");
    }));
});
