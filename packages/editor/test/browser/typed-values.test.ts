/**
 * What the officer types into a box written when it is left (a number, a text inside a rule) is not
 * lost when the page redraws before the box is left: in Chromium on a temporary copy of the 2020
 * handbook, an edit elsewhere has the page check the form, its answer is held back until a value is
 * typed into the box, then it comes back (the page redraws) while the box still has the focus; the
 * box is left by Tab and the saved file has the typed value. One row per kind of box. An undo
 * while typing still puts the box back.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { checked, criterion, editorOn, launchChromium, part, save } from "./editor-page.js";

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

const concentration = async (folder: string): Promise<RulesFile["criteria"][number] | undefined> =>
  ((await jsonOf(folder, "parts/table7.rules.json")) as RulesFile).criteria.find((c) => c.label === "集群企业在园区的集聚度");

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
      await part(page, /表7/);
      await retitle(page);
      return criterion(page, "集群企业在园区的集聚度").getByLabel("分值", { exact: true });
    },
    typed: "5",
    saved: async (folder) => (await concentration(folder))?.points,
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
  test.each(ROWS)("$box", async (row) => {
    const session = await editorOn(browser, "2020-handbook", false);
    const { page } = session;
    try {
      const held = await holdChecks(page);
      const box = await row.open(page);
      await box.fill(row.typed);
      held.release();
      // The check's answer is drawn while the box still has the focus.
      await checked(page);
      expect(await box.evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await box.inputValue()).toBe(row.typed);
      await box.press("Tab");
      await checked(page);
      await save(page);
      expect(await row.saved(session.form.folder)).toEqual(row.expected);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("an undo while the officer types in a box still shows the value it puts back", async () => {
    const session = await editorOn(browser, "2020-handbook", false);
    const { page } = session;
    try {
      await part(page, /表7/);
      const points = criterion(page, "集群企业在园区的集聚度").getByLabel("分值", { exact: true });
      await points.fill("5");
      await points.press("Enter");
      await checked(page);
      await points.fill("6");
      await page.keyboard.press("Control+z");
      await expect.poll(() => points.inputValue()).toBe("4");
      await page.keyboard.press("Control+y");
      await expect.poll(() => points.inputValue()).toBe("5");
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
