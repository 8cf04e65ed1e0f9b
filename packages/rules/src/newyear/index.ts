/**
 * `newYear`: copies a form folder to a new one for the next assessment year, moving its year, id
 * and version forward, also in the submissions copied with it (tests, examples), and the dates of
 * the test cases that hold the old year (./test-dates.ts). Never writes over an existing folder: the copy is made beside the target
 * and renamed into place only when complete.
 */
import { randomUUID } from "node:crypto";
import { cp, mkdir, readdir, readFile, rename, rm, stat, writeFile } from "node:fs/promises";
import { basename, dirname, join, relative, resolve } from "node:path";
import { editJson, parseStrict, type JsonEdit } from "./edit-json.js";
import { envelopeEdits, type FormIdentity } from "./envelopes.js";
import { findYearMentions, findYearMentionsInLines, type YearMention } from "./review.js";
import { yearBoundTestDates } from "./test-dates.js";

export type NewYearErrorCode = "destinationExists" | "sourceMissing" | "manifestUnreadable" | "badYear";

/** A user error of `newYear` (the CLI prints its code's message, never a stack). */
export class NewYearError extends Error {
  readonly code: NewYearErrorCode;
  readonly detail: string;

  constructor(code: NewYearErrorCode, detail: string) {
    super(`${code}: ${detail}`);
    this.name = "NewYearError";
    this.code = code;
    this.detail = detail;
  }
}

export interface NewYearChange {
  readonly file: string;
  readonly key: string;
  readonly from: unknown;
  readonly to: unknown;
}

export interface NewYearResult {
  readonly source: string;
  readonly destination: string;
  /** Files copied, relative to the new folder. */
  readonly files: readonly string[];
  readonly changes: readonly NewYearChange[];
  /** Remaining mentions of the old year (and the year before it) to review by hand. */
  readonly review: readonly YearMention[];
  /** The folder of the rule test cases, relative to the form folder (`tests` unless the manifest names one). */
  readonly testsFolder: string;
}

const SKIP = new Set(["node_modules", ".git"]);

const exists = async (path: string): Promise<boolean> => {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
};

const yearPattern = (year: number): RegExp => new RegExp(`(?<!\\d)${year}(?!\\d)`, "g");

export function nextId(id: string, from: number, to: number): string {
  return yearPattern(from).test(id) ? id.replace(yearPattern(from), String(to)) : `${id}-${to}`;
}

export function nextVersion(version: string, from: number, to: number): string {
  if (version.startsWith(`${from}.`)) return `${to}.1.0`;
  const major = /^(\d+)\./.exec(version);
  return major ? `${Number(major[1]) + 1}.0.0` : `${to}.1.0`;
}

async function listFiles(root: string, dir = root): Promise<string[]> {
  const files: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIP.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...(await listFiles(root, path)));
    else if (entry.isFile()) files.push(relative(root, path).split("\\").join("/"));
  }
  return files.sort();
}

async function editFile(path: string, edits: readonly JsonEdit[]): Promise<void> {
  if (edits.length === 0) return;
  await writeFile(path, editJson(await readFile(path, "utf8"), edits));
}

/** Moves the submissions in one copied file (test cases, examples) to the new form id and version. */
async function moveEnvelopes(root: string, file: string, from: FormIdentity, to: FormIdentity): Promise<NewYearChange[]> {
  const path = join(root, file);
  const text = await readFile(path, "utf8");
  const edits = envelopeEdits(parseStrict(text), from, to);
  await editFile(path, edits);
  return edits.map((edit) => ({ file, key: edit.path.join("."), from: edit.from, to: edit.to }));
}

