/**
 * Applicant → expert → paper on the 2020 handbook, driven by labels and roles: the expert opens
 * the applicant's file and sees every value; 清空 clears only the expert's entries and can be
 * undone; a discarded draft can be undone; an invalid value earns nothing; the expert column
 * reads 待评 until confirmed; an override and its reason show on screen, in the result and in the PDF.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Submission } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, launchChromium, openFormPage, pdfTextContains, screenshotPath, testPage } from "./harness.js";
import { repoRoot, startServer, type StaticServer } from "./server.js";

type Element = HTMLElement & { value: Submission; result: EvaluationResult; open(value: unknown): boolean };

const sample = JSON.parse(readFileSync(join(repoRoot, "examples/data/2020-handbook.sample.json"), "utf8")) as Submission & {
  scores: Record<string, Record<string, number>>;
  data: { cover: { name: string }; table2: { enterprises: { name: string }[] }; table5: { rdToolsRate: number } };
};

/** What the applicant sends: the sample without any expert entry (the expert's tables and scores). */
function applicantFile(): Submission {
  const { table10: _table10, table12: _table12, ...data } = sample.data as Record<string, unknown>;
  const scores = Object.fromEntries(
    Object.entries(sample.scores)
      .map(([id, cell]) => [id, Object.fromEntries(Object.entries(cell).filter(([column]) => column !== "expert"))] as const)
      .filter(([, cell]) => Object.keys(cell).length > 0),
  );
  return { form: sample.form, data, scores };
}

let browser: Browser;
let server: StaticServer;
let context: BrowserContext;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  server.route("/expert.html", { body: testPage({ src: "/forms/2020-handbook/form.json", "form-role": "expert", "draft-key": "expert" }) });
  server.route("/applicant.html", { body: testPage({ src: "/forms/2020-handbook/form.json", "form-role": "applicant", "draft-key": "applicant" }) });
  server.route("/expert-print.html", { body: testPage({ src: "/forms/2020-handbook/form.json", "form-role": "expert", autosave: "off" }) });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

const element = (page: Page) => page.locator("cluster-form");
const resultOf = (page: Page) => element(page).evaluate((el) => (el as Element).result);
const valueOf = (page: Page) => element(page).evaluate((el) => (el as Element).value);
const openFile = (page: Page, submission: unknown) => element(page).evaluate((el, value) => (el as Element).open(value), submission);
const totalOf = (page: Page, column: string) => page.locator(`cluster-form .status [data-column="${column}"]`).innerText();
/** The text of an element, drawn or not (parts off screen are not laid out: `content-visibility`). */
const textOf = async (locator: Locator) => ((await locator.textContent()) ?? "").trim();

async function freshPage(path: string): Promise<{ page: Page; errors: string[] }> {
  const opened = await openFormPage(context, server.origin + path);
  // Each test starts without the drafts of the one before.
  await opened.page.evaluate(() => localStorage.clear());
  await opened.page.reload();
  await opened.page.waitForFunction(() => Boolean(document.querySelector("cluster-form")?.shadowRoot?.querySelector("section.part")));
  return opened;
}

async function pdfText(page: Page): Promise<string> {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true });
  // A narrow cell wraps its text over lines: compare without the line breaks.
  return text.replace(/\s+/g, "");
}

