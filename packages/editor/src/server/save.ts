/**
 * Saving: the editor sends each changed file's new text with the hash of the text it started from. A
 * file that does not parse is refused; a file changed on disk since (an outside edit, another tab) is a
 * conflict, answered with what is on disk now. Nothing is written unless every file passes both.
 */
import { parseJson } from "@cluster-form/schema";
import type { FileState, SaveOutcome } from "../protocol.js";
import type { FormFolder } from "./form-folder.js";

export interface SaveFile {
  readonly path: string;
  readonly text: string;
  /** The hash of the text the editor read; `null` for a file the editor creates. */
  readonly hash: string | null;
}

export async function saveFiles(folder: FormFolder, files: readonly SaveFile[]): Promise<SaveOutcome> {
  const refused = files
    .map((file) => ({ path: file.path, findings: parseJson(file.path, file.text).findings }))
    .filter((entry) => entry.findings.length > 0);
  if (refused.length > 0) return { status: "refused", refused };
  const conflicts: { path: string; disk: FileState | null }[] = [];
  for (const file of files) {
    const disk = await folder.current(file.path);
    if ((disk?.hash ?? null) !== file.hash) conflicts.push({ path: file.path, disk });
  }
  if (conflicts.length > 0) return { status: "conflict", conflicts };
  const saved: FileState[] = [];
  for (const file of files) saved.push(await folder.write(file.path, file.text));
  return { status: "saved", files: saved };
}

/** Runs saves one after the other: two tabs saving at once cannot both pass the check and then both write. */
export function serialized<T>(): (job: () => Promise<T>) => Promise<T> {
  let last: Promise<unknown> = Promise.resolve();
  return (job) => {
    const next = last.then(job, job);
    last = next.catch(() => undefined);
    return next;
  };
}
