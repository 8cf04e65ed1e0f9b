/**
 * Autosave: the draft is written when the element asks (../controllers/drafts.controller.ts says
 * when) and restored on load; drafts of other form versions are kept and offered; a draft that
 * cannot be read is moved aside first, and while it cannot be, nothing is saved over it; storage
 * failures come back as outcomes, never as exceptions.
 */
import { describeStorageError, otherVersionDrafts, readDraftSlot, removeDraft, saveDraft, setAsideDraft, type StoredDraft } from "../state/draft-store.js";

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

function attempt<T>(action: () => T): Outcome<T> {
  try {
    return { ok: true, value: action() };
  } catch (error) {
    return { ok: false, error: describeStorageError(error) };
  }
}

/** A saved draft the element could not read: its text, and where it now is (`backupKey`), or why it could not be moved (`error`). */
export interface SetAsideDraft {
  readonly text: string;
  readonly backupKey?: string;
  readonly error?: string;
}

export class Autosave {
  /** Set while an unreadable draft is still under the draft key: saving would destroy it. */
  #unreadableKept?: string;

  /** `record`: which submission of the form this is (the element's `draft-key`); "" for one draft per version. */
  constructor(
    readonly formId: string,
    readonly version: string,
    readonly record = "",
  ) {}

  /** The draft of this version and the drafts of other versions of the same form and submission. */
  find(): Outcome<{ readonly own: StoredDraft | undefined; readonly others: readonly StoredDraft[]; readonly setAside?: SetAsideDraft }> {
    return attempt(() => {
      const slot = readDraftSlot(this.formId, this.version, this.record);
      const others = otherVersionDrafts(this.formId, this.version, this.record);
      if (slot.kind !== "unreadable") return { own: slot.kind === "draft" ? slot.draft : undefined, others };
      return { own: undefined, others, setAside: this.#setAside(slot.text) };
    });
  }

  #setAside(text: string): SetAsideDraft {
    const moved = attempt(() => setAsideDraft(this.formId, this.version, text, this.record));
    if (moved.ok) return { text, backupKey: moved.value };
    this.#unreadableKept = moved.error;
    return { text, error: moved.error };
  }

  save(submission: unknown): Outcome<StoredDraft> {
    if (this.#unreadableKept !== undefined) return { ok: false, error: this.#unreadableKept };
    return attempt(() => saveDraft(this.formId, this.version, submission, this.record));
  }

  discard(version: string = this.version): Outcome<void> {
    if (version === this.version && this.#unreadableKept !== undefined) return { ok: false, error: this.#unreadableKept };
    return attempt(() => removeDraft(this.formId, version, this.record));
  }
}
