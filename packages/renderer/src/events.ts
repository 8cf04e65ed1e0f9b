/**
 * The element's events: `Event` subclasses with typed fields, bubbling and composed so a page
 * can listen on any ancestor. `HTMLElementEventMap` is extended so `addEventListener` knows them.
 */
import type { DataFinding, FormPackage, Submission } from "@cluster-form/schema";
import type { ColumnTotal, EvaluationResult } from "@cluster-form/rules";

const init: EventInit = { bubbles: true, composed: true };

/** `cf-load`: a form package is loaded and drawn. */
export class ClusterFormLoadEvent extends Event {
  static readonly eventName = "cf-load";
  constructor(readonly formPackage: FormPackage) {
    super(ClusterFormLoadEvent.eventName, init);
  }
}

/** `cf-change`: the user changed a value; `pointer` is where (`/data/<part>/…` or `/scores/<criterion>/<column>`). */
export class ClusterFormChangeEvent extends Event {
  static readonly eventName = "cf-change";
  constructor(
    readonly pointer: string,
    readonly value: unknown,
    readonly submission: Submission,
  ) {
    super(ClusterFormChangeEvent.eventName, init);
  }
}

/** `cf-score-change`: a total, a part subtotal or the veto changed. */
export class ClusterFormScoreChangeEvent extends Event {
  static readonly eventName = "cf-score-change";
  constructor(
    readonly total: Readonly<Record<string, ColumnTotal>>,
    readonly vetoed: boolean,
    readonly result: EvaluationResult,
  ) {
    super(ClusterFormScoreChangeEvent.eventName, init);
  }
}

/** `cf-validity`: the form went from valid to invalid or back, or `validate()` ran. */
export class ClusterFormValidityEvent extends Event {
  static readonly eventName = "cf-validity";
  constructor(
    readonly valid: boolean,
    readonly findings: readonly DataFinding[],
    readonly mode: "draft" | "final",
  ) {
    super(ClusterFormValidityEvent.eventName, init);
  }
}

/** `cf-submit`: the user asked to submit and the final validation passed. Cancelable. */
export class ClusterFormSubmitEvent extends Event {
  static readonly eventName = "cf-submit";
  constructor(
    readonly submission: Submission,
    readonly result: EvaluationResult,
    /** The role that submitted: its own fields are complete and valid; fields other roles fill may still be blank. */
    readonly role: string,
  ) {
    super(ClusterFormSubmitEvent.eventName, { ...init, cancelable: true });
  }
}

export type DraftAction = "saved" | "restored" | "discarded" | "failed" | "setAside";

/**
 * `cf-draft`: autosave wrote, restored or discarded the draft, or could not write it (`error`).
 * `setAside`: the saved draft could not be read; its text was moved to `backupKey` in localStorage
 * (or, with `error`, could not be moved, and autosave is paused so that nothing is saved over it).
 */
export class ClusterFormDraftEvent extends Event {
  static readonly eventName = "cf-draft";
  constructor(
    readonly action: DraftAction,
    readonly savedAt: string | undefined,
    readonly error?: string,
    readonly backupKey?: string,
  ) {
    super(ClusterFormDraftEvent.eventName, init);
  }
}

/** `cf-error`: the form could not be loaded, or its rules could not run. */
export class ClusterFormErrorEvent extends Event {
  static readonly eventName = "cf-error";
  constructor(
    readonly error: unknown,
    readonly stage: "load" | "evaluate" | "validators",
  ) {
    super(ClusterFormErrorEvent.eventName, init);
  }
}

export interface ClusterFormEventMap {
  "cf-load": ClusterFormLoadEvent;
  "cf-change": ClusterFormChangeEvent;
  "cf-score-change": ClusterFormScoreChangeEvent;
  "cf-validity": ClusterFormValidityEvent;
  "cf-submit": ClusterFormSubmitEvent;
  "cf-draft": ClusterFormDraftEvent;
  "cf-error": ClusterFormErrorEvent;
}

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface HTMLElementEventMap extends ClusterFormEventMap {}
}
