/**
 * A repeating table of 200 rows: only the rows near the viewport are drawn (src/controllers/row-windows.controller.ts),
 * yet every row can be reached by scrolling, by the keyboard and by a link, is announced as one of
 * 200, stays drawn while it has focus, and is printed.
 */
import type { Browser, Locator, Page } from "playwright-core";
import { extractText, getDocumentProxy } from "unpdf";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLE, ensureBuilt, FIXTURE, launchChromium, openFormPage, pdfTextContains, screenshotPath, testPage } from "./harness.js";
import { startServer, type StaticServer } from "./server.js";

let browser: Browser;
let server: StaticServer;

const ROWS = 200;
const value = {
  data: {
    enterprises: { list: Array.from({ length: ROWS }, (_, i) => ({ name: `企业${i + 1}`, sales: 1000 + i, listed: i % 2 === 0 })) },
  },
};

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(attributes: Record<string, string> = {}): Promise<{ page: Page; errors: string[] }> {
  const path = `/long-${Object.values(attributes).join("-") || "default"}.html`;
  server.route(path, { body: testPage({ src: FIXTURE, "form-role": "applicant", autosave: "off", ...attributes }) });
  const opened = await openFormPage(browser, server.origin + path, 10_000);
  await opened.page.locator("cluster-form").evaluate((el, v) => {
    (el as unknown as { value: unknown }).value = v;
  }, value);
  await expect.poll(() => drawnRows(opened.page).count()).toBeGreaterThan(0);
  return opened;
}

const table = (page: Page): Locator => page.locator("cluster-form .repeat table", { hasText: "企业名称" });
const drawnRows = (page: Page): Locator => table(page).locator("tbody > tr[data-row]");
const nameInput = (page: Page, row: number): Locator => page.getByLabel(`企业名称 第 ${row} 行`, { exact: true });
/** The 1-based row of the focused input, from its accessible name ("… 第 N 行"). */
const focusedRow = (page: Page): Promise<number | undefined> =>
  page.locator("cluster-form").evaluate((el) => {
    const label = el.shadowRoot?.activeElement?.getAttribute("aria-label") ?? "";
    const found = /第 (\d+) 行/.exec(label);
    return found ? Number(found[1]) : undefined;
  });
const listed = (page: Page): Promise<{ name: string; sales: number }[]> =>
  page.locator("cluster-form").evaluate((el) => (el as unknown as { value: { data: { enterprises: { list: { name: string; sales: number }[] } } } }).value.data.enterprises.list);

