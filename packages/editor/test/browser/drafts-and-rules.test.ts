/**
 * A raw JSON-Logic draft while the rules around it change (a file taken from disk), in Chromium on a
 * temporary copy of the 2020 handbook, as shipped (dist/): a draft stays with its rule when a
 * criterion above it goes.
 */
import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checked, criterion, inEditorOn, launchChromium, part, rawEditor, retype, writeThreshold, type EditorSession } from "./editor-page.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

const onHandbook = (steps: (session: EditorSession) => Promise<void>): Promise<void> => inEditorOn(browser, "2020-handbook", steps);

const RULES = "parts/table5.rules.json";
/** 表5's two criteria, in the file's order. */
const FIRST = "产业集群“两化融合”建设基础良好";
const SECOND = "互联网+产业集群”发展势头良好";
const SECOND_DRAFT = '{"===": [{"var": "table5.ecommercePlatform"}, false]}';
const TAKE_DISK = "放弃我的修改，采用磁盘上的内容";

const secondBranchOf = (page: Page, label: string): Locator => criterion(page, label).getByRole("group", { name: "第 2 条" });

interface RulesFile {
  criteria: { id: string; branches: { when: unknown }[] }[];
}

const readRules = async (folder: string): Promise<RulesFile> => JSON.parse(await readFile(join(folder, RULES), "utf8")) as RulesFile;

/**
 * A conflict over 表5's rules file: a threshold of its first criterion changed on the page, the
 * file's first criterion deleted outside the editor, then Save. The button that takes the disk's text.
 */
async function firstCriterionDeletedOnDisk(page: Page, folder: string): Promise<Locator> {
  await part(page, /表5/);
  await writeThreshold(page, secondBranchOf(page, FIRST).getByLabel("标准值"), "31");
  const rules = await readRules(folder);
  await writeFile(join(folder, RULES), `${JSON.stringify({ ...rules, criteria: rules.criteria.slice(1) }, null, 2)}\n`);
  await page.getByRole("button", { name: "保存" }).click();
  const alert = page.getByRole("alert").filter({ hasText: "在编辑器外被修改过" });
  await alert.waitFor();
  return alert.getByRole("button", { name: TAKE_DISK });
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
