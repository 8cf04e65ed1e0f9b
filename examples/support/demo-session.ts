/** One demo server and one Chromium for a test file: started before its tests, stopped after. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "../../test/support/browser.js";
import { startDemoServer } from "./demo-server.js";
import type { RunningServer } from "./demo-server.js";

export interface DemoSession {
  readonly server: RunningServer;
  readonly browser: Browser;
}

/** Registers the hooks; read `server` and `browser` from the returned object inside tests. `prepare` runs first (a build, a check). */
export function useDemoInChromium(prepare?: () => void | Promise<void>, timeout = 120_000): DemoSession {
  const session = {} as { server: RunningServer; browser: Browser };
  beforeAll(async () => {
    await prepare?.();
    session.server = await startDemoServer({ DEMO_SKIP_BUILD: "1" });
    session.browser = await launchChromium();
  }, timeout);
  afterAll(async () => {
    await session.browser?.close();
    await session.server?.stop();
  });
  return session;
}
