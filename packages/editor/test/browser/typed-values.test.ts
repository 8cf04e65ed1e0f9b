/**
 * What the officer types into a box written when it is left (a number, a text inside a rule) is not
 * lost when the page redraws before the box is left: in Chromium on a temporary copy of the 2020
 * handbook, an edit elsewhere has the page check the form, its answer is held back until a value is
 * typed into the box, then it comes back (the page redraws) while the box still has the focus; the
 * box is left by Tab and the saved file has the typed value. One row per kind of box. The
 * toolbar's actions and their shortcuts, used while a number is typed into a box not left yet,
 * act on that number (saved, undone and redone); until then the status line says it is not saved,
 * and leaving the page asks first.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checked, criterion, inEditorOn, launchChromium, leavingAsks, part, save, type EditorSession } from "./editor-page.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

/** Holds the page's checks back until `release()`: the answer then arrives while the officer is in a box. */
async function holdChecks(page: Page): Promise<{ release: () => void }> {
  let release = (): void => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/api/check", async (route) => {
    await released;
    await route.continue();
  });
  return { release };
}

/** Edits the shown part's title, so that the page checks the form again (the redraw that follows the answer). */
async function retitle(page: Page): Promise<void> {
  const title = page.getByLabel("标题", { exact: true }).first();
  await title.fill(`${await title.inputValue()}（修订）`);
}

/** Runs `steps` in the editor on a temporary copy of the 2020 handbook. */
const onHandbook = (steps: (session: EditorSession) => Promise<void>): Promise<void> => inEditorOn(browser, "2020-handbook", steps);

const hasFocus = (box: Locator): Promise<boolean> => box.evaluate((el) => el === document.activeElement);

const jsonOf = async (folder: string, file: string): Promise<unknown> => JSON.parse(await readFile(join(folder, file), "utf8")) as unknown;

interface Row {
  readonly box: string;
  /** Makes an edit that has the page check the form, and returns the box to type into. */
  readonly open: (page: Page) => Promise<Locator>;
  readonly typed: string;
  /** The value the saved folder holds where the box writes. */
  readonly saved: (folder: string) => Promise<unknown>;
  readonly expected: unknown;
}

const EXPIRED = "表8 驰名商标有效期2016–2019年，已过期，不得分";

interface RulesFile {
  criteria: { label: string; points: number; branches: { judgement?: { max: number } }[] }[];
}

/** The points of a criterion of 表7 (4 stored), as the officer sees them on the part's page. */
const POINTS = { part: /表7/, criterion: "集群企业在园区的集聚度", stored: "4" };

const concentration = async (folder: string): Promise<RulesFile["criteria"][number] | undefined> =>
  ((await jsonOf(folder, "parts/table7.rules.json")) as RulesFile).criteria.find((c) => c.label === POINTS.criterion);

async function pointsBox(page: Page): Promise<Locator> {
  await part(page, POINTS.part);
  return criterion(page, POINTS.criterion).getByLabel("分值", { exact: true });
}

const savedPoints = async (folder: string): Promise<unknown> => (await concentration(folder))?.points;

const ROWS: readonly Row[] = [
  {
    box: "a number of a test case's data (a table added to the case, the case re-run)",
    open: async (page) => {
      await page.getByRole("tab", { name: /测试/ }).click();
      const tests = page.getByRole("tabpanel");
      await tests.getByLabel("要编辑的用例").selectOption({ label: EXPIRED });
      const caseData = tests.getByRole("region", { name: "用例的填报数据" });
      await caseData.getByLabel("再填写一个表的数据").selectOption({ label: "表5：“智慧集群”建设情况（10分）" });
      return caseData.getByRole("group", { name: "表5：“智慧集群”建设情况（10分）" }).getByLabel(/^关键工序制造装备数控化率/);
    },
    typed: "30",
    saved: async (folder) =>
      ((await jsonOf(folder, "tests/table8.json")) as { cases: { name: string; submission: { data: Record<string, unknown> } }[] }).cases.find((c) => c.name === EXPIRED)
        ?.submission.data.table5,
    expected: { cncRate: 30 },
  },
  {
    box: "a criterion's points",
    open: async (page) => {
      const points = await pointsBox(page);
      await retitle(page);
      return points;
    },
    typed: "5",
    saved: savedPoints,
    expected: 5,
  },
  {
    box: "a number of a rule (the most points a scorer may judge)",
    open: async (page) => {
      await part(page, /表7/);
      await retitle(page);
      return criterion(page, "集群企业在园区的集聚度").getByLabel("酌情打分：最多");
    },
    typed: "3",
    saved: async (folder) => (await concentration(folder))?.branches[1]?.judgement?.max,
    expected: 3,
  },
  {
    box: "a text of a rule (the summary sheet's wording of an answer)",
    open: async (page) => {
      await part(page, /2020年度全省重点成长型产业集群考核工作手册/);
      await retitle(page);
      return page.getByRole("region", { name: "汇总表栏目“产业集群类型”" }).getByLabel("当 产业集群类型 等于 县域 时写");
    },
    typed: "县域产业集群",
    saved: async (folder) => (await readFile(join(folder, "summary-sheet.json"), "utf8")).includes('"县域产业集群"'),
    expected: true,
  },
];

