/**
 * The structured rule editors in Chromium, through labels only and by keyboard: a count of listed
 * items made to count only those within their validity period, and a sum that loses one of its
 * terms; saved, the rules file on disk has exactly those changes, laid out as before, and lint is
 * clean.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { loadFormFolder } from "@cluster-form/schema/node";
import { lintForm } from "@cluster-form/rules/node";
import { axeViolations, checked, criterion, editorOn, launchChromium, part, screenshotPath } from "./editor-page.js";
import { repoRoot } from "../server/temp-form.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

const RULES = "parts/table8.rules.json";

interface Computed {
  readonly id: string;
  readonly logic: unknown;
}

/** The text of a computed value's rule, from `"logic"` to the end of the entry. */
function ruleBlock(text: string, id: string): string {
  const start = text.indexOf(`"id": "${id}"`);
  return text.slice(text.indexOf('"logic"', start), text.indexOf("\n    }", start));
}

const computedOf = (text: string, id: string): unknown => (JSON.parse(text) as { computed: Computed[] }).computed.find((c) => c.id === id)?.logic;

describe("structured rule editors", () => {
  test("a count within its validity period and a sum's terms, by labels and keyboard: saved with minimal edits, lint clean", async () => {
    const session = await editorOn(browser, "2020-handbook");
    const { page } = session;
    try {
      await part(page, /表8/);
      // The count of 表8's "其它" honours: every named item → only those within their validity period.
      const other = page.getByRole("region", { name: "其它：数量", exact: true });
      await expect.poll(() => other.getByLabel("清单").evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("其它");
      const within = other.getByLabel("只计有效期内的项（有效期覆盖考核年度）");
      expect(await within.isChecked()).toBe(false);
      await within.focus();
      await page.keyboard.press("Space");
      await checked(page);
      await expect.poll(() => other.getByText("有效期取自 “有效期限（起）”至“有效期限（止）”").count()).toBe(1);
      await expect.poll(() => other.locator("h5").textContent()).toContain("在有效期内");

      // The sum of the food certifications without 无公害食品 (the certification no longer issued).
      const food = page.getByRole("region", { name: "绿色食品、无公害食品、有机食品认证（有效期内）总数" });
      const terms = food.getByRole("group", { name: "合计" });
      await expect.poll(() => terms.getByRole("combobox").count()).toBe(3);
      expect(await terms.getByLabel("第 2 项").evaluate((s) => (s as HTMLSelectElement).selectedOptions[0]?.textContent)).toBe("农业产业集群企业产品获“无公害食品”认证：有效期内数量（件）");
      await food.getByRole("button", { name: "删去“农业产业集群企业产品获“无公害食品”认证：有效期内数量”" }).focus();
      await page.keyboard.press("Enter");
      await checked(page);
      await expect.poll(() => terms.getByRole("combobox").count()).toBe(2);
      // The second term now reads 有机食品; choose it again by its label (no change), then the first by label.
      await terms.getByLabel("第 1 项").selectOption({ label: "农业产业集群企业产品获“绿色食品”认证：有效期内数量（件）" });
      await food.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath("editor-shapes-sum"), fullPage: false });
      await other.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath("editor-shapes-count"), fullPage: false });

      // The structured editors of a whole table (26 computed values, 5 criteria) pass an axe scan.
      expect(await axeViolations(page)).toEqual([]);
      await page.getByRole("button", { name: "保存" }).click();
      await expect.poll(() => page.getByRole("status").first().textContent()).toContain("所有修改均已保存");

      const before = await readFile(join(repoRoot, "forms/2020-handbook", RULES), "utf8");
      const after = await readFile(join(session.form.folder, RULES), "utf8");
      expect(computedOf(after, "table8.count.other")).toEqual({
        count: { filter: [{ var: "table8.brands.other.items" }, { and: [{ filled: [{ var: "name" }] }, { validIn: [{ var: "validFrom" }, { var: "validUntil" }, { var: "$form.year" }] }] }] },
      });
      expect(computedOf(after, "table8.foodCertifications")).toEqual({ "+": [{ var: "$computed.table8.valid.greenFood" }, { var: "$computed.table8.valid.organicFood" }] });
      // Minimal edits: the count is laid out again like its neighbour 其它：有效期内数量 (it no longer fits on its line), the
      // sum lost one line; nothing else in the file changed.
      const expected = before
        .replace(ruleBlock(before, "table8.count.other"), ruleBlock(before, "table8.valid.other"))
        .replace('\n          { "var": "$computed.table8.valid.pollutionFreeFood" },', "");
      expect(after).toBe(expected);
      const saved = await loadFormFolder(session.form.folder);
      expect(lintForm(saved).filter((f) => f.severity !== "info")).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("the summary sheet's wording of an answer, a judgement range and a threshold with its unit: saved, lint clean", async () => {
    const session = await editorOn(browser, "2020-handbook");
    const { page } = session;
    try {
      // The form's first page carries the summary sheet's columns; 产业集群类型 words the cover's answer.
      await part(page, /2020年度全省重点成长型产业集群考核工作手册/);
      const type = page.getByRole("region", { name: "汇总表栏目“产业集群类型”" });
      const county = type.getByLabel("当 产业集群类型 等于 县域 时写");
      await county.fill("县域产业集群");
      await county.press("Enter");
      await checked(page);
      await type.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath("editor-shapes-summary-sheet") });
      expect(await axeViolations(page)).toEqual([]);

      // 表7: the scorer may judge 集聚度's partial answer from 0 to 3 points (was 4).
      await part(page, /表7/);
      const share = criterion(page, "集群企业在园区的集聚度");
      const most = share.getByLabel("酌情打分：最多");
      expect(await most.inputValue()).toBe("4");
      await most.fill("3");
      await most.press("Enter");
      await checked(page);
      // Its threshold is a rate: the box says its unit.
      await expect.poll(() => share.getByRole("group", { name: "第 1 条" }).locator(".unit").first().textContent()).toBe("%");
      await share.scrollIntoViewIfNeeded();
      await page.screenshot({ path: screenshotPath("editor-shapes-judgement") });

      await page.getByRole("button", { name: "保存" }).click();
      await expect.poll(() => page.getByRole("status").first().textContent()).toContain("所有修改均已保存");
      const sheetBefore = await readFile(join(repoRoot, "forms/2020-handbook/summary-sheet.json"), "utf8");
      const sheetAfter = await readFile(join(session.form.folder, "summary-sheet.json"), "utf8");
      expect(sheetAfter).toBe(sheetBefore.replace('"县域"', '"县域产业集群"'));
      const rulesBefore = await readFile(join(repoRoot, "forms/2020-handbook/parts/table7.rules.json"), "utf8");
      const rulesAfter = await readFile(join(session.form.folder, "parts/table7.rules.json"), "utf8");
      expect(rulesAfter).toBe(rulesBefore.replace('"judgement": { "min": 0, "max": 4 }', '"judgement": { "min": 0, "max": 3 }'));
      const saved = await loadFormFolder(session.form.folder);
      expect(lintForm(saved).filter((f) => f.severity !== "info")).toEqual([]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