export async function newYear(sourceDir: string, destinationDir: string, year: number): Promise<NewYearResult> {
  const source = resolve(sourceDir);
  const destination = resolve(destinationDir);
  if (!Number.isInteger(year) || year < 1900 || year > 2999) throw new NewYearError("badYear", String(year));
  if (await exists(destination)) throw new NewYearError("destinationExists", destination);
  let manifestText: string;
  try {
    manifestText = await readFile(join(source, "form.json"), "utf8");
  } catch {
    throw new NewYearError("sourceMissing", join(source, "form.json"));
  }
  const manifest = parseStrict(manifestText);
  if (typeof manifest !== "object" || manifest === null || Array.isArray(manifest)) {
    throw new NewYearError("manifestUnreadable", join(source, "form.json"));
  }
  const { id, version, year: oldYear, title, tests } = manifest as Record<string, unknown>;
  const testsFolder = typeof tests === "string" ? tests.replace(/^\.\//, "").replace(/\/+$/, "") : "tests";
  if (typeof id !== "string" || typeof version !== "string" || typeof oldYear !== "number") {
    throw new NewYearError("manifestUnreadable", join(source, "form.json"));
  }
  if (oldYear === year) throw new NewYearError("badYear", String(year));

  const changes: NewYearChange[] = [
    { file: "form.json", key: "year", from: oldYear, to: year },
    { file: "form.json", key: "id", from: id, to: nextId(id, oldYear, year) },
    { file: "form.json", key: "version", from: version, to: nextVersion(version, oldYear, year) },
  ];
  if (typeof title === "string" && yearPattern(oldYear).test(title)) {
    changes.push({ file: "form.json", key: "title", from: title, to: title.replace(yearPattern(oldYear), String(year)) });
  }

  // Build the copy beside the target, then move it into place in one step. `mkdir`, unlike `mkdtemp`
  // (always 0700), gives the folder the usual permissions under the umask.
  await mkdir(dirname(destination), { recursive: true });
  const staging = join(dirname(destination), `.${basename(destination)}.partial-${randomUUID()}`);
  await mkdir(staging);
  try {
    await cp(source, staging, { recursive: true, filter: (path) => !SKIP.has(basename(path)) });
    const packageText = await readFile(join(staging, "package.json"), "utf8").catch(() => undefined);
    const packageJson = packageText === undefined ? undefined : parseStrict(packageText);
    if (typeof packageJson === "object" && packageJson !== null && !Array.isArray(packageJson)) {
      const { name, version: packageVersion } = packageJson as Record<string, unknown>;
      if (typeof name === "string" && yearPattern(oldYear).test(name)) {
        changes.push({ file: "package.json", key: "name", from: name, to: name.replace(yearPattern(oldYear), String(year)) });
      }
      if (typeof packageVersion === "string") {
        changes.push({ file: "package.json", key: "version", from: packageVersion, to: nextVersion(packageVersion, oldYear, year) });
      }
    }
    for (const file of ["form.json", "package.json"]) {
      await editFile(
        join(staging, file),
        changes.filter((c) => c.file === file).map((c) => ({ path: [c.key], value: c.to })),
      );
    }
    const files = await listFiles(staging);
    const identity = { from: { id, version }, to: { id: nextId(id, oldYear, year), version: nextVersion(version, oldYear, year) } };
    for (const file of files) {
      if (!file.endsWith(".json") || file === "form.json" || file === "package.json") continue;
      changes.push(...(await moveEnvelopes(staging, file, identity.from, identity.to)));
    }
    // After the envelopes: the copy's test cases run against the copy's own id.
    const dateEdits = await yearBoundTestDates(staging, year - oldYear);
    for (const file of new Set(dateEdits.map((edit) => edit.file))) {
      const edits = dateEdits.filter((edit) => edit.file === file);
      await editFile(join(staging, file), edits);
      changes.push(...edits.map((edit) => ({ file, key: edit.path.join("."), from: edit.from, to: edit.to })));
    }
    const review: YearMention[] = [];
    for (const file of files) {
      const years = [oldYear, oldYear - 1];
      if (file.endsWith(".json")) review.push(...findYearMentions(file, await readFile(join(staging, file), "utf8"), years));
      else if (file.endsWith(".md")) review.push(...findYearMentionsInLines(file, await readFile(join(staging, file), "utf8"), years));
    }
    if (await exists(destination)) throw new NewYearError("destinationExists", destination);
    await rename(staging, destination);
    return { source, destination, files, changes, review, testsFolder };
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
