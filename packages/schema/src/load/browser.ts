/** Loading a form package in the browser (or anywhere with fetch): from a URL or from a FormFiles bundle. */
import type { FormFiles, FormPackage } from "../types.js";
import { loadFromReader, type LoadOptions } from "./assemble.js";
import { MANIFEST_FILE } from "./manifest-files.js";
import { FormDefinitionError } from "../errors.js";
import { message } from "../locales/index.js";

function folderUrl(source: string | URL): URL {
  const base = typeof globalThis.location === "object" && globalThis.location ? globalThis.location.href : undefined;
  const url = new URL(String(source), base);
  if (url.pathname.endsWith(`/${MANIFEST_FILE}`)) return new URL(".", url);
  if (!url.pathname.endsWith("/")) url.pathname += "/";
  return url;
}

async function fetchText(url: URL): Promise<string | undefined> {
  const response = await fetch(url);
  if (response.status === 404 || response.status === 410) return undefined;
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`);
  return response.text();
}

/**
 * A form package from a URL (of the form folder or its form.json; each file is fetched relative to it)
 * or from a FormFiles object (as bundleFormFiles makes).
 */
export function loadFormPackage(source: string | URL | FormFiles, options: LoadOptions = {}): Promise<FormPackage> {
  if (typeof source === "string" || source instanceof URL) {
    let folder: URL;
    try {
      folder = folderUrl(source);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      const finding = {
        code: "file-unreadable",
        severity: "error" as const,
        location: { file: MANIFEST_FILE, line: 1, column: 1, pointer: "" },
        message: message("fileUnreadable", { path: String(source), detail }),
      };
      return Promise.reject(new FormDefinitionError([finding], String(source)));
    }
    return loadFromReader(folder.href, (path) => fetchText(new URL(path, folder)), options);
  }
  const files = source.files;
  return loadFromReader(
    source.origin ?? "memory",
    (path) => Promise.resolve(Object.hasOwn(files, path) ? files[path] : undefined),
    options,
  );
}
