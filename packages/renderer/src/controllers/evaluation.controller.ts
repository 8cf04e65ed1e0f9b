/**
 * When the rules run. A change is stored and saved at once, and its evaluation waits for the next
 * frame, so that keystrokes arriving within one frame cost one evaluation and typing never waits
 * for scoring; whoever reads the result first (`result`, `validate()`, a focus move) runs it early.
 * Each result is indexed for drawing and seen through the role in effect (its own blanks,
 * completeness and blocking errors, worked out once per result and role); the element hears of
 * new scores and validity through `cf-score-change` and `cf-validity`.
 *
 * `evaluate()` is the element's one call of the evaluator.
 */
import { editRights } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { ClusterFormErrorEvent, ClusterFormScoreChangeEvent, ClusterFormValidityEvent } from "../events.js";
import { indexResult, PartVersions, type ResultIndex } from "../session/result-index.js";
import { roleView, type RoleView } from "../session/role-view.js";
import type { FormSession } from "../session/session.js";

export interface EvaluationHost extends ReactiveControllerHost, EventTarget {}

export class EvaluationController implements ReactiveController {
  #frame?: number;
  #scoreKey = "";
  #valid?: boolean;
  #index: ResultIndex = indexResult(undefined);
  readonly #partVersions = new PartVersions();
  /** The role the index was built for. */
  #indexedRole?: string;
  #view?: { readonly result: EvaluationResult | undefined; readonly role: string; readonly session: FormSession; readonly view: RoleView };

  constructor(
    private readonly host: EvaluationHost,
    private readonly session: () => FormSession | undefined,
    private readonly role: () => string,
  ) {
    host.addController(this);
  }

  /** The latest result indexed for drawing: findings by field, what changed by part. */
  get index(): ResultIndex {
    return this.#index;
  }

  /** A new session: its first scores and validity are news, whatever the last session's were. */
  restart(): void {
    this.#scoreKey = "";
    this.#valid = undefined;
  }

  /** Runs the rules now (a waiting frame is cancelled). */
  evaluate(): EvaluationResult | undefined {
    if (this.#frame !== undefined) {
      cancelAnimationFrame(this.#frame);
      this.#frame = undefined;
    }
    const session = this.session();
    if (!session) return undefined;
    const result = session.evaluate();
    this.#index = this.#indexFor(result);
    this.host.requestUpdate();
    if (session.evaluationError) this.host.dispatchEvent(new ClusterFormErrorEvent(session.evaluationError, "evaluate"));
    if (result) this.#announce(result, session);
    return result;
  }

  /** Runs the rules in the next frame, once however many changes arrive before it. */
  schedule(): void {
    this.#frame ??= requestAnimationFrame(() => {
      this.#frame = undefined;
      this.evaluate();
    });
  }

  /** Runs an evaluation still waiting for its frame now (for callers reading the result). */
  flush(): void {
    if (this.#frame !== undefined) this.evaluate();
  }

  /** Another role sees other fields' blanks next to them: before drawing for it, the index is built again. */
  hostUpdate(): void {
    const session = this.session();
    if (session && this.#indexedRole !== undefined && this.#indexedRole !== this.role()) this.#index = this.#indexFor(session.result);
  }

  /** The result as the role in effect sees it: its own blanks, completeness and blocking errors. */
  roleView(result = this.session()?.result): RoleView | undefined {
    const session = this.session();
    if (!session) return undefined;
    const role = this.role();
    const cached = this.#view;
    if (cached && cached.result === result && cached.role === role && cached.session.pkg === session.pkg) return cached.view;
    const view = roleView(result, editRights(session.pkg), role, (pointer) => session.valueAt(pointer));
    this.#view = { result, role, session, view };
    return view;
  }

  #indexFor(result: EvaluationResult | undefined): ResultIndex {
    this.#indexedRole = this.role();
    const view = this.roleView(result);
    return indexResult(result, view ? (finding) => view.shows(finding) : undefined, this.#partVersions);
  }

  #announce(result: EvaluationResult, session: FormSession): void {
    const key = JSON.stringify([result.total, result.parts.map((p) => p.columns), result.veto.vetoed]);
    if (key !== this.#scoreKey) {
      this.#scoreKey = key;
      this.host.dispatchEvent(new ClusterFormScoreChangeEvent(result.total, result.veto.vetoed, result));
    }
    if (result.valid !== this.#valid) {
      this.#valid = result.valid;
      this.host.dispatchEvent(new ClusterFormValidityEvent(result.valid, result.findings, session.mode));
    }
  }
}
