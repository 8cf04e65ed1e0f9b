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

/**
 * One formatter per language: the status bar shows the autosave time after every keystroke, and
 * `Date#toLocaleString` builds a new `Intl.DateTimeFormat` on each call (about a millisecond).
 */
const savedAtFormats = new Map<string, Intl.DateTimeFormat>();

function savedAtFormat(lang: string): Intl.DateTimeFormat {
  let format = savedAtFormats.get(lang);
  if (!format) {
    const options = { dateStyle: "short", timeStyle: "medium" } as const;
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      // A `lang` that is no language tag: the browser's own language.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    savedAtFormats.set(lang, format);
  }
  return format;
}

/** Local date and time of an ISO time, for the notices. */
export function formatSavedAt(iso: string, lang: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return savedAtFormat(lang).format(date);
}
