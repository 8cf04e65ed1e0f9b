/** Reading a form folder from disk. */
import { readFile, realpath } from "node:fs/promises";
import { resolve, sep } from "node:path";
import type { FormPackage } from "../types.js";
import { FileOutsideFormError, loadFromReader, type LoadOptions } from "./assemble.js";

const isMissing = (error: unknown): boolean =>
  error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");

/**
 * A form package from a folder on disk. Only files whose real path lies inside the folder's real
 * path are read: a symbolic link that leads out of the folder is refused, not followed.
 * `{ check: checkDefinition }` refuses a form with definition errors (LoadOptions).
 */
export function loadFormFolder(dir: string, options: LoadOptions = {}): Promise<FormPackage> {
  const root = resolve(dir);
  let realRoot: Promise<string> | undefined;
  return loadFromReader(dir, async (path) => {
    const full = resolve(root, path);
    if (!full.startsWith(root + sep)) return undefined;
    try {
      const [real, base] = await Promise.all([realpath(full), (realRoot ??= realpath(root))]);
      if (!real.startsWith(base + sep)) throw new FileOutsideFormError(path);
      return await readFile(real, "utf8");
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }, options);
}
