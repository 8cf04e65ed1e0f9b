/**
 * A saved draft the element cannot read is never destroyed unread: it is moved aside under a
 * backup key, reported by a notice and a `cf-draft` event, and offered for download; only then
 * does typing save a new draft. (Beside autosave.test.ts, which covers readable drafts.)
 */
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, FIXTURE, formReady, launchChromium, screenshotPath, testPage } from "./harness.js";
import { startServer, type StaticServer } from "./server.js";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.route("/draft-set-aside.html", { body: testPage({ src: FIXTURE, role: "applicant" }) });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const draftKey = "cluster-form:draft:renderer-fixture@1.0.0";
const BACKUP_PREFIX = "cluster-form:unreadable-draft:renderer-fixture@1.0.0@";

/** Real work: a submission of ~14,000 characters. */
const submission = {
  form: { id: "renderer-fixture", version: "1.0.0" },
  data: { cover: { name: "武汉光谷光电子信息产业集群" }, report: { text: "集群发展情况。".repeat(2000) } },
};

/** Plants `text` under the draft key once, before the element loads, and records every `cf-draft` event. */
async function contextWithDraft(text: string, failBackup = false): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: "zh-CN", acceptDownloads: true });
  await context.addInitScript(
    ([key, text, failBackup]) => {
      if (!sessionStorage.getItem("planted")) {
        localStorage.setItem(key, text);
        sessionStorage.setItem("planted", "1");
      }
      if (failBackup) {
        const setItem = Storage.prototype.setItem;
        Storage.prototype.setItem = function (name: string, value: string) {
          if (name.startsWith("cluster-form:")) throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
          setItem.call(this, name, value);
        };
      }
      const events: unknown[] = [];
      (window as unknown as { __drafts: unknown[] }).__drafts = events;
      document.addEventListener("cf-draft", (event) => {
        const { action, error, backupKey } = event as Event & { action: string; error?: string; backupKey?: string };
        events.push({ action, error, backupKey });
      });
    },
    [draftKey, text, failBackup] as const,
  );
  return context;
}

async function open(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  await page.goto(`${server.origin}/draft-set-aside.html`);
  await formReady(page);
  return page;
}

const draftEvents = (page: Page) => page.evaluate(() => (window as unknown as { __drafts: { action: string; error?: string; backupKey?: string }[] }).__drafts);
const stored = (page: Page) => page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((k) => [k, localStorage.getItem(k)!])));

describe("an unreadable draft", () => {
  const notJson = JSON.stringify({ formId: "renderer-fixture", version: "1.0.0", savedAt: "2021-03-01T08:00:00.000Z", submission }).slice(0, -3);
  const { savedAt: _dropped, ...withoutSavedAt } = { formId: "renderer-fixture", version: "1.0.0", savedAt: "", submission };
  it.each([
    ["not valid JSON", notJson, "txt"],
    ["without savedAt", JSON.stringify(withoutSavedAt), "json"],
  ])("%s is moved aside, reported, offered for download, and kept when the user types", async (name, text, extension) => {
    expect(text.length).toBeGreaterThan(13_900);
    const context = await contextWithDraft(text);
    const page = await open(context);

    const notice = page.locator("cluster-form .notice", { hasText: "草稿无法读取" });
    expect(await notice.isVisible()).toBe(true);
    const events = await draftEvents(page);
    expect(events).toEqual([{ action: "setAside", backupKey: expect.stringMatching(new RegExp(`^${BACKUP_PREFIX}\\d{4}-\\d\\d-\\d\\dT`)) }]);
    const backupKey = events[0]!.backupKey!;
    expect(await notice.innerText()).toContain(backupKey);
    expect(await stored(page)).toEqual({ [backupKey]: text });
    if (name === "not valid JSON") await page.screenshot({ path: screenshotPath("draft-set-aside") });

    const [download] = await Promise.all([page.waitForEvent("download"), notice.getByRole("button", { name: "下载草稿备份" }).click()]);
    expect(download.suggestedFilename()).toBe(`renderer-fixture@1.0.0-draft-backup.${extension}`);
    expect(await readFile((await download.path())!, "utf8")).toBe(text);

    await page.getByLabel("集群名称").fill("新输入");
    await expect.poll(async () => JSON.parse((await stored(page))[draftKey] ?? "null")?.submission?.data?.cover?.name).toBe("新输入");
    expect((await stored(page))[backupKey]).toBe(text);
    expect((await draftEvents(page)).map((e) => e.action)).toEqual(["setAside", "saved"]);
    // A reload restores the new draft; the backup stays, and is not offered again as a draft.
    await page.reload();
    await formReady(page);
    await expect.poll(() => page.getByLabel("集群名称").inputValue()).toBe("新输入");
    expect((await stored(page))[backupKey]).toBe(text);
    expect(await page.locator("cluster-form .notice", { hasText: "草稿无法读取" }).count()).toBe(0);
    await context.close();
  });

  it("that cannot be moved aside (storage full) pauses autosave: typing never saves over it", async () => {
    const context = await contextWithDraft(notJson, true);
    const page = await open(context);
    const alert = page.locator("cluster-form .notice.error", { hasText: "也无法另存为备份" });
    expect(await alert.isVisible()).toBe(true);
    expect(await draftEvents(page)).toEqual([{ action: "setAside", error: expect.stringContaining("QuotaExceededError") }]);
    const [download] = await Promise.all([page.waitForEvent("download"), alert.getByRole("button", { name: "下载草稿备份" }).click()]);
    expect(await readFile((await download.path())!, "utf8")).toBe(notJson);
    await page.getByLabel("集群名称").fill("新输入");
    await expect.poll(async () => (await draftEvents(page)).map((e) => e.action)).toEqual(["setAside", "failed"]);
    expect(await stored(page)).toEqual({ [draftKey]: notJson });
    await context.close();
  });
});
