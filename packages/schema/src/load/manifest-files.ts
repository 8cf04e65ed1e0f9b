/**
 * The files a manifest names, checked just enough to read them. Full checking is
 * checkDefinition's job; the loader must only never crash on a malformed manifest.
 */
import { unplaced } from "../json/fast-parse.js";
import { message } from "../locales/index.js";
import type { DefinitionFinding, FormFileKind } from "../types.js";
import { isRecord } from "../model/record.js";
import { normalizeRelativePath } from "./paths.js";

export const MANIFEST_FILE = "form.json";

/** A file named by the manifest: its normalised path, its kind and where the manifest names it. */
export interface NamedFile {
  readonly path: string;
  readonly kind: FormFileKind;
  readonly pointer: string;
}

export interface ManifestFiles {
  readonly files: NamedFile[];
  readonly findings: DefinitionFinding[];
}

/** The files a manifest names; findings are unplaced (the loader places them in form.json). */
export function manifestFiles(manifest: unknown): ManifestFiles {
  const files: NamedFile[] = [];
  const named = new Set<string>();
  const findings: DefinitionFinding[] = [];
  const problem = (code: string, pointer: string, msg: DefinitionFinding["message"]): void => {
    findings.push({ code, severity: "error", location: unplaced(MANIFEST_FILE, pointer), message: msg });
  };
  const name = (value: unknown, kind: FormFileKind, pointer: string, required: boolean): void => {
    if (value === undefined && !required) return;
    if (typeof value !== "string") {
      const key = pointer.slice(pointer.lastIndexOf("/") + 1);
      if (value === undefined) problem("meta-required", pointer.slice(0, pointer.lastIndexOf("/")), message("metaRequired", { key }));
      else problem("meta-type", pointer, message("metaType", { expected: "string" }));
      return;
    }
    const path = normalizeRelativePath(value);
    if (!path) return problem("path-unsafe", pointer, message("pathUnsafe", { path: value }));
    if (named.has(path)) return;
    named.add(path);
    files.push({ path, kind, pointer });
  };

  if (!isRecord(manifest)) {
    problem("file-not-object", "", message("fileNotObject"));
    return { files, findings };
  }
  const parts = manifest["parts"];
  if (!Array.isArray(parts)) {
    if (parts === undefined) problem("meta-required", "", message("metaRequired", { key: "parts" }));
    else problem("meta-type", "/parts", message("metaType", { expected: "array" }));
  } else {
    parts.forEach((part: unknown, index) => {
      const at = `/parts/${index}`;
      if (!isRecord(part)) return problem("meta-type", at, message("metaType", { expected: "object" }));
      if (typeof part["id"] !== "string") {
        if (part["id"] === undefined) problem("meta-required", at, message("metaRequired", { key: "id" }));
        else problem("meta-type", `${at}/id`, message("metaType", { expected: "string" }));
      }
      name(part["schema"], "data-schema", `${at}/schema`, false);
      name(part["layout"], "layout", `${at}/layout`, true);
      name(part["rules"], "rules", `${at}/rules`, false);
    });
  }
  const shared = manifest["sharedSchemas"];
  if (Array.isArray(shared)) shared.forEach((path: unknown, index) => name(path, "data-schema", `/sharedSchemas/${index}`, true));
  else if (shared !== undefined) problem("meta-type", "/sharedSchemas", message("metaType", { expected: "array" }));
  name(manifest["summarySheet"], "summary-sheet", "/summarySheet", false);
  return { files, findings };
}
