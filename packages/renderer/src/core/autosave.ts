/**
 * Autosave: the draft is written on every change and restored on load; drafts of other form
 * versions are kept and offered; storage failures come back as outcomes, never as exceptions.
 */
import { describeStorageError, otherVersionDrafts, readDraft, removeDraft, saveDraft, type StoredDraft } from "../state/draft-store.js";

export type Outcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

function attempt<T>(action: () => T): Outcome<T> {
  try {
    return { ok: true, value: action() };
  } catch (error) {
    return { ok: false, error: describeStorageError(error) };
  }
}

export class Autosave {
  /** `record`: which submission of the form this is (the element's `draft-key`); "" for one draft per version. */
  constructor(
    readonly formId: string,
    readonly version: string,
    readonly record = "",
  ) {}

  /** The draft of this version and the drafts of other versions of the same form and submission. */
  find(): Outcome<{ readonly own: StoredDraft | undefined; readonly others: readonly StoredDraft[] }> {
    return attempt(() => ({ own: readDraft(this.formId, this.version, this.record), others: otherVersionDrafts(this.formId, this.version, this.record) }));
  }

  save(submission: unknown): Outcome<StoredDraft> {
    return attempt(() => saveDraft(this.formId, this.version, submission, this.record));
  }

  discard(version: string = this.version): Outcome<void> {
    return attempt(() => removeDraft(this.formId, version, this.record));
  }
}
