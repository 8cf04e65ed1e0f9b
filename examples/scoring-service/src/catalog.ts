/**
 * The forms the service knows, loaded once at start from a folder of form packages.
 * Everything here is immutable after start: requests share it but never change it.
 */
import { readdir, stat } from "node:fs/promises";
import { join, resolve } from "node:path";
import { bundleFormFiles, checkDefinition, FormDefinitionError, formatFinding } from "@cluster-form/schema";
import type { FormFiles, FormManifest, FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { createEvaluator } from "@cluster-form/rules";

export interface CatalogEntry {
  readonly dir: string;
  readonly pkg: FormPackage;
  readonly manifest: FormManifest;
  readonly evaluator: ReturnType<typeof createEvaluator>;
  /** The whole package as one JSON document, as `GET /forms/{id}` serves it. */
  readonly bundle: FormFiles;
}

export type Catalog = ReadonlyMap<string, CatalogEntry>;

export class CatalogError extends Error {
  override readonly name = "CatalogError";
}

async function isFormFolder(dir: string): Promise<boolean> {
  try {
    return (await stat(join(dir, "form.json"))).isFile();
  } catch {
    return false;
  }
}

/** Folders holding a `form.json`: `dir` itself, or its direct subfolders. */
async function findFormFolders(dir: string): Promise<string[]> {
  if (await isFormFolder(dir)) return [dir];
  let names: string[];
  try {
    names = (await readdir(dir, { withFileTypes: true })).filter((d) => d.isDirectory()).map((d) => d.name);
  } catch (error) {
    throw new CatalogError(`Cannot read the forms folder ${dir}: ${(error as Error).message}`);
  }
  const folders: string[] = [];
  for (const name of names.sort()) {
    const candidate = join(dir, name);
    if (await isFormFolder(candidate)) folders.push(candidate);
  }
  return folders;
}

async function loadEntry(dir: string, checkForms: boolean): Promise<CatalogEntry> {
  let pkg: FormPackage;
  try {
    pkg = await loadFormFolder(dir, checkForms ? { check: checkDefinition } : {});
  } catch (error) {
    if (!(error instanceof FormDefinitionError)) throw error;
    const lines = error.findings.map((finding) => "  " + formatFinding(finding, "en"));
    throw new CatalogError(`The form in ${dir} has ${error.findings.length} definition error(s):\n${lines.join("\n")}`);
  }
  return { dir, pkg, manifest: pkg.manifest, evaluator: createEvaluator(pkg), bundle: bundleFormFiles(pkg) };
}

/** Loads every form package found in `formsDir`. Fails on a broken form or two forms with one id. */
export async function loadCatalog(formsDir: string, options: { readonly checkForms?: boolean } = {}): Promise<Catalog> {
  const root = resolve(formsDir);
  const folders = await findFormFolders(root);
  if (folders.length === 0) throw new CatalogError(`No form package (a folder with form.json) in ${root}`);
  const catalog = new Map<string, CatalogEntry>();
  for (const dir of folders) {
    const entry = await loadEntry(dir, options.checkForms ?? true);
    const previous = catalog.get(entry.manifest.id);
    if (previous) throw new CatalogError(`Two forms have the id ${entry.manifest.id}: ${previous.dir} and ${dir}`);
    catalog.set(entry.manifest.id, entry);
  }
  return catalog;
}
