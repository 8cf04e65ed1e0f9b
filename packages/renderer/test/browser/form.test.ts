/** The element on the fixture form in headless Chromium: filling by label, live scores, tables, roles, links. */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURE, fullPageScreenshot, launchChromium, openFormPage, screenshotPath, testPage } from "./harness.js";
import { startServer, type StaticServer } from "./server.js";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(attributes: Record<string, string>, path = "/form.html"): Promise<Page> {
  server.route(path, { body: testPage({ src: FIXTURE, autosave: "off", ...attributes }) });
  const { page, errors } = await openFormPage(browser, server.origin + path, 10_000);
  expect(errors).toEqual([]);
  return page;
}

const total = (page: Page, column: string) => page.locator(`cluster-form .status [data-column="${column}"] output`);

describe("<cluster-form> on the fixture form", () => {
  it("draws every part and fills fields found by their labels; computed values and scores follow the typing", async () => {
    const page = await open({ role: "applicant" });
    await expect.poll(() => page.locator("cluster-form section.part").count()).toBe(7);
    await expect.poll(() => page.locator("cluster-form h1").innerText()).toBe("集群考核测试表");

    await page.getByLabel("集群名称").fill("光谷光电子信息产业集群");
    await page.getByRole("radio", { name: "制造业" }).check();
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("112");
    const growth = page.locator("cluster-form output[aria-label='销售收入 增长率（%）']");
    await expect.poll(() => growth.innerText()).toBe("12 %");
    // 12% growth is worth 5 points in both score columns: the criterion is computed by the rule.
    await expect.poll(() => page.locator("cluster-form output[aria-label='销售收入增长 自评']").innerText()).toBe("5");
    await expect.poll(() => total(page, "self").innerText()).toBe("5");

    // Yes to the plan makes the criterion a judgement: the applicant types a self score within 0–10.
    await page.locator("cluster-form fieldset", { hasText: "是否编制集群发展规划" }).getByLabel("是").check();
    // The score cell becomes an input when the element draws the new evaluation (the next frame).
    await expect.poll(() => page.getByLabel("发展规划 自评").evaluate((cell) => cell.tagName)).toBe("INPUT");
    await page.getByLabel("发展规划 自评").fill("8");
    await expect.poll(() => total(page, "self").innerText()).toBe("13");
    // The expert column is not the applicant's: read only.
    await expect.poll(() => page.getByLabel("发展规划 专家").getAttribute("readonly")).toBe("");

    // An out-of-range score is kept as typed and flagged; the total does not count it.
    await page.getByLabel("发展规划 自评").fill("12");
    await expect.poll(() => page.getByLabel("发展规划 自评").getAttribute("aria-invalid")).toBe("true");
    await expect.poll(() => page.getByLabel("发展规划 自评").inputValue()).toBe("12");
    await expect.poll(() => total(page, "self").innerText()).toBe("5");
    await page.getByLabel("发展规划 自评").fill("8");

    // The explanation of a score opens on demand.
    const details = page.locator("cluster-form tr", { hasText: "销售收入增长" }).locator("details.explain");
    await details.locator("summary").click();
    await expect.poll(() => details.innerText()).toContain("12");

    // Text that is not a number where a number is expected is kept and flagged, never dropped.
    await page.getByLabel("税收 2019年", { exact: true }).fill("abc");
    await expect.poll(() => page.getByLabel("税收 2019年", { exact: true }).inputValue()).toBe("abc");
    await expect.poll(() => page.getByLabel("税收 2019年", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    // A cross-field check shows its message next to the field, tied by aria-describedby.
    await page.getByLabel("税收 2019年", { exact: true }).fill("500");
    const taxInput = page.getByLabel("税收 2019年", { exact: true });
    const describedBy = (await taxInput.getAttribute("aria-describedby")) ?? "";
    const messageId = describedBy.split(" ").find((id) => id.endsWith("-msg")) ?? "";
    await expect.poll(() => page.locator(`cluster-form [id="${messageId}"]`).innerText()).toContain("税收不应大于销售收入");
    await taxInput.fill("10");

    await fullPageScreenshot(page, "fixture-applicant");
    await page.close();
  });

  it("repeating rows: add, remove, reorder, paste from a spreadsheet; the count criterion follows", async () => {
    const page = await open({ role: "applicant" });
    // Named after its table (the part's title when the block has none), so that a form with many tables has no two alike.
    const add = page.getByRole("button", { name: "在“表2 重点企业”中添加一行", exact: true });
    await add.click();
    await page.getByLabel("企业名称 第 1 行").fill("甲公司");
    await page.getByLabel("销售收入 第 1 行").fill("1,200");
    await expect.poll(() => page.locator("cluster-form output[aria-label='重点企业 自评']").innerText()).toBe("1");

    // Three rows copied from a spreadsheet, pasted into the first cell of row 2 (which paste creates).
    await add.click();
    await page.getByLabel("企业名称 第 2 行").evaluate((input, text) => {
      const data = new DataTransfer();
      data.setData("text/plain", text);
      input.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true, composed: true }));
    }, "乙公司\t300\t是\n丙公司\t200\t否\n丁公司\t100\t\n");
    await expect.poll(() => page.getByLabel("企业名称 第 4 行").inputValue()).toBe("丁公司");
    await expect.poll(() => page.getByLabel("销售收入 第 3 行").inputValue()).toBe("200");
    await expect.poll(() => page.locator("cluster-form output[aria-label='重点企业 自评']").innerText()).toBe("4");
    const value = await page.locator("cluster-form").evaluate((el) => (el as unknown as { value: { data: Record<string, unknown> } }).value.data.enterprises);
    expect(value).toMatchObject({ list: [{ name: "甲公司", sales: 1200 }, { name: "乙公司", sales: 300 }, { name: "丙公司", sales: 200 }, { name: "丁公司", sales: 100 }] });

    await page.getByRole("button", { name: "第 4 行上移" }).click();
    await expect.poll(() => page.getByLabel("企业名称 第 3 行").inputValue()).toBe("丁公司");
    await page.getByRole("button", { name: "删除第 1 行" }).click();
    await expect.poll(() => page.getByLabel("企业名称 第 1 行").inputValue()).toBe("乙公司");
    await expect.poll(() => page.locator("cluster-form output[aria-label='重点企业 自评']").innerText()).toBe("3");
    await page.close();
  });

  it("puts every input in a form of its own, drawn without a box, which never submits or leaves the page", async () => {
    const page = await open({ role: "applicant" });
    await page.getByLabel("集群名称").fill("光谷光电子信息产业集群");
    const forms = await page.locator("cluster-form").evaluate((el) => {
      const root = el.shadowRoot as ShadowRoot;
      const controls = [...root.querySelectorAll("input, select, textarea")] as HTMLInputElement[];
      const all = [...root.querySelectorAll("form")];
      return {
        controls: controls.length,
        withoutForm: controls.filter((control) => control.form === null).map((control) => control.id),
        // A radio group shares its form; any other input is alone in its own.
        shared: all.filter((form) => new Set([...form.elements].map((e) => (e as HTMLInputElement).name || e.id)).size > 1).length,
        nested: all.filter((form) => form.parentElement?.closest("form")).length,
        boxes: all.filter((form) => getComputedStyle(form).display !== "contents").length,
        count: all.length,
      };
    });
    expect(forms.controls).toBeGreaterThan(10);
    expect(forms).toMatchObject({ withoutForm: [], shared: 0, nested: 0, boxes: 0 });

    // Submitting any form (Enter in a text field does it) keeps the page and what was typed.
    await page.evaluate(() => ((window as unknown as { stillHere: boolean }).stillHere = true));
    const submitted = await page.locator("cluster-form").evaluate((el) => {
      const all = [...(el.shadowRoot?.querySelectorAll("form") ?? [])];
      for (const form of all) form.requestSubmit();
      return all.length;
    });
    expect(submitted).toBe(forms.count);
    await page.getByLabel("集群名称").press("Enter");
    await page.getByLabel("销售收入 2018年", { exact: true }).press("Enter");
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    expect(page.url()).toBe(`${server.origin}/form.html`);
    expect(await page.getByLabel("集群名称").inputValue()).toBe("光谷光电子信息产业集群");
  });

  it("lays a grid with inputs out in columns of equal width, which stay put while a cell's text and messages change", async () => {
    const page = await open({ role: "applicant" });
    const input = page.getByLabel("税收 2019年", { exact: true });
    const table = page.locator("cluster-form table.paper", { has: input });
    const columns = () => table.locator("thead th").evaluateAll((cells) => cells.map((cell) => Math.round(cell.getBoundingClientRect().width)));
    const before = await columns();
    expect(new Set(before).size, JSON.stringify(before)).toBe(1);
    // Text that is no number, then one far longer than the cell: each brings a message into the cell.
    await input.fill("abc");
    await expect.poll(() => input.getAttribute("aria-invalid")).toBe("true");
    expect(await columns()).toEqual(before);
    await input.fill("123456789012345678");
    await expect.poll(() => page.locator("cluster-form .status").innerText()).not.toBe("");
    expect(await columns()).toEqual(before);
    await page.close();
  });

  it("counts narrative characters live, one per Chinese character", async () => {
    const page = await open({ role: "applicant" });
    const text = page.getByLabel("集群发展情况");
    await text.fill("集群发展良好，成效显著。");
    const id = await text.getAttribute("id");
    await expect.poll(() => page.locator(`cluster-form [id="${id}-count"]`).innerText()).toContain("12 / 500");
    await page.close();
  });

  it("lists blank required fields as links that take focus to the field; the whole form works from the keyboard", async () => {
    const page = await open({ role: "applicant" });
    const blanks = page.locator("cluster-form details.blanks");
    await blanks.locator("summary").click();
    await blanks.getByRole("link", { name: /联系电话/ }).click();
    const focusedLabel = await page.evaluate(() => {
      const active = document.querySelector("cluster-form")?.shadowRoot?.activeElement as HTMLInputElement | null;
      return active?.labels?.[0]?.textContent ?? null;
    });
    expect(focusedLabel).toBe("联系电话");
    await page.keyboard.type("027-8888888");
    await expect.poll(() => page.getByLabel("联系电话").inputValue()).toBe("027-8888888");
    // The radio group is reached from its link too; Space chooses the focused option.
    await blanks.getByRole("link", { name: /是否发生重大安全事故/ }).click();
    await page.keyboard.press("Space");
    const accident = await page.locator("cluster-form").evaluate((el) => (el as unknown as { value: { data: { cover?: { accident?: unknown } } } }).value.data.cover?.accident);
    expect(accident).toBe(true);
    // The veto, once set, is shown plainly.
    await expect.poll(() => page.locator("cluster-form .status .veto").innerText()).toContain("一票否决");
    await page.screenshot({ path: screenshotPath("fixture-veto"), fullPage: false });
    await page.close();
  });

  it("enforces roles: the expert edits only expert scores and the review; the viewer edits nothing", async () => {
    const expert = await open({ role: "expert" }, "/expert.html");
    await expect.poll(() => expert.getByLabel("集群名称").getAttribute("readonly")).toBe("");
    await expect.poll(() => expert.getByLabel("销售收入 2018年", { exact: true }).getAttribute("readonly")).toBe("");
    expect(await expert.getByRole("radio", { name: "制造业" }).isDisabled()).toBe(true);
    expect(await expert.getByRole("button", { name: "添加一行" }).count()).toBe(0);
    expect(await expert.getByLabel("意见", { exact: true }).isEditable()).toBe(true);
    await expert.getByLabel("意见", { exact: true }).fill("同意推荐。");
    await expert.close();

    const viewer = await open({ role: "viewer" }, "/viewer.html");
    const editable = await viewer.locator("cluster-form").evaluate((el) =>
      [...(el.shadowRoot?.querySelectorAll("input, textarea, select") ?? [])].filter((c) => !(c as HTMLInputElement).readOnly && !(c as HTMLInputElement).disabled).length,
    );
    expect(editable).toBe(0);
    await viewer.close();
  });

  it("edit() is the user's own change, within what the role fills; canEdit() says what that is", async () => {
    const page = await open({ role: "applicant" }, "/edit.html");
    const outcome = await page.locator("cluster-form").evaluate(async (el) => {
      const form = el as HTMLElement & { value: { data: Record<string, unknown>; scores: Record<string, unknown> }; edit(pointer: string, value: unknown): boolean; canEdit(pointer: string): boolean };
      form.value = { data: { review: { expert: { opinion: "专家原有意见" } } }, scores: { "s.plan": { expert: 6 } } };
      const changes: string[] = [];
      form.addEventListener("cf-change", (event) => changes.push((event as Event & { pointer: string }).pointer));
      const rights = ["", "/data/cover/name", "/data/review/expert/opinion", "/scores/s.plan/self", "/scores/s.plan/expert"].map((p) => form.canEdit(p));
      const edits = [
        form.edit("/data/cover/name", "襄阳汽车集群"),
        form.edit("/data/review/expert/opinion", "申报单位写的意见"),
        // Above the areas: the expert's score column and the review part inside stay as they are.
        form.edit("/scores/s.plan", { self: 8, expert: 10 }),
        form.edit("/data", { cover: { name: "整体替换" }, review: { expert: { opinion: "申报单位写的意见" } } }),
      ];
      await new Promise((resolve) => requestAnimationFrame(resolve));
      return { rights, edits, changes, value: JSON.parse(JSON.stringify(form.value)) as { data: unknown; scores: unknown } };
    });
    expect(outcome.rights).toEqual([true, true, false, true, false]);
    expect(outcome.edits).toEqual([true, false, true, true]);
    expect(outcome.changes).toEqual(["/data/cover/name", "/scores/s.plan", "/data"]);
    expect(outcome.value.data).toEqual({ cover: { name: "整体替换" }, review: { expert: { opinion: "专家原有意见" } } });
    expect(outcome.value.scores).toEqual({ "s.plan": { self: 8, expert: 6 } });
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("整体替换");
    await page.close();
  });

  it("sets and gets .value and fires typed events", async () => {
    const page = await open({ role: "expert" });
    const events = await page.locator("cluster-form").evaluate(async (el) => {
      const form = el as HTMLElement & { value: unknown; result?: { total: Record<string, { value: number | null }> } };
      const seen: string[] = [];
      for (const type of ["cf-change", "cf-score-change", "cf-validity"]) form.addEventListener(type, (e) => seen.push(e.type));
      form.value = {
        data: { figures: { indicators: { sales: { y2018: 100, y2019: 106 } } }, scoring: { hasPlan: true }, enterprises: { list: [{ name: "甲", sales: 1 }] } },
        scores: { "s.plan": { self: 9, expert: 7 } },
        extra: { kept: true },
      };
      await new Promise((r) => setTimeout(r, 50));
      return { seen, total: form.result?.total, value: form.value };
    });
    expect(events.total?.expert?.value).toBe(3 + 1 + 7);
    expect(events.value).toMatchObject({ form: { id: "renderer-fixture", version: "1.0.0" }, extra: { kept: true } });
    expect(events.seen).toContain("cf-score-change");
    await page.getByLabel("发展规划 专家").fill("5");
    await expect.poll(() => total(page, "expert").innerText()).toBe("9");
    await page.close();
  });

  it("draws a part again whenever what it shows changes: scores from another part, the role in effect, the widget registry", async () => {
    const page = await open({ "form-role": "applicant" }, "/redraw.html");
    // The summary holds no data and has no findings: only what its widget reads of the result moves it.
    const subtotal = page.locator("cluster-form output[aria-label='自评得分 表4']");
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("112");
    await expect.poll(() => subtotal.innerText()).toBe("5");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("106");
    await expect.poll(() => subtotal.innerText()).toBe("3");

    // Another role: the same parts, drawn with the expert's rights.
    const sales = page.getByLabel("销售收入 2018年", { exact: true });
    expect(await sales.getAttribute("readonly")).toBeNull();
    await page.locator("cluster-form").evaluate((el) => el.setAttribute("form-role", "expert"));
    await expect.poll(() => sales.getAttribute("readonly")).toBe("");
    expect(await page.getByLabel("意见", { exact: true }).isEditable()).toBe(true);

    // A registry where another widget outranks the summary's: the summary part is drawn by it.
    await page.locator("cluster-form").evaluate((el) => {
      type Block = { widget?: string };
      const form = el as HTMLElement & { widgets: readonly { name: string; tester(block: Block): number }[] };
      const unknown = form.widgets.find((widget) => widget.name === "unknown");
      form.widgets = [...form.widgets, { ...unknown, name: "no-summary", tester: (block: Block) => (block.widget === "scoreSummary" ? 100 : -1) }] as typeof form.widgets;
    });
    await expect.poll(() => page.locator("cluster-form #part-summary .unsupported").count()).toBe(1);
    expect(await page.locator("cluster-form #part-summary .score-summary").count()).toBe(0);
    await page.close();
  });

  it("shows an English UI with lang=en", async () => {
    const page = await open({ role: "applicant", lang: "en" });
    expect(await page.getByRole("button", { name: "Check" }).isVisible()).toBe(true);
    expect(await page.getByRole("button", { name: "Print" }).isVisible()).toBe(true);
    await page.close();
  });
});
