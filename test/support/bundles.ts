/** The element's built bundles, as pages load them, and a build when they are missing so tests run on a fresh checkout. */
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { repoRoot } from "./static-server.js";

export const BUNDLE = "/packages/renderer/dist/cluster-form.bundle.js";
export const CSP_BUNDLE = "/packages/renderer/dist/cluster-form.csp.bundle.js";

export function ensureBuilt(): void {
  if (existsSync(join(repoRoot, BUNDLE)) && existsSync(join(repoRoot, CSP_BUNDLE))) return;
  for (const pkg of ["schema", "rules", "renderer"]) {
    execFileSync("npx", ["rollup", "-c"], { cwd: join(repoRoot, "packages", pkg), stdio: "inherit" });
  }
}
