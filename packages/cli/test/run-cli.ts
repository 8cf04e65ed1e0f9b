// Runs the BUILT command as a user would: `node packages/cli/bin/cluster-form.js …` from the repository root.
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../../../", import.meta.url));
export const BIN = fileURLToPath(new URL("../bin/cluster-form.js", import.meta.url));
/** The fixture forms the command's tests share with the rules' tests, from the repository root. */
export const FIXTURES = "test/fixtures";
/** The fixtures of the command's tests alone. */
export const OWN_FIXTURES = "packages/cli/test/fixtures";

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The command's cache in the tests: inside the repository (ignored by git), never the user's. */
const TEST_CACHE = join(REPO, ".tmp", "cli-cache");

export function cli(args: readonly string[], options: { input?: string; cwd?: string; env?: Readonly<Record<string, string>> } = {}): CliRun {
  const env: NodeJS.ProcessEnv = { ...process.env, CLUSTER_FORM_CACHE: TEST_CACHE, ...options.env };
  delete env.CLUSTER_FORM_LANG;
  delete env.CLUSTER_FORM_DEBUG;
  const run = spawnSync(process.execPath, [BIN, ...args], { cwd: options.cwd ?? REPO, input: options.input ?? "", encoding: "utf8", env });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** Node prints `    at fn (file:line:col)` lines in a stack trace. */
export const hasStackTrace = (text: string): boolean => /^\s+at .+:\d+:\d+\)?$/m.test(text);
