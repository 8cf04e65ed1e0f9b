/**
 * The tests panel's boxes of a test case's data, in Chromium on a temporary copy of the 2020
 * handbook, through the page's labels: a passing case chosen by name, its fields by label, values
 * it has and values it does not have yet (an item added and removed, another table's field filled),
 * the case re-run as the data changes; saved into the test file; axe on the panel.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { axeViolations, checked, editorOn, launchChromium, save, screenshotPath } from "./editor-page.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

interface TestFile {
  cases: { name: string; submission: { data: Record<string, Record<string, unknown>> } }[];
}

const EXPIRED = "表8 驰名商标有效期2016–2019年，已过期，不得分";

describe("a test case's data in boxes", () => {
  test("a passing case is chosen by name; a value it has and values it has not are filled by label, the case re-run each time; saved into its test file", async () => {
    const session = await editorOn(browser, "2020-handbook", false);
    const { page } = session;
    try {
      await page.getByRole("tab", { name: /测试/ }).click();
      const tests = page.getByRole("tabpanel");
      await expect.poll(() => tests.getByRole("status").textContent()).toMatch(/\d+ 个通过，0 个未通过/);
      await tests.getByLabel("要编辑的用例").selectOption({ label: EXPIRED });
      const caseData = tests.getByRole("region", { name: "用例的填报数据" });
      await caseData.getByText("这个用例通过。").waitFor();

      // A value the case has: its honour made valid in 2020, the case fails as the data changes, and passes once put back.
      const first = caseData.getByRole("group", { name: "第 1 项" });
      expect(await first.getByLabel("具体商标和产品").inputValue()).toBe("示例商标");
      await first.getByLabel("有效期限（止）").fill("2020-12-31");
      await checked(page);
      await caseData.getByText("这个用例未通过：见上方列出的差异。").waitFor();
      await expect.poll(() => tests.getByRole("status").textContent()).toMatch(/\d+ 个通过，1 个未通过/);
      await first.getByLabel("有效期限（止）").fill("2019-12-31");
      await checked(page);
      await caseData.getByText("这个用例通过。").waitFor();

      // Values it has not: a second item of the list, filled column by column, then removed.
      await caseData.getByRole("button", { name: "给“集群企业商标获“中国驰名商标”称号”添加一项" }).click();
      const second = caseData.getByRole("group", { name: "第 2 项" });
      await second.getByLabel("具体商标和产品").fill("另一商标");
      await second.getByLabel("有效期限（起）").fill("2019-01-01");
      await second.getByLabel("有效期限（止）").fill("2021-12-31");
      await checked(page);
      await caseData.getByText("这个用例未通过：见上方列出的差异。").waitFor();
      await page.screenshot({ path: screenshotPath("editor-case-data-item") });
      await second.getByRole("button", { name: "删除第 2 项" }).click();
      await checked(page);
      await caseData.getByText("这个用例通过。").waitFor();
      expect(await caseData.getByRole("group", { name: "第 2 项" }).count()).toBe(0);

      // A table the case does not fill yet: added, and one of its fields filled by its label.
      await caseData.getByLabel("再填写一个表的数据").selectOption({ label: "表5：“智慧集群”建设情况（10分）" });
      const table5 = caseData.getByRole("group", { name: "表5：“智慧集群”建设情况（10分）" });
      await table5.getByLabel(/^关键工序制造装备数控化率/).fill("30");
      await table5.getByLabel(/^关键工序制造装备数控化率/).press("Tab");
      await checked(page);
      expect(await axeViolations(page), "case data").toEqual([]);
      await save(page);

      const saved = JSON.parse(await readFile(join(session.form.folder, "tests/table8.json"), "utf8")) as TestFile;
      const data = saved.cases.find((c) => c.name === EXPIRED)?.submission.data;
      expect(data?.table5).toEqual({ cncRate: 30 });
      expect((data?.table8?.brands as { wellKnownTrademark: { items: unknown[] } }).wellKnownTrademark.items).toEqual([
        { name: "示例商标", certifiedBy: "示例认定机构", year: 2018, validFrom: "2016-01-01", validUntil: "2019-12-31" },
      ]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
