/**
 * What the user does with the element's own buttons and notices (Check, Submit, Clear, Undo,
 * Confirm all, the draft notices' buttons, links to fields), and the one path every change takes:
 * saved to the draft, told by `cf-change`, evaluated in the next frame.
 */
import { editRights, setValueAt, type Submission } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import type { DraftsController } from "../../controllers/drafts.controller.js";
import type { EvaluationController } from "../../controllers/evaluation.controller.js";
import type { NoticeList } from "../../controllers/notice-list.js";
import type { RowWindows } from "../../controllers/row-windows.controller.js";
import { holdInView } from "../../dom/hold-in-view.js";
import { ClusterFormChangeEvent, ClusterFormSubmitEvent } from "../../events.js";
import { reviewMessagesFor } from "../../locales/review.js";
import { clearFor, countFilled } from "../../session/clear.js";
import { formatSavedAt, type Notice } from "../../session/notices.js";
import { problemsOf } from "../../session/problems.js";
import { pointerSegments } from "../../session/pointer-segments.js";
import { holdsOthersData, pendingConfirmations, reviewColumnsOf, withConfirmations } from "../../session/review.js";
import type { FormSession } from "../../session/session.js";
import type { ContextHost } from "../../widgets/context.js";

export interface ActionsHost {
  readonly element: HTMLElement & { readonly updateComplete: Promise<boolean> };
  readonly notices: NoticeList;
  readonly drafts: DraftsController;
  readonly evaluation: EvaluationController;
  readonly rowWindows: RowWindows;
  session(): FormSession | undefined;
  role(): string;
  lang(): string;
  validate(): EvaluationResult | undefined;
  reset(): void;
  focusField(pointer: string): boolean;
  announce(text: string): void;
}

export class FormActions {
  constructor(private readonly host: ActionsHost) {}

  /** After every change the user (or `edit`, `open`, an undo) makes: the draft saved soon, `cf-change` fired, the rules run in the next frame. */
  changed(pointer: string, value: unknown): void {
    const session = this.host.session();
    if (!session) return;
    this.host.notices.dropTransient();
    this.host.drafts.changed(session.submission);
    this.host.element.dispatchEvent(new ClusterFormChangeEvent(pointer, value, session.submission));
    this.host.evaluation.schedule();
  }

  /** `edit()`: a change made for the user, of what the role fills only (the rest of `value` stays as it was). */
  edit(session: FormSession, pointer: string, value: unknown): void {
    const current = session.submission;
    const next = pointer === "" ? value : setValueAt(current, pointerSegments(pointer), value);
    session.load(editRights(session.pkg).keepLocked(this.host.role(), current, next));
    this.changed(pointer, pointer === "" ? undefined : session.valueAt(pointer));
  }

  /** `open()`: a whole submission shown, as the user's own change. */
  open(session: FormSession, value: unknown): void {
    session.load(value);
    session.mode = "draft";
    this.changed("", undefined);
  }

  /** What the widgets call to change the submission and reach the element. */
  readonly widgetHost: Omit<ContextHost, "session" | "formRole" | "lang" | "msg" | "index"> = {
    changeValue: (pointer, value, typed) => {
      this.host.session()?.setValue(pointer, value, typed);
      this.changed(pointer, value);
    },
    changeScore: (criterion, column, text) => {
      const session = this.host.session();
      const pointer = session?.setScore(criterion, column, text);
      if (pointer) this.changed(pointer, session?.valueAt(pointer));
    },
    announce: (text) => this.host.announce(text),
    rowWindow: (pointer, count) => this.host.rowWindows.windowOf(pointer, count),
    focusSoon: (pointer) => {
      // The change drawn first: its evaluation would otherwise wait for the next frame.
      this.host.evaluation.flush();
      void this.host.element.updateComplete.then(() => this.host.focusField(pointer));
    },
  };

  submit(): void {
    const result = this.host.validate();
    const session = this.host.session();
    if (!result || !session) return;
    const role = this.host.role();
    // What this role fills must be complete and valid; what other roles fill waits for them.
    const errors = this.host.evaluation.roleView(result)?.errors ?? [];
    this.host.notices.dropWhere((n) => n.kind === "submitted" || n.kind === "submitBlocked" || n.kind === "nothingToReview" || n.kind === "reviewPending");
    // A review of nothing: the role reviews scores, and no data of the roles it reviews is there.
    const reviewed = reviewColumnsOf(session.pkg, role);
    if (reviewed.length > 0 && !holdsOthersData(session.pkg, editRights(session.pkg), session.submission, role)) {
      this.host.notices.add({ kind: "nothingToReview" });
      return;
    }
    // A review is done when every computed score has been confirmed or overridden.
    const pending = pendingConfirmations(result, reviewed).length;
    if (pending > 0) {
      this.host.notices.add({ kind: "reviewPending", count: pending });
      return;
    }
    if (errors.length > 0) {
      this.#showProblems({ kind: "submitBlocked", problems: problemsOf(errors, session.pkg, result) });
      return;
    }
    if (this.host.element.dispatchEvent(new ClusterFormSubmitEvent(session.submission, result, role))) this.host.notices.add({ kind: "submitted" });
  }

