/** The editor server's API, from the page (relative URLs: the token is the page's first path segment). */
import type { CheckResult, SaveOutcome, ScaffoldOutcome, ScaffoldRequest } from "../protocol.js";

export interface FormResponse {
  readonly folder: string;
  readonly base: string | null;
  readonly files: readonly { readonly path: string; readonly text: string; readonly hash: string }[];
}

export type CheckResponse = CheckResult & { readonly revision: number };

async function json<T>(response: Response): Promise<T> {
  // 409 (a save's conflict) and 422 (refused: a save, a scaffold) carry their reasons as JSON.
  if (!response.ok && response.status !== 409 && response.status !== 422) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as T;
}

const post = (path: string, body: unknown, signal?: AbortSignal): Promise<Response> =>
  fetch(path, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body), signal });

export const fetchForm = async (): Promise<FormResponse> => json<FormResponse>(await fetch("api/form"));

export const checkTexts = async (files: Readonly<Record<string, string>>, sample: { file: string; index: number } | undefined, signal: AbortSignal): Promise<CheckResponse> =>
  json<CheckResponse>(await post("api/check", { files, sample }, signal));

export const saveTexts = async (files: readonly { path: string; text: string; hash: string | null }[]): Promise<SaveOutcome> =>
  json<SaveOutcome>(await post("api/save", { files }));

/** Runs a scaffold on the server (it makes the new ids from the labels) with the page's unsaved texts. */
export const scaffoldTexts = async (files: Readonly<Record<string, string>>, request: ScaffoldRequest): Promise<ScaffoldOutcome> =>
  json<ScaffoldOutcome>(await post("api/scaffold", { files, ...request }));

/** The checked form of a revision, and the validators the server built for it. */
export const previewUrls = (revision: number): { bundle: string; validators: string } => ({
  bundle: new URL(`preview/${revision}/form.bundle.json`, location.href).href,
  validators: new URL(`preview/${revision}/validators.js`, location.href).href,
});
