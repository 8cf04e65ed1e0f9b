/** Paths the example tests share: the repository, its forms, the sample submissions, the built packages. */
import { existsSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const FORMS_DIR = fileURLToPath(new URL("../../forms/", import.meta.url));
export const DATA_DIR = fileURLToPath(new URL("../data/", import.meta.url));
export const RENDERER_BUNDLE = fileURLToPath(new URL("../../packages/renderer/dist/cluster-form.bundle.js", import.meta.url));
/** The bundle without Ajv's compiler, for pages under a strict CSP with precompiled validators (the demo). */
export const RENDERER_CSP_BUNDLE = fileURLToPath(new URL("../../packages/renderer/dist/cluster-form.csp.bundle.js", import.meta.url));

export const HANDBOOK_ID = "hubei-cluster-handbook-2020";
export const APPLICATION_ID = "hubei-cluster-application-2021";

export async function readSample(name: "2020-handbook" | "2021-application"): Promise<Record<string, unknown>> {
  return JSON.parse(await readFile(`${DATA_DIR}${name}.sample.json`, "utf8")) as Record<string, unknown>;
}

/** The examples run the built packages as users do; say so plainly when they are not built. */
export function requireBuilt(...files: string[]): void {
  const missing = files.filter((file) => !existsSync(file));
  if (missing.length > 0) throw new Error(`Build the packages first (pnpm build): missing ${missing.join(", ")}`);
}
