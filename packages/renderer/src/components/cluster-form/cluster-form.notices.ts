/** The notices above the form: each kind of notice with the buttons that answer it. */
import { html, type TemplateResult } from "lit";
import { downloadDraftBackup, renderDraftSetAside } from "../../dom/draft-backup.js";
import { localize, type Messages } from "../../locales/index.js";
import { reviewMessagesFor } from "../../locales/review.js";
import { fieldId } from "../../session/field-id.js";
import { formatSavedAt, type Notice } from "../../session/notices.js";
import { partsSummary } from "../../session/problems.js";
import type { NoticeList } from "../../controllers/notice-list.js";
import type { DraftsController } from "../../controllers/drafts.controller.js";
import { renderProblemList } from "../problem-list/problem-list.js";
import type { FormActions } from "./cluster-form.actions.js";

export interface NoticesView {
  readonly msg: Messages;
  readonly lang: string;
  /** The form's id and version, which name a downloaded draft backup. */
  readonly form: { readonly id: string; readonly version: string };
  readonly notices: NoticeList;
  readonly drafts: DraftsController;
  readonly actions: FormActions;
}

export function renderNotices(view: NoticesView): TemplateResult {
  const { msg, lang, notices, actions } = view;
  const dismiss = (notice: Notice) => () => notices.drop(notice);
  return html`${notices.list.map((notice) => {
    switch (notice.kind) {
      case "restored":
        return html`<div class="notice" role="status" part="notice">
          <span>${msg.draftRestored(formatSavedAt(notice.draft.savedAt, lang))}</span>
          <button type="button" @click=${() => actions.discardRestored(notice)}>${msg.draftDiscard}</button>
          <button type="button" @click=${dismiss(notice)}>${msg.draftKeep}</button>
        </div>`;
      case "otherVersion":
        return html`<div class="notice warning" role="status" part="notice">
          <span>${msg.draftOtherVersion(notice.draft.version, formatSavedAt(notice.draft.savedAt, lang))}</span>
          <button type="button" @click=${() => actions.loadOtherVersion(notice)}>${msg.draftLoad}</button>
          <button type="button" @click=${() => view.drafts.discardOtherVersion(notice)}>${msg.draftDiscard}</button>
        </div>`;
      case "storageFailed":
        return html`<div class="notice error" role="alert" part="notice">${msg.storageFailed(notice.reason)}</div>`;
      case "draftSetAside":
        return renderDraftSetAside(notice.setAside, msg, () => downloadDraftBackup(notice.setAside, view.form.id, view.form.version), dismiss(notice));
      case "submitted":
        return html`<div class="notice" role="status" part="notice">${msg.submitted}
          <button type="button" @click=${dismiss(notice)}>${msg.dismiss}</button></div>`;
      case "submitBlocked":
      case "checked":
        return renderProblems(view, notice);
      case "undo":
        return html`<div class="notice" role="status" part="notice">
          <span>${notice.text}</span>
          <button type="button" @click=${() => actions.undo(notice)}>${reviewMessagesFor(lang).undo}</button>
          <button type="button" @click=${dismiss(notice)}>${msg.dismiss}</button>
        </div>`;
      case "undone":
        return html`<div class="notice" role="status" part="notice">${reviewMessagesFor(lang).undone}</div>`;
      case "nothingToReview":
        return html`<div class="notice error" role="alert" part="notice">${reviewMessagesFor(lang).nothingToReview}</div>`;
      case "reviewPending":
        return html`<div class="notice error" role="alert" part="notice">${reviewMessagesFor(lang).reviewPending(notice.count)}</div>`;
    }
  })}`;
}

function renderProblems(view: NoticesView, notice: Notice & { kind: "checked" | "submitBlocked" }): TemplateResult {
  const { msg } = view;
  const { problems } = notice;
  const where = partsSummary(problems, msg);
  const text = notice.kind === "submitBlocked" ? msg.submitBlocked(problems.length, where) : problems.length > 0 ? msg.checkProblems(problems.length, where) : msg.valid;
  return html`<div class="notice problems ${problems.length > 0 ? "error" : "ok"}" role=${problems.length > 0 ? "alert" : "status"} tabindex="-1" data-kind=${notice.kind} part="notice">
    <span>${text}</span>
    ${renderProblemList({
      problems,
      msg,
      localize: (finding) => localize(finding.message, view.lang),
      linkTo: (pointer) => `#${fieldId(pointer)}`,
      onLink: (event, pointer) => view.actions.followLink(event, pointer),
    })}
    <button type="button" @click=${() => view.notices.drop(notice)}>${msg.dismiss}</button>
  </div>`;
}
