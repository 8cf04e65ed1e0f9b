/** Never lose what a user typed: autosave, restore after a reload, drafts of other versions, storage failures. */
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURE, formReady, launchChromium, screenshotPath, testPage } from "./harness.js";
import { startServer, type StaticServer } from "./server.js";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.route("/autosave.html", { body: testPage({ src: FIXTURE, role: "applicant" }) });
  server.route("/autosave-off.html", { body: testPage({ src: FIXTURE, role: "applicant", autosave: "off" }) });
  for (const record of ["甲", "乙"]) {
    server.route(`/record-${record}.html`, { body: testPage({ src: FIXTURE, role: "applicant", "draft-key": `cluster/${record}` }) });
  }
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openIn(context: BrowserContext, path = "/autosave.html"): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(server.origin + path);
  await formReady(page);
  return page;
}

const draftKey = "cluster-form:draft:renderer-fixture@1.0.0";

/** The cluster name in the stored draft. */
const storedName = (page: Page): Promise<unknown> => page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? "{}").submission?.data?.cover?.name, draftKey);

describe("autosave", () => {
  it("restores the draft after a reload with a visible notice, and discards it on request", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context);
    await page.getByLabel("集群名称").fill("武汉光谷集群");
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.reload();
    await formReady(page);
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("武汉光谷集群");
    await expect.poll(() => page.getByLabel("销售收入 2018年", { exact: true }).inputValue()).toBe("100");
    const notice = page.locator("cluster-form .notice", { hasText: "已恢复" });
    expect(await notice.isVisible()).toBe(true);
    await page.screenshot({ path: screenshotPath("autosave-restored") });

    await notice.getByRole("button", { name: "放弃草稿" }).click();
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("");
    expect(await page.evaluate((key) => localStorage.getItem(key), draftKey)).toBeNull();
    await context.close();
  });

  it("keeps every character typed a moment before a reload", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context);
    await page.getByLabel("集群名称").click();
    await page.keyboard.type("襄阳汽车集群2020", { delay: 5 });
    // The page reloads right after the last keystroke, before the delayed save is due.
    await page.reload();
    await formReady(page);
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("襄阳汽车集群2020");
    await context.close();
  });

  it("keeps every character typed a moment before the tab was closed", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context);
    await page.getByLabel("集群名称").click();
    await page.keyboard.type("襄阳汽车", { delay: 5 });
    await page.close({ runBeforeUnload: true });
    const again = await openIn(context);
    await expect.poll(() => again.getByLabel("集群名称").inputValue()).toBe("襄阳汽车");
    await context.close();
  });

  it("writes what waits at once when the page is frozen, the element removed, the form checked, or the page asks", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context);
    const field = page.getByLabel("集群名称");
    // Each step types, then reads the storage in the same task as what should write it: no delayed save can come between.
    const typeThen = async (text: string, write: string): Promise<unknown> => {
      await field.click();
      await field.press("Control+A");
      await page.keyboard.type(text, { delay: 5 });
      return page.evaluate(
        ([write, key]) => {
          const form = document.querySelector("cluster-form") as HTMLElement & { saveDraft(): void; validate(): unknown };
          if (write === "saveDraft") form.saveDraft();
          else if (write === "validate") form.validate();
          else if (write === "freeze") document.dispatchEvent(new Event("freeze"));
          return JSON.parse(localStorage.getItem(key) ?? "{}").submission?.data?.cover?.name;
        },
        [write, draftKey] as const,
      );
    };
    expect(await typeThen("黄石", "saveDraft")).toBe("黄石");
    expect(await typeThen("荆州", "validate")).toBe("荆州");
    expect(await typeThen("宜昌", "freeze")).toBe("宜昌");
    // Nothing writes it: it is still saved, by the delayed save.
    await typeThen("孝感", "none");
    await expect.poll(() => storedName(page), { timeout: 5_000 }).toBe("孝感");

    await typeThen("咸宁", "none");
    const afterRemoval = await page.evaluate((key) => {
      document.querySelector("cluster-form")?.remove();
      return JSON.parse(localStorage.getItem(key) ?? "{}").submission?.data?.cover?.name;
    }, draftKey);
    expect(afterRemoval).toBe("咸宁");
    await context.close();
  });

  it("writes what waits at once when the page is hidden", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context);
    await page.getByLabel("集群名称").click();
    await page.keyboard.type("随州", { delay: 5 });
    const saved = await page.evaluate((key) => {
      Object.defineProperty(document, "visibilityState", { configurable: true, get: () => "hidden" });
      document.dispatchEvent(new Event("visibilitychange"));
      return JSON.parse(localStorage.getItem(key) ?? "{}").submission?.data?.cover?.name;
    }, draftKey);
    expect(saved).toBe("随州");
    await context.close();
  });

  it("draws the element once per keystroke, saves soon after, and shows when it saved", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context);
    const field = page.getByLabel("集群名称");
    await field.click();
    // Counts the element's updates (Lit's `update`, which renders) from here on.
    await page.locator("cluster-form").evaluate((el) => {
      const host = el as unknown as { update: (changed: unknown) => void; __updates: number };
      const update = host.update.bind(host);
      host.__updates = 0;
      host.update = (changed) => {
        host.__updates++;
        update(changed);
      };
    });
    const updatesAfterKey = async (key: string): Promise<number> => {
      await page.locator("cluster-form").evaluate((el) => ((el as unknown as { __updates: number }).__updates = 0));
      await page.keyboard.press(key);
      // Two frames: the evaluation's frame, and one more for anything drawn late.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      return page.locator("cluster-form").evaluate((el) => (el as unknown as { __updates: number }).__updates);
    };
    expect(await updatesAfterKey("a")).toBe(1);
    // The delayed save, drawn by an update of its own, out of the way of the next key's count.
    await expect.poll(() => storedName(page), { timeout: 5_000 }).toBe("a");
    expect(await updatesAfterKey("b")).toBe(1);
    await expect.poll(() => storedName(page), { timeout: 5_000 }).toBe("ab");
    await expect.poll(() => page.locator("cluster-form .status .meta").innerText()).toMatch(/^草稿已于 .+ 自动保存$/);
    await context.close();
  });

  it("keeps one draft per submission named by draft-key: one browser working on two never shows one's draft in the other", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    // The page gives each submission from its own store, before the form has loaded.
    await context.addInitScript(() => {
      const record = /record-(.+)\.html/.exec(decodeURIComponent(location.pathname))?.[1];
      document.addEventListener("DOMContentLoaded", () => {
        const el = document.querySelector("cluster-form") as (HTMLElement & { value?: unknown }) | null;
        if (el && record) el.value = { data: { cover: { name: `${record}集群` } } };
      });
    });
    const first = await openIn(context, `/record-${encodeURIComponent("甲")}.html`);
    await expect.poll(() => first.getByLabel("集群名称").inputValue()).toBe("甲集群");
    await first.getByLabel("集群名称").fill("甲集群（已核）");
    await expect.poll(() => first.evaluate(() => Object.keys(localStorage)), { timeout: 5_000 }).toEqual([`${draftKey}#${encodeURIComponent("cluster/甲")}`]);
    await first.close();

    const second = await openIn(context, `/record-${encodeURIComponent("乙")}.html`);
    await expect.poll(() => second.getByLabel("集群名称").inputValue()).toBe("乙集群");
    expect(await second.locator("cluster-form .notice", { hasText: "已恢复" }).count()).toBe(0);

    // The same element switched to the first submission (value and draft-key set together, as a
    // framework does): the first submission's draft comes back over what the page gave.
    await second.locator("cluster-form").evaluate((el) => {
      const form = el as HTMLElement & { value: unknown; draftKey: string };
      form.value = { data: { cover: { name: "甲集群" } } };
      form.draftKey = "cluster/甲";
    });
    await expect.poll(() => second.getByLabel("集群名称").inputValue()).toBe("甲集群（已核）");
    const notice = second.locator("cluster-form .notice", { hasText: "已恢复" });
    expect(await notice.isVisible()).toBe(true);

    // Switched again while that draft is shown untouched, the value set before the key this time:
    // the other submission shows, never the draft of the first under the second's key.
    const switchTo = (record: string, order: "valueFirst" | "keyFirst") =>
      second.locator("cluster-form").evaluate(
        (el, [record, order]) => {
          const form = el as HTMLElement & { value: unknown; draftKey: string };
          const value = { data: { cover: { name: `${record}集群` } } };
          if (order === "keyFirst") form.draftKey = `cluster/${record}`;
          form.value = value;
          form.draftKey = `cluster/${record}`;
        },
        [record, order] as const,
      );
    await switchTo("乙", "valueFirst");
    await expect.poll(() => second.getByLabel("集群名称").inputValue()).toBe("乙集群");
    expect(await notice.count()).toBe(0);
    await switchTo("甲", "keyFirst");
    await expect.poll(() => second.getByLabel("集群名称").inputValue()).toBe("甲集群（已核）");
    expect(await notice.isVisible()).toBe(true);
    // Discarding it shows what the page gave for that submission.
    await notice.getByRole("button", { name: "放弃草稿" }).click();
    await expect.poll(() => second.getByLabel("集群名称").inputValue()).toBe("甲集群");
    expect(await second.evaluate(() => Object.keys(localStorage))).toEqual([]);
    await context.close();
  });

  it("keeps a restored draft over a value the page sets later (data fetched after the form loaded), until the user changes something", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context);
    await page.getByLabel("集群名称").fill("武汉光谷集群");
    await page.reload();
    await formReady(page);
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("武汉光谷集群");

    // The page's own copy arrives in a later task, as from a fetch, and is set twice (as a framework
    // drawing again would): the draft stays shown, and the page hears once it was restored over that value.
    const actions = await page.locator("cluster-form").evaluate(async (el) => {
      const form = el as HTMLElement & { value: unknown; updateComplete: Promise<boolean> };
      const seen: string[] = [];
      form.addEventListener("cf-draft", (event) => seen.push((event as Event & { action: string }).action));
      await new Promise((resolve) => setTimeout(resolve, 50));
      const fetched = { data: { cover: { name: "服务器上的名称" } } };
      form.value = fetched;
      await form.updateComplete;
      form.value = fetched;
      await form.updateComplete;
      return seen;
    });
    expect(actions).toEqual(["restored"]);
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("武汉光谷集群");
    const notice = page.locator("cluster-form .notice", { hasText: "已恢复" });
    expect(await notice.isVisible()).toBe(true);

    // The next change saves what the user typed, not the page's value under it.
    await page.getByLabel("集群名称").press("End");
    await page.keyboard.type("（二）");
    await expect.poll(() => storedName(page), { timeout: 5_000 }).toBe("武汉光谷集群（二）");

    // Once the user has changed something, a value the page sets replaces what is shown (the page
    // asked for it); "discard" shows the value the draft went over.
    await notice.getByRole("button", { name: "放弃草稿" }).click();
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("服务器上的名称");
    await page.getByLabel("集群名称").fill("再次输入");
    await page.locator("cluster-form").evaluate((el) => {
      (el as HTMLElement & { value: unknown }).value = { data: { cover: { name: "页面替换" } } };
    });
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("页面替换");
    await context.close();
  });

  it("offers a draft of another form version instead of throwing it away", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    await context.addInitScript(() => {
      const old = { formId: "renderer-fixture", version: "0.9.0", savedAt: "2020-04-01T08:00:00.000Z", submission: { form: { id: "renderer-fixture", version: "0.9.0" }, data: { cover: { name: "旧版草稿" } } } };
      if (!sessionStorage.getItem("seeded")) {
        localStorage.setItem("cluster-form:draft:renderer-fixture@0.9.0", JSON.stringify(old));
        sessionStorage.setItem("seeded", "1");
      }
    });
    const page = await openIn(context);
    const notice = page.locator("cluster-form .notice", { hasText: "0.9.0" });
    expect(await notice.isVisible()).toBe(true);
    expect(await page.getByLabel("集群名称").inputValue()).toBe("");
    await notice.getByRole("button", { name: "载入该草稿" }).click();
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("旧版草稿");
    const submission = await page.locator("cluster-form").evaluate((el) => (el as unknown as { value: { form: unknown } }).value.form);
    expect(submission).toEqual({ id: "renderer-fixture", version: "1.0.0" });
    // The old draft is still kept until the user discards it.
    expect(await page.evaluate(() => localStorage.getItem("cluster-form:draft:renderer-fixture@0.9.0"))).not.toBeNull();
    await context.close();
  });

  it("reports storage that is full, keeps the form working, and keeps what was typed", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    await context.addInitScript(() => {
      Storage.prototype.setItem = function setItem() {
        throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
      };
    });
    const page = await openIn(context);
    await page.getByLabel("集群名称").fill("十堰汽车集群");
    const alert = page.locator("cluster-form .notice.error");
    await expect.poll(() => alert.innerText(), { timeout: 5_000 }).toContain("QuotaExceededError");
    expect(await page.getByLabel("集群名称").inputValue()).toBe("十堰汽车集群");
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("110");
    await expect.poll(() => page.locator("cluster-form output[aria-label='销售收入 增长率（%）']").innerText()).toBe("10 %");
    await page.screenshot({ path: screenshotPath("autosave-storage-full") });
    await context.close();
  });

  it("writes nothing with autosave=off", async () => {
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await openIn(context, "/autosave-off.html");
    await page.getByLabel("集群名称").fill("不保存");
    await page.locator("cluster-form").evaluate((el) => (el as HTMLElement & { saveDraft(): void }).saveDraft());
    expect(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("cluster-form:")))).toEqual([]);
    await context.close();
  });
});
