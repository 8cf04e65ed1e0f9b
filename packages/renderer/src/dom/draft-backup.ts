/**
 * The notice for a saved draft the element could not read (see Autosave.find): it says where the
 * text was kept and offers it for download, unchanged, so the user's work is never lost unread.
 */
import { html, type TemplateResult } from "lit";
import type { Messages } from "../locales/messages.catalog.js";
import { readBackup } from "../state/draft-store.js";
import type { SetAsideDraft } from "../session/autosave.js";

/** The text to download: from its backup key while it is there, else the copy read at load. */
function backupText(setAside: SetAsideDraft): string {
  try {
    return (setAside.backupKey && readBackup(setAside.backupKey)) ?? setAside.text;
  } catch {
    return setAside.text;
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** Downloads the unreadable draft as a file: `.json` when it is JSON, else `.txt`, named after the form. */
export function downloadDraftBackup(setAside: SetAsideDraft, formId: string, version: string): void {
  const text = backupText(setAside);
  const json = isJson(text);
  const url = URL.createObjectURL(new Blob([text], { type: json ? "application/json" : "text/plain;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = `${formId}@${version}-draft-backup.${json ? "json" : "txt"}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export function renderDraftSetAside(setAside: SetAsideDraft, msg: Messages, download: () => void, dismiss: () => void): TemplateResult {
  const failed = setAside.error !== undefined;
  return html`<div class="notice ${failed ? "error" : "warning"}" role=${failed ? "alert" : "status"} part="notice">
    <span>${failed ? msg.draftSetAsideFailed(setAside.error ?? "") : msg.draftSetAside(setAside.backupKey ?? "")}</span>
    <button type="button" @click=${download}>${msg.draftDownload}</button>
    ${failed ? "" : html`<button type="button" @click=${dismiss}>${msg.dismiss}</button>`}
  </div>`;
}
