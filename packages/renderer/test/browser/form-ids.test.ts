/**
 * A page that gives `<cluster-form>` a package it made itself (`formPackage`) with an id that is
 * not a name: the element refuses it at the load stage with the loader's finding, as the loader
 * refuses such a form; a sound package given the same way is drawn.
 */
import { loadFormFolder } from "@cluster-form/schema/node";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fixtureDir } from "./fixture-files.js";
import { BUNDLE, ensureBuilt, formReady, launchChromium } from "./harness.js";
import { startServer, type StaticServer } from "./server.js";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  ensureBuilt();
  [browser, server] = await Promise.all([launchChromium(), startServer()]);
  server.route("/form-package.html", {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8">
<script>window.stages = []; document.addEventListener("cf-error", (event) => window.stages.push(event.stage));</script>
<script type="module" src="${BUNDLE}"></script></head><body><cluster-form lang="en" autosave="off"></cluster-form></body></html>`,
  });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page with `pkg` (its JSON, `sources` left empty) set as the element's formPackage. */
async function withPackage(pkg: object): Promise<{ page: Page; stages: string[] }> {
  const page = await browser.newPage();
  await page.goto(`${server.origin}/form-package.html`);
  await page.evaluate(async (json) => {
    await customElements.whenDefined("cluster-form");
    const element = document.querySelector("cluster-form") as HTMLElement & { formPackage?: unknown };
    element.formPackage = { ...(JSON.parse(json) as object), sources: new Map() };
  }, JSON.stringify({ ...pkg, sources: undefined }));
  await formReady(page);
  return { page, stages: await page.evaluate(() => (window as unknown as { stages: string[] }).stages) };
}

describe("<cluster-form> given a formPackage", () => {
  it("with a score column of id __proto__: refused at the load stage with the loader's finding", async () => {
    const sound = await loadFormFolder(fixtureDir);
    const hostile = { ...sound, manifest: { ...sound.manifest, scoreColumns: [...sound.manifest.scoreColumns, { id: "__proto__", label: "x", editableBy: ["expert"] }] } };
    const { page, stages } = await withPackage(hostile);
    expect(stages).toEqual(["load"]);
    const notice = await page.locator("cluster-form .notice.error").innerText();
    expect(notice).toContain("form.json:1:1 /scoreColumns/2/id Does not match the pattern ^[a-z][a-zA-Z0-9]*$");
    expect(await page.locator("cluster-form section.part").count()).toBe(0);
    await page.close();
  });

  it("whose ids are names: drawn", async () => {
    const { page, stages } = await withPackage(await loadFormFolder(fixtureDir));
    expect(stages).toEqual([]);
    expect(await page.locator("cluster-form .notice.error").count()).toBe(0);
    expect(await page.locator("cluster-form section.part").count()).toBeGreaterThan(0);
    await page.close();
  });
});
