/**
 * The editor's common changes besides a list-fed criterion (editor.test.ts), each done in Chromium
 * through the page's labels on its own copy of the 2020 handbook and saved, then checked as the
 * officer's command line checks it: lint clean, every test passing with the stub, the diff listing
 * exactly that change by its labels, and the preview showing it.
 */
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { describeChange } from "@cluster-form/rules";
import { checked, chooseOption, commandLineOn, confirm, criterion, editorOn, launchChromium, openScaffold, part, previewOf, save, screenshotPath } from "./editor-page.js";

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
});

interface TestFile {
  readonly cases: readonly { readonly name: string; readonly submission: { readonly data: Record<string, unknown> }; readonly expect: Record<string, unknown> }[];
}

/** The values of the outline's text boxes (labels, titles, texts), as the officer reads them. */
const boxValues = (page: Page): Promise<string[]> => page.getByRole("main").getByRole("textbox").evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));

const stubIn = async (folder: string, file: string, name: string) =>
  (JSON.parse(await readFile(join(folder, file), "utf8")) as TestFile).cases.find((c) => c.name === name);

describe("the officer's other common changes, each saved and checked", () => {
  test("adds a number field to 表5: it shows in the outline and the preview; lint, tests and diff agree", async () => {
    const session = await editorOn(browser, "2020-handbook");
    const { page } = session;
    try {
      const dialog = await openScaffold(page, "新增填报项");
      await chooseOption(dialog, "所在表", "表5");
      await dialog.getByLabel("名称", { exact: true }).fill("工业互联网平台应用率");
      await expect.poll(() => dialog.getByLabel("单位").count()).toBe(0);
      await dialog.getByLabel("类型").selectOption({ label: "数字" });
      await dialog.getByLabel("单位").fill("%");
      await dialog.getByLabel("测试用例名称").fill("工业互联网平台应用率可填");
      await page.screenshot({ path: screenshotPath("editor-add-field") });
      await confirm(page, dialog);

      await part(page, /表5/);
      await expect.poll(() => boxValues(page)).toContain("工业互联网平台应用率");
      await page.getByRole("tab", { name: /测试/ }).click();
      await expect.poll(() => page.getByRole("tabpanel").getByRole("status").textContent()).toMatch(/\d+ 个通过，0 个未通过/);
      const scores = await previewOf(page, "工业互联网平台应用率可填");
      await expect.poll(() => scores.textContent()).toMatch(/合计 [\d.]+ 分/);
      await expect.poll(() => page.locator("cluster-form").getByText("工业互联网平台应用率").count()).toBeGreaterThan(0);
      await save(page);

      const after = await commandLineOn(session.form.folder, "2020-handbook");
      expect(after.problems).toEqual([]);
      expect(after.failing).toEqual([]);
      expect(after.cases).toContain("工业互联网平台应用率可填");
      expect(after.diff.changes.map((c) => describeChange(c, "zh"))).toEqual(["新增填报项“工业互联网平台应用率”。"]);
      const stub = await stubIn(session.form.folder, "tests/table5.json", "工业互联网平台应用率可填");
      expect(stub?.expect).toEqual({ noFindings: true });
      expect(Object.keys(stub?.submission.data.table5 ?? {})).toHaveLength(1);
      const schema5 = JSON.parse(await readFile(join(session.form.folder, "parts/table5.schema.json"), "utf8")) as { properties: Record<string, { title?: string; unit?: string }> };
      expect(Object.values(schema5.properties).find((f) => f.title === "工业互联网平台应用率")?.unit).toBe("%");
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("adds a column to 表6's list of organisations: the list's input block and the preview show it; lint, tests and diff agree", async () => {
    const session = await editorOn(browser, "2020-handbook");
    const { page } = session;
    try {
      const dialog = await openScaffold(page, "给清单新增一列");
      await chooseOption(dialog, "清单", "服务集群组织/机构");
      await dialog.getByLabel("新列的名称").fill("服务企业满意度");
      await dialog.getByLabel("类型").selectOption({ label: "数字" });
      await dialog.getByLabel("单位").fill("分");
      await dialog.getByLabel("测试用例名称").fill("服务企业满意度可填");
      await page.screenshot({ path: screenshotPath("editor-add-column") });
      await confirm(page, dialog);

      await part(page, /表6/);
      await page.getByRole("main").getByText("清单“服务集群组织/机构”的各列").click();
      await expect.poll(() => boxValues(page)).toContain("服务企业满意度");
      await page.getByRole("tab", { name: /测试/ }).click();
      await expect.poll(() => page.getByRole("tabpanel").getByRole("status").textContent()).toMatch(/\d+ 个通过，0 个未通过/);
      await previewOf(page, "服务企业满意度可填");
      await expect.poll(() => page.locator("cluster-form").getByText("服务企业满意度").count()).toBeGreaterThan(0);
      await save(page);

      const after = await commandLineOn(session.form.folder, "2020-handbook");
      expect(after.problems).toEqual([]);
      expect(after.failing).toEqual([]);
      expect(after.cases).toContain("服务企业满意度可填");
      expect(after.diff.changes.map((c) => describeChange(c, "zh"))).toEqual(["列表“服务集群组织/机构”新增一栏“服务企业满意度”。"]);
      const layout = await readFile(join(session.form.folder, "parts/table6.layout.json"), "utf8");
      const schema = JSON.parse(await readFile(join(session.form.folder, "parts/table6.schema.json"), "utf8")) as { properties: { organisations: { items: { properties: Record<string, { title?: string; unit?: string }> } } } };
      const [key, column] = Object.entries(schema.properties.organisations.items.properties).find(([, c]) => c.title === "服务企业满意度") ?? [];
      expect(key).toBeDefined();
      expect(column?.unit).toBe("分");
      expect(layout).toContain(`"key": "${key}"`);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("moves 1 point from 省级名牌产品 to 行业特色区域 in 表8: texts follow, the total stays 100, the stub scores 5; lint, tests and diff agree", async () => {
    const session = await editorOn(browser, "2020-handbook");
    const { page } = session;
    try {
      const dialog = await openScaffold(page, "在指标之间调整分值");
      await chooseOption(dialog, "从指标", "省级名牌产品或著名商标");
      await chooseOption(dialog, "调到指标", "行业特色区域荣誉称号");
      await dialog.getByLabel("分值").fill("1");
      await dialog.getByLabel("测试用例名称").fill("行业特色区域荣誉满分5分");
      await page.screenshot({ path: screenshotPath("editor-move-points") });
      await confirm(page, dialog);

      await expect.poll(() => page.getByRole("navigation").textContent()).toContain("各项指标分值合计 100 分，总分 100 分");
      await part(page, /表8/);
      await expect.poll(() => criterion(page, "行业特色区域荣誉称号").getByLabel("分值", { exact: true }).first().inputValue()).toBe("5");
      await expect.poll(() => criterion(page, "省级名牌产品或著名商标").getByLabel("分值", { exact: true }).first().inputValue()).toBe("3");
      await page.getByRole("tab", { name: /测试/ }).click();
      await expect.poll(() => page.getByRole("tabpanel").getByRole("status").textContent()).toMatch(/\d+ 个通过，0 个未通过/);
      const scores = await previewOf(page, "行业特色区域荣誉满分5分");
      await expect.poll(() => scores.textContent()).toContain("行业特色区域荣誉称号：5 / 5 分");
      await save(page);

      const after = await commandLineOn(session.form.folder, "2020-handbook");
      expect(after.problems).toEqual([]);
      expect(after.failing).toEqual([]);
      expect(after.saved.manifest.totalPoints).toBe(100);
      expect(after.diff.changes.map((c) => `${c.kind} ${"label" in c ? c.label : ""}`).sort()).toEqual([
        "branch.points 省级名牌产品或著名商标",
        "branch.points 行业特色区域荣誉称号",
        "branch.text 省级名牌产品或著名商标",
        "branch.text 行业特色区域荣誉称号",
        "criterion.points 省级名牌产品或著名商标",
        "criterion.points 行业特色区域荣誉称号",
        "criterion.text 省级名牌产品或著名商标",
        "criterion.text 行业特色区域荣誉称号",
      ]);
      expect((await stubIn(session.form.folder, "tests/table8.json", "行业特色区域荣誉满分5分"))?.expect).toEqual({ criteria: { "t8.regional": { computed: 5 } } });
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });

  test("adds a required column to the 2021 application's 集群服务平台: the cases without it say so and take the new expectation; lint, tests and diff agree", async () => {
    const session = await editorOn(browser, "2021-application");
    const { page } = session;
    try {
      const dialog = await openScaffold(page, "给清单新增一列");
      await chooseOption(dialog, "清单", "集群服务平台建设情况 · 集群服务平台");
      await dialog.getByLabel("新列的名称").fill("服务企业数");
      await dialog.getByLabel("类型").selectOption({ label: "整数" });
      await dialog.getByLabel("必填").check();
      await dialog.getByLabel("测试用例名称").fill("服务企业数可填");
      await confirm(page, dialog);

      // Required: the complete cases whose platforms lack it now fail on completeness, and the page says which.
      await page.getByRole("tab", { name: /测试/ }).click();
      const tests = page.getByRole("tabpanel");
      await expect.poll(() => tests.getByRole("status").textContent()).toMatch(/\d+ 个通过，[1-9]\d* 个未通过/);
      await expect.poll(() => tests.textContent()).toContain("completeness.");
      // Each such case now expects the form incomplete: taken one by one, as `test --update` proposes.
      const accept = tests.getByRole("button", { name: "采用新的预期结果" });
      for (let taken = 0; (await accept.count()) > 0 && taken < 20; taken++) {
        await accept.first().click();
        await checked(page);
      }
      await expect.poll(() => tests.getByRole("status").textContent()).toMatch(/\d+ 个通过，0 个未通过/);
      await save(page);

      const after = await commandLineOn(session.form.folder, "2021-application");
      expect(after.problems).toEqual([]);
      expect(after.failing).toEqual([]);
      expect(after.cases).toContain("服务企业数可填");
      expect(after.diff.changes.map((c) => describeChange(c, "zh"))).toEqual(["列表“集群服务平台”新增一栏“服务企业数”。"]);
      expect(session.errors).toEqual([]);
    } finally {
      await session.close();
    }
  });
});
