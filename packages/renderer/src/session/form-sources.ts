/**
 * Fetching what a form is loaded from: its document and its validators module. Apart from reading
 * them (./load.ts, which the element's bundle loads as a chunk with the loader, the validation and
 * the evaluator), so that these fetches start while that chunk is on its way.
 */
import { isRecord, type PrecompiledValidators } from "@cluster-form/schema";

/** A fetched form document: `form.json` (the other files are fetched next to it) or a bundled package. */
export interface FormDocument {
  readonly url: URL;
  readonly text: string;
}

export async function fetchFormDocument(src: string, base: string): Promise<FormDocument> {
  const url = new URL(src, base);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${response.status} ${response.statusText} ${url.href}`);
  return { url, text: await response.text() };
}

function isPrecompiled(value: unknown): value is PrecompiledValidators {
  return isRecord(value) && typeof value.draft === "function" && typeof value.final === "function";
}

/** Imports the module written by `cluster-form build` (Ajv standalone code): loading it needs no eval. */
export async function importValidators(src: string, base: string): Promise<PrecompiledValidators> {
  const url = new URL(src, base).href;
  const module: unknown = await import(/* @vite-ignore */ url);
  const candidate = isRecord(module) && isPrecompiled(module.default) ? module.default : module;
  if (!isPrecompiled(candidate)) throw new Error(`${url}: not a validators module (needs draft and final exports)`);
  return candidate;
}
