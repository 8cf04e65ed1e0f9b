/**
 * Autosaved drafts in localStorage, keyed by form id and version. A draft of another version of
 * the same form is kept and offered, never thrown away; a draft that cannot be read is moved aside
 * under a backup key before anything is saved in its place. Storage that is full or blocked throws
 * here and the element reports it; it never stops the form.
 */

import { jsonText } from "./json-text.js";

const PREFIX = "cluster-form:draft:";

export interface StoredDraft {
  readonly formId: string;
  readonly version: string;
  /** ISO time of the save. */
  readonly savedAt: string;
  readonly submission: unknown;
}

/**
 * The storage key of a draft: `cluster-form:draft:<form id>@<version>`, and `#<record>` when the page
 * names which submission it is (`draft-key`), so that drafts of several submissions of one form stay apart.
 */
export const draftKey = (formId: string, version: string, record = ""): string =>
  `${PREFIX}${encodeURIComponent(formId)}@${encodeURIComponent(version)}${recordSuffix(record)}`;

/** `#<record>`, encoded, or "" for no record. Versions are encoded too, so a `#` in a key always starts the record. */
const recordSuffix = (record: string): string => record && `#${encodeURIComponent(record)}`;

function storage(): Storage {
  // Reading the property itself throws in some privacy modes and sandboxed frames.
  const store = globalThis.localStorage as Storage | undefined;
  if (!store) throw new Error("localStorage unavailable");
  return store;
}

function parseDraft(text: string | null): StoredDraft | undefined {
  if (text === null) return undefined;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null) return undefined;
    const { formId, version, savedAt, submission } = parsed as Record<string, unknown>;
    if (typeof formId !== "string" || typeof version !== "string" || typeof savedAt !== "string") return undefined;
    return { formId, version, savedAt, submission };
  } catch {
    return undefined;
  }
}

export function saveDraft(formId: string, version: string, submission: unknown, record = "", now = new Date()): StoredDraft {
  const draft: StoredDraft = { formId, version, savedAt: now.toISOString(), submission };
  // The submission's text through jsonText: after a keystroke only the edited path is written out again.
  const text = `{"formId":${JSON.stringify(formId)},"version":${JSON.stringify(version)},"savedAt":${JSON.stringify(draft.savedAt)},"submission":${jsonText(submission) ?? "null"}}`;
  storage().setItem(draftKey(formId, version, record), text);
  return draft;
}

export function readDraft(formId: string, version: string, record = ""): StoredDraft | undefined {
  return parseDraft(storage().getItem(draftKey(formId, version, record)));
}

/** What is stored under a draft's key: nothing, a draft, or text the element cannot read (not JSON, or no `savedAt`). */
export type DraftSlot = { readonly kind: "empty" } | { readonly kind: "draft"; readonly draft: StoredDraft } | { readonly kind: "unreadable"; readonly text: string };

export function readDraftSlot(formId: string, version: string, record = ""): DraftSlot {
  const text = storage().getItem(draftKey(formId, version, record));
  if (text === null || text === "") return { kind: "empty" };
  const draft = parseDraft(text);
  return draft ? { kind: "draft", draft } : { kind: "unreadable", text };
}

/** Unreadable drafts are kept under this prefix, outside the draft keys, so nothing ever saves over them. */
const BACKUP_PREFIX = "cluster-form:unreadable-draft:";

/**
 * Moves unreadable text out of a draft's key: `cluster-form:unreadable-draft:<draft key without prefix>@<ISO time>`.
 * Copied first and removed after, so a failure (storage full) leaves the text where it was; it then throws.
 */
export function setAsideDraft(formId: string, version: string, text: string, record = "", now = new Date()): string {
  const key = draftKey(formId, version, record);
  const backup = `${BACKUP_PREFIX}${key.slice(PREFIX.length)}@${now.toISOString()}`;
  const store = storage();
  store.setItem(backup, text);
  if (store.getItem(backup) !== text) throw new Error("the backup could not be read back");
  store.removeItem(key);
  return backup;
}

/** The text kept under a backup key, or null when it is gone. */
export function readBackup(backupKey: string): string | null {
  return backupKey.startsWith(BACKUP_PREFIX) ? storage().getItem(backupKey) : null;
}

export function removeDraft(formId: string, version: string, record = ""): void {
  storage().removeItem(draftKey(formId, version, record));
}

/** The `#<record>` part of a draft key, or "" for a key without one. */
function recordPart(key: string): string {
  const at = key.indexOf("#");
  return at < 0 ? "" : key.slice(at);
}

/** Drafts of the same submission (`record`) of the same form saved under other versions, newest first. */
export function otherVersionDrafts(formId: string, version: string, record = ""): StoredDraft[] {
  const store = storage();
  const prefix = `${PREFIX}${encodeURIComponent(formId)}@`;
  const own = draftKey(formId, version, record);
  const suffix = recordSuffix(record);
  const found: StoredDraft[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (key === null || key === own || !key.startsWith(prefix) || recordPart(key) !== suffix) continue;
    const draft = parseDraft(store.getItem(key));
    if (draft && draft.formId === formId) found.push(draft);
  }
  return found.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
}

export function describeStorageError(error: unknown): string {
  if (error instanceof Error) return error.name === "QuotaExceededError" ? `${error.name}` : `${error.name}: ${error.message}`;
  return String(error);
}
