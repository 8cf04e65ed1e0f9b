#!/usr/bin/env node
// Takes the docs' screenshots of the demo with the sample submission loaded, in Debian's Chromium:
// docs/screenshot.png (the README's, a desktop window at a part's criteria with an explanation open)
// and docs/phone.png (a phone, 390 × 844, in a part's data with the status bar on top).
// Run after `pnpm build`: node examples/demo/screenshot.mjs [desktop part id] [phone part id]
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = fileURLToPath(new URL("../../", import.meta.url));
const shots = [
  { file: "docs/screenshot.png", viewport: { width: 1440, height: 900 }, part: process.argv[2] ?? "table5", at: '[part~="criteria"]', explain: true },
  { file: "docs/phone.png", viewport: { width: 390, height: 844 }, part: process.argv[3] ?? "table1", at: "fieldset, table" },
];
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
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: shot.viewport, locale: "zh-CN" });
    await page.goto(url);
    await page.getByRole("button", { name: /Load sample/ }).click();
    await page.waitForFunction(() => /\d/.test(document.querySelector("#score")?.textContent ?? ""));
    // The chosen part (its criteria table, or its first group of fields), under the element's sticky status bar.
    await page.evaluate(({ part, at, explain }) => {
      const section = document.querySelector("cluster-form")?.shadowRoot?.getElementById(`part-${part}`);
      const target = section?.querySelector(at) ?? section;
      // Open the first score's explanation: the inputs and the branch that fired.
      const explanation = explain ? target?.querySelector('details[part~="explanation"], [part~="explanation"] details, details') : null;
      if (explanation) explanation.open = true;
      target?.scrollIntoView({ block: "start" });
    }, shot);
    await page.evaluate(() => window.scrollBy(0, -120));
    await page.waitForTimeout(300);
    await page.screenshot({ path: `${root}${shot.file}` });
    console.log(`wrote ${shot.file} (${shot.part})`);
    await page.close();
  }
} finally {
  await browser.close();
  server.kill("SIGTERM");
}
