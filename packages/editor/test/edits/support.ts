/** Temp copies of the real forms for the editing tests: each test edits its own copy on disk. */
import { cp, mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const FORMS = ["2020-handbook", "2021-application"] as const;
export type FormName = (typeof FORMS)[number];

const formsRoot = fileURLToPath(new URL("../../../../forms/", import.meta.url));

export const formFolder = (name: FormName): string => join(formsRoot, name);

/** A fresh copy of a form folder in a temp folder; `dispose` removes it. */
export async function copyForm(name: FormName): Promise<{ folder: string; dispose: () => Promise<void> }> {
  const root = await mkdtemp(join(tmpdir(), "cf-edits-"));
  const folder = join(root, name);
  await cp(formFolder(name), folder, { recursive: true, filter: (src) => !src.includes("node_modules") });
  return { folder, dispose: () => rm(root, { recursive: true, force: true }) };
}
