/**
 * The form folder the editor works on: listing, reading and writing its JSON files. Every path is
 * checked twice: by its text (relative, no `..`, ends in .json) and by its real path, which must lie
 * inside the folder's real path, so that neither a crafted path nor a symbolic link reaches outside.
 */
import { chmod, lstat, readdir, readFile, realpath, rename, stat, writeFile } from "node:fs/promises";
import { dirname, join, sep } from "node:path";
import type { FileState } from "../protocol.js";
import { contentHash } from "./hash.js";

/** A form folder holds a few dozen files; these bounds keep a wrong folder (a home directory) from being read whole. */
export const MAX_FILES = 500;
export const MAX_FILE_BYTES = 4 * 1024 * 1024;
const MAX_DEPTH = 4;
/** Not form files: a form folder may be a package of a workspace (package.json) with installed or built files. */
const SKIPPED = new Set(["node_modules", "dist", "package.json"]);

export class PathRefusedError extends Error {
  constructor(readonly path: string) {
    super(`path refused: ${path}`);
  }
}

/** `parts/table5.rules.json`: forward slashes, no empty, `.` or `..` segment, no drive or backslash. */
export function isFormFilePath(path: string): boolean {
  if (path.length === 0 || path.length > 300 || !path.endsWith(".json")) return false;
  if (path.includes("\\") || path.includes("\0") || path.startsWith("/") || /^[A-Za-z]:/.test(path)) return false;
  return path.split("/").every((segment) => segment !== "" && segment !== "." && segment !== ".." && !segment.startsWith("."));
}

const isMissing = (error: unknown): boolean => error instanceof Error && "code" in error && (error.code === "ENOENT" || error.code === "ENOTDIR");

export class FormFolder {
  private constructor(readonly root: string) {}

  static async open(dir: string): Promise<FormFolder> {
    const root = await realpath(dir);
    if (!(await stat(root)).isDirectory()) throw new Error(`not a folder: ${dir}`);
    return new FormFolder(root);
  }

  private inside(real: string): boolean {
    return real.startsWith(this.root + sep);
  }

  /**
   * The real path of `path` inside the folder: of the file when it exists, else of its folder (a new
   * file); undefined when neither exists. Throws PathRefusedError for a path outside the folder.
   */
  private async resolve(path: string): Promise<{ real: string; exists: boolean } | undefined> {
    if (!isFormFilePath(path)) throw new PathRefusedError(path);
    const full = join(this.root, ...path.split("/"));
    try {
      const real = await realpath(full);
      if (!this.inside(real)) throw new PathRefusedError(path);
      return { real, exists: true };
    } catch (error) {
      if (!isMissing(error)) throw error;
    }
    try {
      const folder = await realpath(dirname(full));
      if (folder !== this.root && !this.inside(folder)) throw new PathRefusedError(path);
      return { real: join(folder, full.slice(dirname(full).length + 1)), exists: false };
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  async read(path: string): Promise<FileState | undefined> {
    const target = await this.resolve(path);
    if (!target?.exists) return undefined;
    if ((await stat(target.real)).size > MAX_FILE_BYTES) throw new PathRefusedError(path);
    const text = await readFile(target.real, "utf8");
    return { path, text, hash: contentHash(text) };
  }

  /** Every JSON file of the folder (sub-folders a few levels deep; hidden ones and node_modules left out), by path. */
  async list(): Promise<FileState[]> {
    const paths: string[] = [];
    const walk = async (relative: string, depth: number): Promise<void> => {
      const entries = await readdir(relative ? join(this.root, relative) : this.root, { withFileTypes: true });
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const entry of entries) {
        if (paths.length >= MAX_FILES) return;
        const path = relative ? `${relative}/${entry.name}` : entry.name;
        if (entry.name.startsWith(".") || SKIPPED.has(entry.name)) continue;
        if (entry.isDirectory() && depth < MAX_DEPTH) await walk(path, depth + 1);
        else if ((entry.isFile() || entry.isSymbolicLink()) && isFormFilePath(path)) paths.push(path);
      }
    };
    await walk("", 0);
    const files: FileState[] = [];
    for (const path of paths) {
      try {
        const file = await this.read(path);
        if (file) files.push(file);
      } catch (error) {
        // A link out of the folder or an oversized file is not part of the form: left out, never followed.
        if (!(error instanceof PathRefusedError)) throw error;
      }
    }
    return files;
  }

  /** The file's state on disk now, `null` when it does not exist. */
  async current(path: string): Promise<FileState | null> {
    return (await this.read(path)) ?? null;
  }

  /**
   * Writes `text` to `path` through a temporary file and a rename, so that a reader never sees half a
   * file; the file keeps its permissions. The caller has checked that the file is unchanged on disk.
   */
  async write(path: string, text: string): Promise<FileState> {
    const target = await this.resolve(path);
    if (!target) throw new PathRefusedError(path);
    const mode = target.exists ? (await lstat(target.real)).mode & 0o777 : 0o644;
    const temporary = `${target.real}.${process.pid}.${Date.now()}.editing`;
    await writeFile(temporary, text, "utf8");
    await chmod(temporary, mode);
    await rename(temporary, target.real);
    return { path, text, hash: contentHash(text) };
  }
}
