/**
 * Node entry of the editing library: reading a form folder into the map of texts the library edits,
 * and writing an operation's changed files back. Only the form folder's own JSON files are read.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import type { EditResult, FormTexts } from "./edits/types.js";

export * from "./edits/index.js";

/** A form has some dozens of files; a folder with far more is not a form folder. */
const MAX_FILES = 2000;
const SKIPPED = new Set(["node_modules", "dist", ".git"]);

/** Every `.json` file of a form folder (sub-folders included, `node_modules` and `dist` left out), by path relative to it with `/`. */
export async function readFormTexts(folder: string): Promise<FormTexts> {
  const root = resolve(folder);
  const texts: Record<string, string> = {};
  const pending = [root];
  let count = 0;
  while (pending.length > 0) {
    const dir = pending.pop() as string;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory() && !SKIPPED.has(entry.name)) pending.push(path);
      else if (entry.isFile() && entry.name.endsWith(".json") && entry.name !== "package.json") {
        if (++count > MAX_FILES) throw new Error(`${folder}: more than ${MAX_FILES} JSON files; not a form folder`);
        texts[relative(root, path).split(sep).join("/")] = await readFile(path, "utf8");
      }
    }
  }
  return texts;
}

/** Write the files an operation changed (its `after` texts) into the form folder; nothing outside it. */
export async function writeChanges(folder: string, result: EditResult): Promise<void> {
  const root = resolve(folder);
  for (const change of result.changes) {
    const path = resolve(root, change.file);
    if (!path.startsWith(root + sep)) throw new Error(`${change.file}: outside the form folder`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, change.after, "utf8");
  }
}
