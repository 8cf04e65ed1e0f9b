/**
 * The files `cluster-form build` would write for the demo page, made in memory on request: the page reads
 * `build/index.json`, then each form's `form.bundle.json` and the chosen form's `validators.js`. The form
 * being previewed is read and checked again on every request (a reload shows the latest edit, or why it
 * is broken); nothing is written.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { bundleFormFiles, checkDefinition, type FormPackage } from "@cluster-form/schema";
import { loadFormFolder } from "@cluster-form/schema/node";
import { buildValidatorsModule } from "../standalone/minify.js";

/** The page's name for the form being previewed (`?form=preview`). */
export const PREVIEW_NAME = "preview";

export type BuiltFile = (pathname: string) => Promise<string | null> | null;

/** The repository's own forms (`forms/<name>/form.json`), which the page also offers. */
async function repositoryForms(root: string): Promise<Map<string, string>> {
  const forms = new Map<string, string>();
  const folder = join(root, "forms");
  for (const entry of await readdir(folder, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isDirectory() || entry.name === PREVIEW_NAME) continue;
    const names: string[] = await readdir(join(folder, entry.name)).catch(() => []);
    if (names.includes("form.json")) forms.set(entry.name, join(folder, entry.name));
  }
  return forms;
}

/** `buildPath` is where the page looks (`/examples/demo/build/`). */
export async function builtForms(root: string, previewDir: string, buildPath: string): Promise<BuiltFile> {
  const folders = await repositoryForms(root);
  folders.set(PREVIEW_NAME, previewDir);
  const loaded = new Map<string, Promise<FormPackage>>();
  const load = (name: string, folder: string): Promise<FormPackage> => {
    if (name === PREVIEW_NAME) return loadFormFolder(folder, { check: checkDefinition });
    const once = loaded.get(name) ?? loadFormFolder(folder);
    loaded.set(name, once);
    return once;
  };
  // Validators take seconds to compile: kept per form until its bundle changes.
  const validators = new Map<string, { bundle: string; module: Promise<string> }>();
  const index = JSON.stringify({ forms: [...folders.keys()] }) + "\n";
  return (pathname) => {
    if (!pathname.startsWith(buildPath)) return null;
    const [name = "", file, ...rest] = pathname.slice(buildPath.length).split("/");
    if (name === "index.json" && file === undefined) return Promise.resolve(index);
    const folder = folders.get(name);
    if (!folder || rest.length > 0 || (file !== "form.bundle.json" && file !== "validators.js")) return Promise.resolve(null);
    return (async () => {
      const pkg = await load(name, folder);
      const bundle = JSON.stringify(bundleFormFiles(pkg)) + "\n";
      if (file === "form.bundle.json") return bundle;
      const cached = validators.get(name);
      if (cached?.bundle === bundle) return cached.module;
      const module = buildValidatorsModule(pkg);
      validators.set(name, { bundle, module });
      return module;
    })();
  };
}
