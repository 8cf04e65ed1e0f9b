/**
 * Drafts in the browser's storage: changes are saved to the draft of this form version and
 * `draft-key` within `SAVE_DELAY_MS` of the first one not yet saved, so that typing writes the
 * whole submission a few times a second, not on every key; whatever waits is written at once when
 * the page may go away (hidden, closed, reloaded, frozen), the element leaves the page or opens
 * other drafts, and before a check, a submit or an export (`saveNow`). A saved draft is restored
 * over what the page gave, and "discard" brings back what it covered. A draft that cannot be read
 * is set aside (kept under a backup key, offered for download) before anything is saved over it;
 * drafts of other versions are offered, not loaded. Storage failures become notices and
 * `cf-draft` events, never exceptions.
 */
import type { Submission } from "@cluster-form/schema";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { ClusterFormDraftEvent } from "../events.js";
import { Autosave } from "../session/autosave.js";
import { prepareSavedAtFormat, type Notice } from "../session/notices.js";
import type { FormSession } from "../session/session.js";
import type { StoredDraft } from "../state/draft-store.js";
import type { NoticeList } from "./notice-list.js";

/** The longest a change waits before it is written: what a crash of the browser itself could lose. */
const SAVE_DELAY_MS = 500;

export interface DraftsHost extends ReactiveControllerHost, EventTarget {}

/** The latest change not yet written, and where it goes (the drafts open when it was made). */
interface WaitingChange {
  readonly autosave: Autosave;
  readonly submission: Submission;
}

export class DraftsController implements ReactiveController {
  #autosave?: Autosave;
  #waiting?: WaitingChange;
  #timer?: ReturnType<typeof setTimeout>;
  #stopListening?: () => void;
  /** The value a restored draft covers, which "discard draft" shows again. */
  #covered?: unknown;
  /**
   * The draft restored over the page's value, until the first change after it, and the value the
   * page set since (see `pageValueSet`).
   */
  #restored?: { readonly draft: StoredDraft; pageValue?: unknown };
  /** The page set `value` while the restored draft was shown: settled in the element's next update (`hostUpdate`). */
  #pageValueWaiting = false;
  #savedAt?: string;

  constructor(
    private readonly host: DraftsHost,
    private readonly notices: NoticeList,
    private readonly options: {
      readonly enabled: () => boolean;
      readonly draftKey: () => string;
      readonly lang: () => string;
      readonly session: () => FormSession | undefined;
      /** The session's submission was replaced by the draft again: it is to be evaluated. */
      readonly redrafted: () => void;
    },
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopListening = this.#listen();
  }

