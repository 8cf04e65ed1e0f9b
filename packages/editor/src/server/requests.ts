/** The shapes of the editor's requests, checked: a body is untrusted input like any other. */
import { isRecord } from "@cluster-form/schema";
import { isFormFilePath } from "./form-folder.js";
import type { SaveFile } from "./save.js";

export interface CheckRequest {
  /** Unsaved texts by path; the other files are read from disk. */
  readonly files: Readonly<Record<string, string>>;
  readonly sample?: { readonly file: string; readonly index: number };
}

function textsByPath(value: unknown): Record<string, string> | undefined {
  if (!isRecord(value)) return undefined;
  const files: Record<string, string> = Object.create(null) as Record<string, string>;
  for (const [path, text] of Object.entries(value)) {
    if (!isFormFilePath(path) || typeof text !== "string") return undefined;
    files[path] = text;
  }
  return files;
}

export function checkRequest(body: unknown): CheckRequest | undefined {
  if (!isRecord(body)) return undefined;
  const files = textsByPath(body.files ?? {});
  if (!files) return undefined;
  const sample = body.sample;
  if (isRecord(sample) && typeof sample.file === "string" && Number.isInteger(sample.index)) {
    return { files, sample: { file: sample.file, index: Number(sample.index) } };
  }
  return { files };
}

export function saveRequest(body: unknown): SaveFile[] | undefined {
  if (!isRecord(body) || !Array.isArray(body.files) || body.files.length === 0) return undefined;
  const files: SaveFile[] = [];
  const seen = new Set<string>();
  for (const entry of body.files as unknown[]) {
    if (!isRecord(entry)) return undefined;
    const { path, text, hash } = entry;
    if (typeof path !== "string" || !isFormFilePath(path) || seen.has(path) || typeof text !== "string") return undefined;
    if (hash !== null && typeof hash !== "string") return undefined;
    seen.add(path);
    files.push({ path, text, hash });
  }
  return files;
}