describe("the expert reviews the applicant's file", () => {
  it("sees every value of a file opened in the expert role, and cannot submit a review of nothing", async () => {
    const { page, errors } = await freshPage("/expert.html");
    // Nothing opened yet: a review of nothing is refused, saying why.
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: "没有可评审的申报数据" }).count()).toBe(1);

    const file = applicantFile();
    expect(await openFile(page, file)).toBe(true);
    await expect.poll(() => page.getByLabel("产业集群名称").inputValue()).toBe(sample.data.cover.name);
    expect(await page.getByLabel("集群企业数字化研发设计工具普及率").inputValue()).toBe(String(sample.data.table5.rdToolsRate));
    expect(await page.getByLabel("企业名称 第 1 行", { exact: true }).inputValue()).toBe(sample.data.table2.enterprises[0]?.name);
    // Read-only for the expert, and every part of the file is kept as it came.
    expect(await page.getByLabel("产业集群名称").getAttribute("readonly")).toBe("");
    expect((await valueOf(page)).data).toEqual(file.data);
    expect((await resultOf(page)).total.self?.value).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("review-expert-opened") });
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe("the expert column", () => {
  it("reads 待评 until confirmed; an override with its reason shows on screen, in the result and on paper", async () => {
    const { page, errors } = await freshPage("/expert.html");
    await openFile(page, applicantFile());
    const organisation = page.getByLabel("集群工作组织机构 专家", { exact: true });
    await expect.poll(() => textOf(organisation)).toBe("待评");
    expect(await textOf(page.getByLabel("产业集群发展规划编制 专家", { exact: true }))).toBe("待评");
    expect(await totalOf(page, "expert")).toMatch(/待评（\d+ 项[，）]/);
    // The result keeps the rule's number as a proposal, marked pending; the total says how many.
    const proposed = await resultOf(page);
    expect(proposed.criteria.find((c) => c.id === "t3.organisation")?.scores.expert).toMatchObject({ status: "pending", value: 5 });
    expect(proposed.total.expert?.pending).toBeGreaterThan(0);

    // Confirm one item.
    await page.getByRole("button", { name: "确认“集群工作组织机构”专家 5 分" }).click();
    await expect.poll(() => textOf(organisation)).toBe("5");
    expect(await page.locator("cluster-form #review-t3_organisation-expert ~ .cell-note").innerText()).toBe("已确认");

    // Override another, with a written reason.
    const planCell = page.locator("cluster-form td:has(#review-t3_plan-expert)");
    await planCell.getByText("改分", { exact: true }).click();
    await page.getByLabel("“产业集群发展规划编制”专家改分", { exact: true }).fill("2");
    await expect.poll(() => planCell.getByText("改分须写明理由").count()).toBe(1);
    const reason = "规划由经信部门发文，非地方政府发文";
    await page.getByLabel("“产业集群发展规划编制”专家改分理由").fill(reason);
    await expect.poll(() => page.getByLabel("产业集群发展规划编制 专家", { exact: true }).innerText()).toBe("2");
    expect(await planCell.innerText()).toContain(`改分理由：${reason}`);
    expect(await planCell.innerText()).toContain("规则计分 5 分");
    const result = await resultOf(page);
    expect(result.criteria.find((c) => c.id === "t3.plan")?.scores.expert).toEqual({ value: 2, status: "overridden", entered: 2, reason });
    expect((await valueOf(page)).reasons).toEqual({ "t3.plan": { expert: reason } });
    await page.locator("cluster-form #part-table3").screenshot({ path: screenshotPath("review-expert-override") });

    // The paper copy: the override, its reason, and the items still 待评.
    await page.emulateMedia({ media: "print" });
    await page.locator("cluster-form #part-table3 table.criteria-table").screenshot({ path: screenshotPath("review-expert-override-print") });
    await page.emulateMedia({ media: "screen" });
    const text = await pdfText(page);
    for (const expected of [reason, "改分", "待评"]) expect(pdfTextContains(text, expected), expected).toBe(true);

    // A review with scores still 待评 is not submitted: the element says how many wait.
    await page.getByRole("button", { name: "提交", exact: true }).click();
    await expect.poll(() => page.getByRole("alert").filter({ hasText: /还有 \d+ 项规则计分待评/ }).count()).toBe(1);

    // Confirm all the rest at once: nothing reads 待评 any more.
    await page.getByRole("button", { name: /^确认全部规则计分/ }).click();
    await expect.poll(async () => (await resultOf(page)).criteria.filter((c) => c.scores.expert?.status === "pending").length).toBe(0);
    expect(await totalOf(page, "expert")).not.toMatch(/待评/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows the applicant 待评 in the expert column and total, never a number the expert did not give", async () => {
    const { page } = await freshPage("/applicant.html");
    await page.getByRole("radio", { name: "由地方政府发文成立" }).first().check();
    await expect.poll(() => page.getByLabel("集群工作组织机构 自评", { exact: true }).innerText()).toBe("5");
    expect(await page.getByLabel("集群工作组织机构 专家", { exact: true }).innerText()).toBe("待评");
    expect(await totalOf(page, "expert")).toMatch(/待评（\d+ 项）/);
    expect(await totalOf(page, "expert")).not.toMatch(/专家总分：\d/);
    await page.close();
  });
});

describe("destructive actions", () => {
  it("清空 as expert clears only the expert's entries, says what goes, and can be undone", async () => {
    const { page } = await freshPage("/expert.html");
    await openFile(page, sample);
    const before = await valueOf(page);
    let asked = "";
    page.once("dialog", (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole("button", { name: "清空" }).click();
    await expect.poll(() => page.getByRole("button", { name: "撤销" }).count()).toBe(1);
    expect(asked).toMatch(/将清空您填写的 \d+ 项内容/);
    expect(asked).toContain("其他角色填写的内容保留不变");
    const after = await valueOf(page);
    // The applicant's tables and self-scores stay; the expert's tables and scores go.
    const { table10: _t10, table12: _t12, ...applicantData } = before.data as Record<string, unknown>;
    expect(after.data).toEqual(applicantData);
    expect(Object.values(after.scores ?? {}).some((cell) => "expert" in cell)).toBe(false);
    expect(after.scores?.["t3.operation"]?.self).toBe(before.scores?.["t3.operation"]?.self);
    expect(await page.getByLabel("产业集群名称").inputValue()).toBe(sample.data.cover.name);

    await page.getByRole("button", { name: "撤销" }).click();
    await expect.poll(() => valueOf(page)).toEqual(before);
    await page.close();
  });

  it("放弃草稿 can be undone, and the draft is saved again", async () => {
    const { page } = await freshPage("/applicant.html");
    await page.getByLabel("产业集群名称").fill("草稿中的集群");
    await page.reload();
    await page.waitForFunction(() => Boolean(document.querySelector("cluster-form")?.shadowRoot?.querySelector("section.part")));
    await expect.poll(() => page.getByLabel("产业集群名称").inputValue()).toBe("草稿中的集群");
    await page.getByRole("button", { name: "放弃草稿" }).click();
    await expect.poll(() => page.getByLabel("产业集群名称").inputValue()).toBe("");
    expect(await page.getByRole("status").filter({ hasText: /已放弃 .* 保存的草稿（1 项内容）/ }).count()).toBe(1);
    await page.getByRole("button", { name: "撤销" }).click();
    await expect.poll(() => page.getByLabel("产业集群名称").inputValue()).toBe("草稿中的集群");
    await page.reload();
    await page.waitForFunction(() => Boolean(document.querySelector("cluster-form")?.shadowRoot?.querySelector("section.part")));
    await expect.poll(() => page.getByLabel("产业集群名称").inputValue()).toBe("草稿中的集群");
    await page.close();
  });
});

describe("an invalid value", () => {
  it("earns nothing (智能工厂占比 150%), and says so on screen and on paper", async () => {
    const { page } = await freshPage("/applicant.html");
    const share = page.getByLabel("智能工厂（数字化车间）占比");
    await share.fill("20.01");
    const informatization = page.getByLabel("产业集群“两化融合”建设基础良好 自评", { exact: true });
    await expect.poll(() => informatization.innerText()).toBe("2");
    await share.fill("150");
    await expect.poll(() => informatization.innerText()).toBe("0");
    const row = page.locator("cluster-form tr", { has: page.getByText("产业集群“两化融合”建设基础良好", { exact: true }) });
    expect(await row.innerText()).toContain("无效数据不得分：智能工厂（数字化车间）占比");
    expect((await resultOf(page)).criteria.find((c) => c.id === "t5.informatization")?.invalidInputs).toEqual([
      { pointer: "/data/table5/smartFactoryShare", label: "智能工厂（数字化车间）占比" },
    ]);
    await page.locator("cluster-form #part-table5").screenshot({ path: screenshotPath("review-invalid-value") });
    const text = await pdfText(page);
    expect(pdfTextContains(text, "无效数据不得分"), "criterion mark on paper").toBe(true);
    expect(pdfTextContains(text, "不能大于"), "the field's message on paper").toBe(true);
    await page.close();
  });

  it("an expert score of 6 on a 5-point item is marked and its total says it leaves it out", async () => {
    const { page } = await freshPage("/expert.html");
    await openFile(page, sample);
    const input = page.getByLabel("工作机构开展的情况 专家", { exact: true });
    await input.fill("6");
    const cell = page.locator("cluster-form td", { has: input });
    await expect.poll(() => cell.innerText()).toContain("无效，不计入");
    const subtotal = page.locator("cluster-form #part-table3 tfoot");
    expect(await subtotal.innerText()).toContain("1 项无效未计入");
    expect(await totalOf(page, "expert")).toContain("1 项无效未计入");
    await page.close();
  });
});
