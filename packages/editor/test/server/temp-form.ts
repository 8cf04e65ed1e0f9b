/** A real copy of one of the repository's forms in a temporary folder, for tests that write. */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const repoRoot = fileURLToPath(new URL("../../../../", import.meta.url));

export async function copyForm(name: "2020-handbook" | "2021-application"): Promise<{ root: string; folder: string; remove: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "cf-editor-"));
  const folder = join(root, name);
  await cp(join(repoRoot, "forms", name), folder, { recursive: true, filter: (source) => !source.includes("node_modules") });
  return { root, folder, remove: () => rm(root, { recursive: true, force: true }) };
}
