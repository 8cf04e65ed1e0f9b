#!/usr/bin/env node
// Takes the README's screenshot (docs/screenshot.png): the demo with the sample submission loaded,
// in Debian's Chromium. Run after `pnpm build`: node examples/demo/screenshot.mjs [part id]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const part = process.argv[2] ?? "table5";
const server = spawn(process.execPath, [fileURLToPath(new URL("serve.mjs", import.meta.url))], {
  env: { ...process.env, PORT: "0" },
  stdio: ["ignore", "pipe", "inherit"],
});
const url = await new Promise((resolve, reject) => {
  server.stdout.on("data", (chunk) => {
    const match = /on (http:\/\/\S+\/)/.exec(String(chunk));
    if (match) resolve(match[1].replace("//localhost:", "//127.0.0.1:"));
  });
  server.on("exit", (code) => reject(new Error(`serve.mjs exited with ${code}`)));
});

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: "zh-CN" });
  await page.goto(url);
  await page.getByRole("button", { name: /Load sample/ }).click();
  await page.waitForFunction(() => /\d/.test(document.querySelector("#score")?.textContent ?? ""));
  // The chosen part's criteria table (scores and their explanations), under the element's sticky status bar.
  await page.evaluate((id) => {
    const section = document.querySelector("cluster-form")?.shadowRoot?.getElementById(`part-${id}`);
    const table = section?.querySelector('[part~="criteria"]') ?? section;
    // Open the first score's explanation: the inputs and the branch that fired.
    const explanation = table?.querySelector('details[part~="explanation"], [part~="explanation"] details, details');
    if (explanation) explanation.open = true;
    table?.scrollIntoView({ block: "start" });
  }, part);
  await page.evaluate(() => window.scrollBy(0, -120));
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${root}docs/screenshot.png` });
  console.log(`wrote docs/screenshot.png (${part})`);
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
