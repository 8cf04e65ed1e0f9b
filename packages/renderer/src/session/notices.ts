/** The notices the element shows above the form (draft restored, other-version draft, unreadable draft set aside, storage failure, the outcome of Check or Submit, undo of a destructive action, review state). */
import type { Submission } from "@cluster-form/schema";
import type { Problem } from "./problems.js";
import type { StoredDraft } from "../state/draft-store.js";
import type { SetAsideDraft } from "./autosave.js";

export type Notice =
  | { readonly kind: "restored"; readonly draft: StoredDraft }
  | { readonly kind: "otherVersion"; readonly draft: StoredDraft }
  | { readonly kind: "storageFailed"; readonly reason: string }
  | { readonly kind: "draftSetAside"; readonly setAside: SetAsideDraft }
  | { readonly kind: "submitted" }
  | { readonly kind: "submitBlocked"; readonly problems: readonly Problem[] }
  /** The outcome of Check: the problems found, or none. */
  | { readonly kind: "checked"; readonly problems: readonly Problem[] }
  | { readonly kind: "undo"; readonly text: string; readonly previous: Submission }
  | { readonly kind: "undone" }
  | { readonly kind: "nothingToReview" }
  | { readonly kind: "reviewPending"; readonly count: number };

/** Notices that stand until the next change: an undo offer and what an action just said. */
export const isTransient = (notice: Notice): boolean => notice.kind === "undo" || notice.kind === "undone" || notice.kind === "nothingToReview" || notice.kind === "reviewPending";

export const sameNotice = (a: Notice, b: Notice): boolean => {
  if (a.kind !== b.kind) return false;
  if ((a.kind === "restored" || a.kind === "otherVersion") && (b.kind === "restored" || b.kind === "otherVersion")) return a.draft.version === b.draft.version;
  return true;
};

/**
 * The status bar shows the autosave time, to the second, after each save. Formatting costs
 * about half a millisecond even with a kept `Intl.DateTimeFormat` (`Date#toLocaleString` builds a
 * new one each call, a millisecond more), so each language keeps its formatter and its last text.
 */
interface SavedAtFormat {
  readonly format: Intl.DateTimeFormat;
  second: number;
  text: string;
}
const savedAtFormats = new Map<string, SavedAtFormat>();

function savedAtFormat(lang: string): SavedAtFormat {
  let entry = savedAtFormats.get(lang);
  if (!entry) {
    const options = { dateStyle: "short", timeStyle: "medium" } as const;
    let format: Intl.DateTimeFormat;
    try {
      format = new Intl.DateTimeFormat(lang, options);
    } catch {
      // A `lang` that is no language tag: the browser's own language.
      format = new Intl.DateTimeFormat(undefined, options);
    }
    entry = { format, second: Number.NaN, text: "" };
    savedAtFormats.set(lang, entry);
  }
  return entry;
}

/**
 * Builds the language's formatter when the browser is idle: the first one costs tens of
 * milliseconds (the language's date data), which would otherwise delay the first keystroke.
 */
export function prepareSavedAtFormat(lang: string): void {
  const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 200));
  whenIdle(() => savedAtFormat(lang));
}

/** Local date and time of an ISO time, for the notices and the status bar. */
export function formatSavedAt(iso: string, lang: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return iso;
  const entry = savedAtFormat(lang);
  const second = Math.floor(time / 1000);
  if (second !== entry.second) {
    entry.text = entry.format.format(time);
    entry.second = second;
  }
  return entry.text;
}
