/** The notices the element shows above the form (draft restored, other-version draft, storage failure, submit outcome). */
import type { StoredDraft } from "../state/draft-store.js";

export type Notice =
  | { readonly kind: "restored"; readonly draft: StoredDraft }
  | { readonly kind: "otherVersion"; readonly draft: StoredDraft }
  | { readonly kind: "storageFailed"; readonly reason: string }
  | { readonly kind: "submitted" }
  | { readonly kind: "submitBlocked"; readonly count: number };

export const sameNotice = (a: Notice, b: Notice): boolean => {
  if (a.kind !== b.kind) return false;
  if ((a.kind === "restored" || a.kind === "otherVersion") && (b.kind === "restored" || b.kind === "otherVersion")) return a.draft.version === b.draft.version;
  return true;
};

/** Local date and time of an ISO time, for the notices. */
export function formatSavedAt(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return date.toLocaleString(lang, { dateStyle: "short", timeStyle: "medium" });
}
