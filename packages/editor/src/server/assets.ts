/**
 * The files the editor's page loads: its own app bundle (dist/app/, beside this module once built) and
 * the renderer's shipped bundle for the preview. Only names of those two folders' plain files are served.
 */
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const TYPES: Readonly<Record<string, string>> = {
  js: "text/javascript; charset=utf-8",
  map: "application/json; charset=utf-8",
  css: "text/css; charset=utf-8",
};

export interface Asset {
  readonly body: Buffer;
  readonly type: string;
}

const SAFE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]*\.(js|map|css)$/;

export function defaultAppFolder(): string {
  return fileURLToPath(new URL("./app/", import.meta.url));
}

/** The renderer's dist/ folder, found the way Node resolves `@cluster-form/renderer/bundle`. */
export function rendererFolder(): string {
  return dirname(createRequire(import.meta.url).resolve("@cluster-form/renderer/bundle"));
}

export function assetReader(folders: Readonly<Record<string, string>>): (path: string) => Promise<Asset | undefined> {
  return async (path) => {
    const segments = path.split("/").slice(1);
    const name = segments.pop() ?? "";
    const prefix = segments.join("/");
    const folder = Object.hasOwn(folders, prefix) ? folders[prefix] : undefined;
    const match = SAFE_NAME.exec(name);
    if (!folder || !match) return undefined;
    try {
      return { body: await readFile(join(folder, name)), type: TYPES[match[1] ?? ""] ?? "application/octet-stream" };
    } catch {
      return undefined;
    }
  };
}
