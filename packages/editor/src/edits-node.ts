/**
 * Node entry of the editing library: reading a form folder into the map of texts the library edits,
 * and writing an operation's changed files back. Only the form folder's own JSON files are read.
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { refusalFinding } from "./edits/messages.js";
import { EditRefused } from "./edits/text-edits.js";
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

export interface WriteOptions {
  /**
   * Refuse (writing nothing) when a file on disk is no longer the text the change was made from:
   * another tab or program changed it. Default true.
   */
  readonly checkBefore?: boolean;
}

async function textOnDisk(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw error;
  }
}

/** Write the files an operation changed (its `after` texts) into the form folder; nothing outside it, nothing over an outside change. */
export async function writeChanges(folder: string, result: EditResult, options: WriteOptions = {}): Promise<void> {
  const root = resolve(folder);
  const targets = result.changes.map((change) => ({ change, path: resolve(root, change.file) }));
  for (const { change, path } of targets) {
    if (!path.startsWith(root + sep)) throw new EditRefused([refusalFinding("edit-outside-folder", change.file, "", (t) => t.outsideFolder(change.file))]);
    if (options.checkBefore !== false && (await textOnDisk(path)) !== change.before) {
      throw new EditRefused([refusalFinding("file-changed-outside", change.file, "", (t) => t.changedOutside(change.file))]);
    }
  }
  for (const { change, path } of targets) {
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, change.after, "utf8");
  }
}
