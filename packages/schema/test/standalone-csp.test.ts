/** The generated validators run in a real browser under CSP `script-src 'self'`, imported by URL. */
import { existsSync } from "node:fs";
import { createServer } from "node:http";
import type { Server } from "node:http";
import { chromium } from "playwright-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compileStandaloneValidators } from "../src/build.js";
import { loadFormFolder } from "../src/node.js";
import { fixture } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const CSP = "default-src 'none'; script-src 'self'; connect-src 'self'";

const page = `<!doctype html><meta charset="utf-8"><title>pending</title><script type="module" src="/main.js"></script>`;
const main = `
import { draft, final } from "./validators.js";
const submission = { form: { id: "example-cluster-review", version: "1.0.0" },
  data: { cover: { clusterName: 7, contact: { email: "nope" } } } };
const okDraft = draft(submission);
const okFinal = final(submission);
document.title = JSON.stringify({ okDraft, okFinal, paths: final.errors.map((e) => e.instancePath + ":" + e.keyword).sort() });
`;

// In CI the browser is installed by .ci/run, so a missing one must fail there, not skip.
describe.skipIf(!existsSync(CHROMIUM) && process.env["CI"] !== "true")("standalone validators in a browser", () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  const violations: string[] = [];

  beforeAll(async () => {
    const pkg = await loadFormFolder(fixture("minimal-form"));
    const files: Record<string, [string, string]> = {
      "/": ["text/html", page],
      "/main.js": ["text/javascript", main],
      "/validators.js": ["text/javascript", compileStandaloneValidators(pkg)],
    };
    server = createServer((request, response) => {
      const file = files[request.url ?? ""];
      if (!file) return void response.writeHead(404).end();
      response.writeHead(200, { "content-type": `${file[0]}; charset=utf-8`, "content-security-policy": CSP }).end(file[1]);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    if (address === null || typeof address === "string") throw new Error("no port");
    origin = `http://127.0.0.1:${address.port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it("validates without eval", async () => {
    const tab = await browser.newPage();
    tab.on("console", (m) => {
      if (/Content Security Policy|unsafe-eval/i.test(m.text())) violations.push(m.text());
    });
    tab.on("pageerror", (e) => violations.push(e.message));
    await tab.goto(`${origin}/`);
    await tab.waitForFunction(() => document.title !== "pending", undefined, { timeout: 30_000 });
    const result = JSON.parse(await tab.title()) as { okDraft: boolean; okFinal: boolean; paths: string[] };
    expect(violations).toEqual([]);
    expect(result.okDraft).toBe(false);
    expect(result.okFinal).toBe(false);
    expect(result.paths).toEqual(
      expect.arrayContaining(["/data/cover/clusterName:type", "/data/cover/contact/email:format", "/data/cover:required"]),
    );
  });
});