describe("a value typed into a box survives a redraw before the box is left", () => {
  test.each(ROWS)("$box", (row) =>
    onHandbook(async ({ form, page }) => {
      const held = await holdChecks(page);
      const box = await row.open(page);
      await box.fill(row.typed);
      held.release();
      // The check's answer is drawn while the box still has the focus.
      await checked(page);
      expect(await hasFocus(box)).toBe(true);
      expect(await box.inputValue()).toBe(row.typed);
      await box.press("Tab");
      await checked(page);
      await save(page);
      expect(await row.saved(form.folder)).toEqual(row.expected);
    }));
});

interface Action {
  readonly action: string;
  readonly run: (page: Page) => Promise<void>;
}

const SAVES: readonly Action[] = [
  { action: "Ctrl+S", run: (page) => page.keyboard.press("Control+s") },
  {
    action: "the Save button, which the typing alone enables",
    run: async (page) => {
      const button = page.getByRole("button", { name: "保存" });
      expect(await button.isEnabled()).toBe(true);
      await button.click();
    },
  },
];

describe("the toolbar's actions and their shortcuts first write what is typed into the focused box", () => {
  test.each(SAVES)("$action saves a number typed into a box not left yet", ({ run }) =>
    onHandbook(async ({ form, page }) => {
      const points = await pointsBox(page);
      await points.fill("5");
      await run(page);
      await expect.poll(() => savedPoints(form.folder)).toBe(5);
      await expect.poll(() => page.getByRole("status").first().textContent()).toContain("所有修改均已保存");
      expect(await points.inputValue()).toBe("5");
    }));

  test("Ctrl+Z while typing undoes the number typed (Ctrl+Y brings it back), then the one written before", () =>
    onHandbook(async ({ form, page }) => {
      const points = await pointsBox(page);
      await points.fill("5");
      await points.press("Enter");
      await checked(page);
      await points.fill("6");
      await page.keyboard.press("Control+z");
      await expect.poll(() => points.inputValue()).toBe("5");
      await page.keyboard.press("Control+z");
      await expect.poll(() => points.inputValue()).toBe(POINTS.stored);
      await page.keyboard.press("Control+y");
      await expect.poll(() => points.inputValue()).toBe("5");
      await page.keyboard.press("Control+y");
      await expect.poll(() => points.inputValue()).toBe("6");
      expect(await hasFocus(points)).toBe(true);
      await page.keyboard.press("Control+s");
      await expect.poll(() => savedPoints(form.folder)).toBe(6);
    }));

  test("the status line says a number typed into a box not left yet is not saved, and all is saved once it is", () =>
    onHandbook(async ({ page }) => {
      const status = page.getByRole("status").first();
      expect(await status.textContent()).toContain("所有修改均已保存");
      const points = await pointsBox(page);
      await points.fill("5");
      await expect.poll(() => status.textContent()).toContain("输入框中有尚未保存的内容");
      expect(await status.textContent()).not.toContain("所有修改均已保存");
      await page.keyboard.press("Control+s");
      await expect.poll(() => status.textContent()).toContain("所有修改均已保存");
      expect(await status.textContent()).not.toContain("输入框中有尚未保存的内容");
    }));

  test("leaving the page with a number typed into a box not left yet asks first", () =>
    onHandbook(async ({ page }) => {
      const points = await pointsBox(page);
      await points.fill("5");
      expect(await leavingAsks(page)).toBe(true);
    }));
});
