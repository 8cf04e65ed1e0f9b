/** Reading a form folder from disk. */
import { readFile } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type { FormPackage } from "../types.js";
import { loadFromReader } from "./assemble.js";

const isMissing = (error: unknown): boolean =>
  error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");

/** A form package from a folder on disk. */
export function loadFormPackage(dir: string): Promise<FormPackage> {
  const root = resolve(dir);
  return loadFromReader(dir, async (path) => {
    const full = resolve(root, path);
    if (!full.startsWith(root + sep)) return undefined;
    try {
      return await readFile(full, "utf8");
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  });
}