  /** Leaving the page (removed, or moved elsewhere): what waits is written now. */
  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.saveNow();
  }

  /** When the draft was last saved or restored (the status bar says so), undefined before. */
  get savedAt(): string | undefined {
    return this.#savedAt;
  }

  /** Saves go to the draft of this form version and `draftKey`; a draft saved there is restored over what is shown. */
  open(session: FormSession): void {
    // A change waiting belongs to the drafts open until now.
    this.saveNow();
    const { id, version } = session.pkg.manifest;
    this.#autosave = this.options.enabled() ? new Autosave(id, version, this.options.draftKey()) : undefined;
    if (this.#autosave) prepareSavedAtFormat(this.options.lang());
    this.#covered = undefined;
    this.#restored = undefined;
    this.#pageValueWaiting = false;
    this.#savedAt = undefined;
    this.notices.dropWhere((n) => n.kind === "restored" || n.kind === "otherVersion");
    this.#restore(session);
  }

  /** The same object the page set over the restored draft once already (a framework drawing again) is left where it is. */
  isPageValueAgain(value: unknown): boolean {
    return this.#restored !== undefined && value === this.#restored.pageValue;
  }

  /** The page set `value` (the session holds it now): if a restored draft nobody has changed was shown, the draft is shown again over it in the next update. */
  pageValueSet(value: unknown): void {
    if (!this.#restored) return;
    this.#restored.pageValue = value;
    this.#pageValueWaiting = true;
    this.host.requestUpdate();
  }

  /** Another form is loading: a value the page set over this form's draft stays where it is. */
  reloading(): void {
    this.#pageValueWaiting = false;
  }

  /**
   * In the element's update, once a `draftKey` set in the same task is seen (it reopens the drafts
   * instead): a value the page set over a restored draft nobody has changed since (data fetched
   * after the form loaded, a framework drawing its first value again) is kept behind the draft, as a
   * value given with the form is: the draft stays shown, "discard" shows that value, and the next
   * change does not save the page's value over what the user typed before.
   */
  hostUpdate(): void {
    const waiting = this.#pageValueWaiting;
    this.#pageValueWaiting = false;
    const session = this.options.session();
    const restored = this.#restored;
    if (!waiting || !session || !restored) return;
    this.#covered = session.submission;
    session.load(restored.draft.submission);
    this.options.redrafted();
    this.host.dispatchEvent(new ClusterFormDraftEvent("restored", restored.draft.savedAt));
  }

  /** A change by the user: the draft is theirs from now on, and saved within `SAVE_DELAY_MS`. */
  changed(submission: Submission): void {
    this.#restored = undefined;
    const autosave = this.#autosave;
    if (!autosave || !this.options.enabled()) return;
    this.#waiting = { autosave, submission };
    this.#timer ??= setTimeout(() => this.saveNow(), SAVE_DELAY_MS);
  }

  /** Writes the change still waiting, if any, now. */
  saveNow(): void {
    const waiting = this.#takeWaiting();
    if (!waiting) return;
    const saved = waiting.autosave.save(waiting.submission);
    // The status bar says when it saved.
    this.host.requestUpdate();
    if (saved.ok) {
      this.#savedAt = saved.value.savedAt;
      this.notices.dropWhere((n) => n.kind === "storageFailed");
      this.host.dispatchEvent(new ClusterFormDraftEvent("saved", saved.value.savedAt));
    } else {
      this.notices.add({ kind: "storageFailed", reason: saved.error });
      this.host.dispatchEvent(new ClusterFormDraftEvent("failed", undefined, saved.error));
    }
  }

  /**
   * Removes the restored draft and shows what it covered again; `reloaded` runs once that is in the
   * session, before `cf-draft` tells of it. Returns the draft's submission, for an undo.
   */
  discardRestored(session: FormSession, notice: Notice & { kind: "restored" }, reloaded: () => void): Submission {
    const draft = session.submission;
    // What waits would save the draft being discarded again.
    this.#takeWaiting();
    this.#autosave?.discard();
    this.#restored = undefined;
    session.load(this.#covered);
    this.notices.drop(notice);
    reloaded();
    this.host.dispatchEvent(new ClusterFormDraftEvent("discarded", undefined));
    return draft;
  }

  discardOtherVersion(notice: Notice & { kind: "otherVersion" }): void {
    this.#autosave?.discard(notice.draft.version);
    this.notices.drop(notice);
  }

  /** The change waiting to be written, if any, which no longer waits. */
  #takeWaiting(): WaitingChange | undefined {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const waiting = this.#waiting;
    this.#waiting = undefined;
    return waiting;
  }

  /** The moments a page may go away without another task: what waits is written synchronously then. */
  #listen(): () => void {
    const save = (): void => this.saveNow();
    const hidden = (): void => {
      if (document.visibilityState === "hidden") this.saveNow();
    };
    window.addEventListener("pagehide", save);
    document.addEventListener("visibilitychange", hidden);
    document.addEventListener("freeze", save);
    return () => {
      window.removeEventListener("pagehide", save);
      document.removeEventListener("visibilitychange", hidden);
      document.removeEventListener("freeze", save);
    };
  }

  #restore(session: FormSession): void {
    const autosave = this.#autosave;
    if (!autosave) return;
    const found = autosave.find();
    if (!found.ok) {
      this.notices.add({ kind: "storageFailed", reason: found.error });
      return;
    }
    const { own, others, setAside } = found.value;
    if (setAside) {
      this.notices.add({ kind: "draftSetAside", setAside });
      this.host.dispatchEvent(new ClusterFormDraftEvent("setAside", undefined, setAside.error, setAside.backupKey));
    }
    if (own) {
      this.#covered = session.submission;
      this.#restored = { draft: own };
      session.load(own.submission);
      this.#savedAt = own.savedAt;
      this.notices.add({ kind: "restored", draft: own });
      this.host.dispatchEvent(new ClusterFormDraftEvent("restored", own.savedAt));
    }
    for (const draft of others) this.notices.add({ kind: "otherVersion", draft });
  }
}