  /** Check: the final check, and its outcome in view, even when all is clear. */
  check(): void {
    const result = this.host.validate();
    const session = this.host.session();
    if (!result || !session) return;
    this.host.notices.dropWhere((n) => n.kind === "submitted" || n.kind === "submitBlocked");
    this.#showProblems({ kind: "checked", problems: problemsOf(this.host.evaluation.roleView(result)?.errors ?? [], session.pkg, result) });
  }

  /** Says exactly what goes (how many entries, in which parts) before clearing; nothing to clear, nothing asked. */
  confirmReset(): void {
    const session = this.host.session();
    if (!session) return;
    const rm = reviewMessagesFor(this.host.lang());
    const clearing = clearFor(session.pkg, editRights(session.pkg), session.submission, this.host.role());
    if (clearing.values === 0) {
      window.alert(rm.clearNothing);
      return;
    }
    if (window.confirm(rm.clearConfirm(clearing.values, clearing.parts, clearing.scores))) this.host.reset();
  }

  /** Clears what the role fills; what other roles filled stays. */
  clear(): void {
    const session = this.host.session();
    if (!session) return;
    const previous = session.submission;
    const clearing = clearFor(session.pkg, editRights(session.pkg), previous, this.host.role());
    session.load(clearing.next);
    session.mode = "draft";
    this.changed("", undefined);
    this.#offerUndo(reviewMessagesFor(this.host.lang()).cleared(clearing.values), previous);
  }

  /** For a scorer who reviews computed scores: confirm every one still pending at once. */
  confirmAll(): void {
    const session = this.host.session();
    if (!session) return;
    const confirmations = pendingConfirmations(session.result, reviewColumnsOf(session.pkg, this.host.role()));
    if (confirmations.length === 0) return;
    session.load(withConfirmations(session.submission, confirmations));
    this.changed("/scores", session.valueAt("/scores"));
  }

  /** Puts back what a clearing or a discarded draft replaced, saved again as the draft. */
  undo(notice: Notice & { kind: "undo" }): void {
    const session = this.host.session();
    if (!session) return;
    session.load(notice.previous);
    this.changed("", undefined);
    this.host.notices.add({ kind: "undone" });
  }

  discardRestored(notice: Notice & { kind: "restored" }): void {
    const session = this.host.session();
    if (!session) return;
    const draft = this.host.drafts.discardRestored(session, notice, () => this.host.evaluation.evaluate());
    const lang = this.host.lang();
    this.#offerUndo(reviewMessagesFor(lang).draftDiscarded(formatSavedAt(notice.draft.savedAt, lang), countFilled(draft.data) + countFilled(draft.scores)), draft);
  }

  loadOtherVersion(notice: Notice & { kind: "otherVersion" }): void {
    const session = this.host.session();
    if (!session) return;
    session.load(notice.draft.submission);
    this.host.notices.drop(notice);
    this.changed("", undefined);
  }

  goToPart(part: string): void {
    const heading = this.host.element.shadowRoot?.getElementById(`part-${part}-title`);
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  }

  /** A link to a field (in the blanks list or a problem list) moves focus to the field. */
  followLink(event: Event, pointer: string): void {
    event.preventDefault();
    this.host.focusField(pointer);
  }

  #offerUndo(text: string, previous: Submission): void {
    this.host.notices.dropWhere((n) => n.kind === "undo" || n.kind === "undone");
    this.host.notices.add({ kind: "undo", text, previous });
  }

  /** Shows the outcome and moves focus to it: it is read out, and scrolled into view below the sticky bar. */
  #showProblems(notice: Notice & { kind: "checked" | "submitBlocked" }): void {
    this.host.notices.add(notice);
    void this.host.element.updateComplete.then(() => {
      const shown = this.host.element.shadowRoot?.querySelector<HTMLElement>(`.notice[data-kind="${notice.kind}"]`);
      if (!shown) return;
      shown.focus({ preventScroll: true });
      holdInView(shown);
    });
  }
}