describe("a repeating table of 200 rows", () => {
  it("draws the rows in view, says there are 200, and keeps the page as tall as all of them", async () => {
    const { page, errors } = await open();
    await nameInput(page, 1).scrollIntoViewIfNeeded();
    await expect.poll(() => drawnRows(page).count()).toBeLessThan(50);
    expect(await table(page).getAttribute("aria-rowcount")).toBe(String(ROWS + 1));
    expect(await drawnRows(page).first().getAttribute("aria-rowindex")).toBe("2");
    // The gaps stand in for the rows not drawn: the table is about as tall as 200 drawn rows.
    const rowHeight = await drawnRows(page).first().evaluate((row) => row.getBoundingClientRect().height);
    const bodyHeight = await table(page).locator("tbody").evaluate((body) => body.getBoundingClientRect().height);
    expect(bodyHeight / (rowHeight * ROWS)).toBeGreaterThan(0.8);
    expect(bodyHeight / (rowHeight * ROWS)).toBeLessThan(1.2);
    await page.screenshot({ path: screenshotPath("long-table-top") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws the rows scrolled to, down to the last one, which can be filled", async () => {
    const { page, errors } = await open();
    await page.locator("cluster-form").getByRole("button", { name: /添加一行/ }).scrollIntoViewIfNeeded();
    await expect.poll(() => nameInput(page, ROWS).count()).toBe(1);
    expect(await nameInput(page, 1).count()).toBe(0);
    await nameInput(page, ROWS).fill("最后一家企业");
    await expect.poll(async () => (await listed(page))[ROWS - 1]?.name).toBe("最后一家企业");
    await page.screenshot({ path: screenshotPath("long-table-end") });
    // A row added at the end is drawn and takes the focus.
    await page.locator("cluster-form").getByRole("button", { name: /添加一行/ }).click();
    await expect.poll(() => focusedRow(page)).toBe(ROWS + 1);
    await page.keyboard.type("新增企业");
    await expect.poll(async () => (await listed(page))[ROWS]?.name).toBe("新增企业");
    // Scrolling through the middle draws the middle.
    await table(page).evaluate((el) => {
      const body = el.querySelector("tbody") as HTMLElement;
      window.scrollTo(0, window.scrollY + body.getBoundingClientRect().top + body.getBoundingClientRect().height / 2);
    });
    await expect.poll(() => nameInput(page, ROWS / 2).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("follows scrolling inside the shadow root of an application shell that holds the element", async () => {
    // An app shell (a custom element) whose shadow root scrolls; its scroll events never leave it.
    server.route("/long-shell.html", {
      body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><script type="module" src="${BUNDLE}"></script></head><body>
<app-shell></app-shell>
<script>
  customElements.define("app-shell", class extends HTMLElement {
    connectedCallback() {
      const root = this.attachShadow({ mode: "open" });
      root.innerHTML = '<div id="pane" style="height: 600px; overflow: auto"><cluster-form src="${FIXTURE}" form-role="applicant" autosave="off"></cluster-form></div>';
    }
  });
</script></body></html>`,
    });
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(`${server.origin}/long-shell.html`);
    const form = page.locator("app-shell cluster-form");
    await expect.poll(() => form.evaluate((el) => Boolean(el.shadowRoot?.querySelector("section.part")))).toBe(true);
    await form.evaluate((el, v) => {
      (el as unknown as { value: unknown }).value = v;
    }, value);
    await expect.poll(() => table(page).getAttribute("aria-rowcount")).toBe(String(ROWS + 1));
    expect(await nameInput(page, ROWS).count()).toBe(0);
    // Scrolling the pane (not the page) to the end of the table draws its last row.
    await form.getByRole("button", { name: /添加一行/ }).scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await expect.poll(() => nameInput(page, ROWS).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the rows in view in place when rows of another height come into view, without the browser's scroll anchoring", async () => {
    const { page, errors } = await open();
    // As in a browser without scroll anchoring (Safari): the element alone keeps the view in place.
    await page.addStyleTag({ content: "html { overflow-anchor: none; }" });
    // Rows 101–200 carry an error message under their sales: taller than rows 1–100.
    await page.locator("cluster-form").evaluate((el, v) => {
      (el as unknown as { value: unknown }).value = v;
    }, { data: { enterprises: { list: value.data.enterprises.list.map((row, i) => (i < 100 ? row : { ...row, sales: -1 })) } } });
    await expect.poll(() => table(page).locator(".msg.error").count()).toBe(0);
    const firstInView = () =>
      table(page).evaluate((el) => {
        const row = [...el.querySelectorAll<HTMLElement>("tbody > tr[data-row]")].find((r) => r.getBoundingClientRect().bottom > 60);
        return row ? { row: Number(row.dataset.row), top: Math.round(row.getBoundingClientRect().top) } : undefined;
      });
    // Scroll to where row 150 would be by the height of rows 1–100.
    await table(page).evaluate((el) => {
      const body = el.querySelector("tbody") as HTMLElement;
      const row = body.querySelector("tr[data-row]") as HTMLElement;
      window.scrollBy(0, body.getBoundingClientRect().top + 150 * row.offsetHeight);
    });
    await expect.poll(async () => (await table(page).locator(".msg.error").count()) > 0).toBe(true);
    await page.waitForTimeout(200);
    await page.waitForTimeout(200);
    const drawn = await firstInView();
    expect(drawn?.row).toBeGreaterThanOrEqual(145);
    expect(drawn?.row).toBeLessThanOrEqual(150);
    // Scrolling on measures the taller rows: every gap above grows, and what is in view moves only by the scroll.
    const topOf = (row: number) => table(page).locator(`tbody > tr[data-row="${row}"]`).evaluate((tr) => Math.round(tr.getBoundingClientRect().top));
    const row = drawn?.row ?? 0;
    const before = await topOf(row);
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 30);
    await expect.poll(() => topOf(row)).toBeLessThan(before);
    await page.waitForTimeout(300);
    expect(Math.abs((await topOf(row)) - (before - 30))).toBeLessThan(5);
    const gapAbove = await table(page).locator("tbody > tr.rows-gap").first().evaluate((gap) => gap.getBoundingClientRect().height);
    expect(gapAbove / 145).toBeGreaterThan(45);
    await page.screenshot({ path: screenshotPath("long-table-taller-rows") });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("moves through the rows with Tab and Shift+Tab, never leaving the table for an undrawn row", async () => {
    const { page, errors } = await open();
    await nameInput(page, 1).focus();
    // Each row: name, sales, two radios (one tab stop), three row buttons (↑ is disabled in row 1).
    for (let presses = 0; presses < 60; presses++) await page.keyboard.press("Tab");
    const reached = await focusedRow(page);
    expect(reached).toBeGreaterThan(10);
    for (let presses = 0; presses < 30; presses++) await page.keyboard.press("Shift+Tab");
    const back = await focusedRow(page);
    expect(back).toBeGreaterThan(1);
    expect(back).toBeLessThan(reached ?? 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps the focused row drawn when the page scrolls away from it, and typing there is kept", async () => {
    const { page, errors } = await open();
    const pointer = "/data/enterprises/list/149/sales";
    expect(await page.locator("cluster-form").evaluate((el, p) => (el as unknown as { focusField(p: string): boolean }).focusField(p), pointer)).toBe(true);
    expect(await page.locator("cluster-form").evaluate((el) => el.shadowRoot?.activeElement?.getAttribute("aria-label"))).toBe("销售收入 第 150 行");
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(100);
    await page.keyboard.press("End");
    await page.keyboard.type("7");
    await expect.poll(async () => (await listed(page))[149]?.sales).toBe(11497);
    expect(await focusedRow(page)).toBe(150);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("takes a link of the blank-field list to a field in a row not drawn", async () => {
    const { page, errors } = await open();
    await page.locator("cluster-form").evaluate((el, v) => {
      (el as unknown as { value: unknown }).value = v;
    }, { data: { enterprises: { list: value.data.enterprises.list.map((row, i) => (i === 149 ? { sales: row.sales } : row)) } } });
    expect(await nameInput(page, 150).count()).toBe(0);
    await page.locator("cluster-form details.blanks summary").click();
    await page.locator("cluster-form details.blanks a", { hasText: "150" }).click();
    await expect.poll(() => focusedRow(page)).toBe(150);
    expect(await page.locator("cluster-form").evaluate((el) => el.shadowRoot?.activeElement?.getAttribute("aria-label"))).toBe("企业名称 第 150 行");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("removes and moves rows from the window", async () => {
    const { page, errors } = await open();
    await page.locator("cluster-form").evaluate((el) => (el as unknown as { focusField(p: string): boolean }).focusField("/data/enterprises/list/120/name"));
    await page.locator("cluster-form").getByRole("button", { name: "删除第 121 行" }).click();
    await expect.poll(async () => (await listed(page)).length).toBe(ROWS - 1);
    expect((await listed(page))[120]?.name).toBe("企业122");
    await page.locator("cluster-form").getByRole("button", { name: "第 121 行上移" }).click();
    await expect.poll(async () => (await listed(page))[119]?.name).toBe("企业122");
    expect(await table(page).getAttribute("aria-rowcount")).toBe(String(ROWS));
    expect(errors).toEqual([]);
    await page.close();
  });

  it("draws every row for printing, and with window-rows=\"0\"", async () => {
    const { page } = await open();
    // Printing to PDF (the browser's beforeprint) draws all 200 rows, on screen only a window.
    const pdf = await page.pdf({ format: "A4", preferCSSPageSize: true });
    const text = (await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })).text.normalize("NFKC");
    for (const row of [1, 100, 150, ROWS]) expect(pdfTextContains(text, `企业${row}`), `企业${row}`).toBe(true);
    await expect.poll(() => drawnRows(page).count()).toBeLessThan(50);
    // Print media (emulated here, or a print preview) draws them too.
    await page.emulateMedia({ media: "print" });
    await expect.poll(() => drawnRows(page).count()).toBe(ROWS);
    await page.emulateMedia({ media: "screen" });
    await expect.poll(() => drawnRows(page).count()).toBeLessThan(50);
    await page.close();

    const all = await open({ "window-rows": "0" });
    await expect.poll(() => drawnRows(all.page).count()).toBe(ROWS);
    await all.page.close();
  });
});
