/**
 * The service as it ships: compiled with tsc into dist/ (its evaluation threads run dist/evaluation/worker.js,
 * which Node loads without vitest). Test files compile one at a time, and only when a source is newer than dist.
 */
import { execFile } from "node:child_process";
import { mkdir, readdir, rmdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { REPO_ROOT, requireBuilt } from "../../support/paths.js";
import type * as Service from "../src/server.js";

export const SERVICE_DIR = fileURLToPath(new URL("../", import.meta.url));
const LOCK = join(SERVICE_DIR, ".tmp", "compile.lock");

async function newestSource(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? await newestSource(path) : (await stat(path)).mtimeMs);
  }
  return newest;
}

async function compiledAt(): Promise<number> {
  try {
    return (await stat(join(SERVICE_DIR, "dist", "evaluation", "worker.js"))).mtimeMs;
  } catch {
    return 0;
  }
}

/** A lock older than this was left by a run that was killed. */
const STALE_MS = 5 * 60_000;

/** An exclusive lock between test files: mkdir is atomic. */
async function withLock<T>(work: () => Promise<T>): Promise<T> {
  await mkdir(join(SERVICE_DIR, ".tmp"), { recursive: true });
  for (;;) {
    try {
      await mkdir(LOCK);
      break;
    } catch {
      const since = await stat(LOCK).then((s) => Date.now() - s.mtimeMs, () => 0);
      if (since > STALE_MS) await rmdir(LOCK).catch(() => undefined);
      else await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await work();
  } finally {
    await rmdir(LOCK);
  }
}

/** Compiles the service when its sources changed since the last compile. */
export async function compileService(): Promise<void> {
  requireBuilt(`${REPO_ROOT}packages/schema/dist/node.js`, `${REPO_ROOT}packages/rules/dist/index.js`);
  await withLock(async () => {
    if ((await compiledAt()) > (await newestSource(join(SERVICE_DIR, "src")))) return;
    await promisify(execFile)(process.execPath, [`${REPO_ROOT}node_modules/typescript/bin/tsc`, "-p", "tsconfig.build.json"], { cwd: SERVICE_DIR });
  });
}

/** `buildServer` of the compiled service. */
export async function builtServer(): Promise<typeof Service> {
  await compileService();
  return (await import(join(SERVICE_DIR, "dist", "server.js"))) as typeof Service;
}
