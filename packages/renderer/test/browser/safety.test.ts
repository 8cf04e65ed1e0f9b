/** Safety in Chromium: a page under CSP `script-src 'self'` (no eval) with precompiled validators; labels that look like HTML stay text. */
import { buildValidatorsModule } from "@cluster-form/cli";
import { loadFormFolder } from "@cluster-form/schema/node";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureFiles, fixtureDir } from "./fixture-files.js";
import { BUNDLE, CSP_BUNDLE, ensureBuilt, FIXTURE, formReady, launchChromium, screenshotPath, testPage } from "./harness.js";
import { startServer, type StaticServer } from "./server.js";

let browser: Browser;
let server: StaticServer;
const CSP = { "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'" };

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  const validators = await buildValidatorsModule(await loadFormFolder(fixtureDir));
  server.route("/build/validators.js", { body: validators });
  server.route("/build/form.bundle.json", { body: JSON.stringify(fixtureFiles()) });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(path: string): Promise<{ page: Page; problems: string[] }> {
  const page = await browser.newPage({ locale: "zh-CN", viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
  page.on("dialog", (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on("console", (message) => {
    if (message.type() === "error") problems.push(`console: ${message.text()}`);
  });
  await page.goto(server.origin + path);
  await formReady(page);
  return { page, problems };
}

describe("Content-Security-Policy script-src 'self'", () => {
  it("fills and scores the form with the eval-free bundle, a bundled package and precompiled validators", async () => {
    server.route("/csp.html", { body: testPage({ src: "/build/form.bundle.json", validators: "/build/validators.js", role: "applicant", autosave: "off" }, CSP_BUNDLE), headers: CSP });
    const { page, problems } = await open("/csp.html");
    const failure = page.locator("cluster-form .notice.error");
    if (await failure.count()) throw new Error(await failure.innerText());
    await page.getByLabel("集群名称").fill("宜昌生物医药集群");
    await page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await page.getByLabel("销售收入 2019年", { exact: true }).fill("105");
    await expect.poll(() => page.locator("cluster-form .status [data-column='self'] output").innerText()).toBe("3");
    // Validation runs (precompiled): text in a number field is flagged.
    await page.getByLabel("税收 2018年", { exact: true }).fill("很多");
    await expect.poll(() => page.getByLabel("税收 2018年", { exact: true }).getAttribute("aria-invalid")).toBe("true");
    await page.screenshot({ path: screenshotPath("csp-page") });
    expect(problems).toEqual([]);
    await page.close();
  });

  it("works with the full bundle too, and without validators says why it cannot validate", async () => {
    server.route("/csp-full.html", { body: testPage({ src: FIXTURE, validators: "/build/validators.js", autosave: "off" }, BUNDLE), headers: CSP });
    const full = await open("/csp-full.html");
    await full.page.getByLabel("销售收入 2018年", { exact: true }).fill("100");
    await full.page.getByLabel("销售收入 2019年", { exact: true }).fill("120");
    await expect.poll(() => full.page.locator("cluster-form .status [data-column='self'] output").innerText()).toBe("5");
    expect(full.problems).toEqual([]);
    await full.page.close();

    server.route("/csp-no-validators.html", { body: testPage({ src: FIXTURE, autosave: "off" }, CSP_BUNDLE), headers: CSP });
    const bare = await open("/csp-no-validators.html");
    const error = bare.page.locator("cluster-form .notice.error");
    await expect.poll(() => error.innerText()).toContain("validators");
    await bare.page.close();
  });
});

describe("labels are text, never markup", () => {
  it("shows a label written as an <img onerror> tag as that text, and runs nothing", async () => {
    const evil = "<img src=x onerror=alert(1)>";
    server.route("/xss/form.bundle.json", {
      body: JSON.stringify(
        fixtureFiles((files) => {
          const cover = files["parts/cover.schema.json"] as { properties: { name: { title: string; description?: string } } };
          cover.properties.name.title = evil;
          cover.properties.name.description = `<script>alert(2)</script>`;
          const manifest = files["form.json"] as { title: string };
          manifest.title = `<b onmouseover=alert(3)>${evil}</b>`;
        }),
      ),
    });
    server.route("/xss.html", { body: testPage({ src: "/xss/form.bundle.json", autosave: "off" }) });
    const { page, problems } = await open("/xss.html");
    const input = page.getByLabel(evil, { exact: true });
    await input.fill(`<img src=y onerror=alert(4)>`);
    const label = page.locator("cluster-form label", { hasText: "onerror" }).first();
    expect(await label.innerText()).toBe(evil);
    expect(await page.locator("cluster-form h1").innerText()).toContain(evil);
    const injected = await page.locator("cluster-form").evaluate((el) => el.shadowRoot?.querySelectorAll("img, script, [onerror], [onmouseover]").length ?? -1);
    expect(injected).toBe(0);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath("xss-label") });
    expect(problems).toEqual([]);
    await page.close();
  });
});
