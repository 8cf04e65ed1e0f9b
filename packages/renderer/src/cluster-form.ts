import { FormDefinitionError, formatFinding, type DataFinding, type FormPackage, type PrecompiledValidators, type Submission } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { guard } from "lit/directives/guard.js";
import { clusterFormStyles } from "./cluster-form.styles.js";
import { screenFitStyles } from "./styles/screen-fit.styles.js";
import { paperStyles } from "./styles/paper.styles.js";
import { holdInView } from "./core/hold-in-view.js";
import { NARROW_BELOW, ScreenLayout } from "./core/screen-layout.js";
import { partsSummary, problemsOf, renderProblemList } from "./problem-list.js";
import { renderTotalsStrip } from "./totals-strip.js";
import { Autosave } from "./core/autosave.js";
import { downloadDraftBackup, renderDraftSetAside } from "./core/draft-backup.js";
import type { StoredDraft } from "./state/draft-store.js";
import { createWidgetContext, type ContextHost } from "./core/context.js";
import { fieldId } from "./core/field-id.js";
import { evaluatorFor, importValidators, loadFromSrc } from "./core/load.js";
import { formatSavedAt, prepareSavedAtFormat, sameNotice, type Notice } from "./core/notices.js";
import { ensureA4PageRules } from "./core/page-setup.js";
import { editRightsOf } from "./core/edit-rights.js";
import { indexResult, PartVersions, type ResultIndex } from "./core/result-index.js";
import { roleView, type RoleView } from "./core/role-view.js";
import { RowWindows } from "./core/row-window.js";
import { FormSession } from "./core/session.js";
import { segmentsOf } from "./core/memo.js";
import { setIn } from "./state/data-path.js";
import {
  ClusterFormChangeEvent,
  ClusterFormDraftEvent,
  ClusterFormErrorEvent,
  ClusterFormLoadEvent,
  ClusterFormScoreChangeEvent,
  ClusterFormSubmitEvent,
  ClusterFormValidityEvent,
} from "./events.js";
import { localize, messagesFor, type Messages } from "./locales/index.js";
import { defaultWidgets, pickWidget, type Widget, type WidgetContext } from "./widgets/index.js";
import { isPending, leftOutNote, totalText } from "./widgets/left-out.js";
import { reviewStyles } from "./review.styles.js";
import { clearFor, countFilled } from "./core/clear.js";
import { holdsOthersData, pendingConfirmations, reviewColumnsOf, withConfirmations } from "./core/review.js";
import { reviewMessagesFor } from "./locales/review.js";

/** Notices that stand until the next change: an undo offer and what an action just said. */
const isTransient = (notice: Notice): boolean => notice.kind === "undo" || notice.kind === "undone" || notice.kind === "nothingToReview" || notice.kind === "reviewPending";

/** Loads a module lazily (Excel import/export), so that it never weighs on the element's bundle. */
export type ModuleLoader<T = unknown> = () => Promise<T>;

type LoadState = { readonly status: "idle" } | { readonly status: "loading" } | { readonly status: "ready" } | { readonly status: "error"; readonly message: string; readonly details: readonly string[] };

/**
 * `<cluster-form>`: draws, fills, scores and prints any cluster-form form package. Everything it
 * shows comes from the form files; it evaluates the rules as the user types.
 *
 * @summary A form package drawn as the paper workbook, scored live.
 *
 * @fires cf-load - `ClusterFormLoadEvent`: the package is loaded and drawn.
 * @fires cf-change - `ClusterFormChangeEvent`: a value or a typed score changed (`pointer`, `value`, `submission`).
 * @fires cf-score-change - `ClusterFormScoreChangeEvent`: a total, a subtotal or the veto changed.
 * @fires cf-validity - `ClusterFormValidityEvent`: validity changed, or `validate()` ran.
 * @fires cf-submit - `ClusterFormSubmitEvent`: the user submitted a form that passed the final check (cancelable).
 * @fires cf-draft - `ClusterFormDraftEvent`: a draft was saved, restored, discarded, set aside (unreadable: kept under `backupKey`), or could not be saved.
 * @fires cf-error - `ClusterFormErrorEvent`: the package, its validators or its rules could not be loaded or run.
 *
 * @slot toolbar - Extra actions after the built-in buttons (e.g. Excel import and export).
 * @slot footer - Content after the last part.
 *
 * @csspart header - The form's title block.
 * @csspart status - The sticky bar with totals, completeness and the veto.
 * @csspart toolbar - The action buttons.
 * @csspart notice - A notice (draft restored, storage failure, submit outcome).
 * @csspart nav - The table of contents with per-part progress.
 * @csspart part - One part (table) of the form.
 * @csspart heading - A part or block heading.
 * @csspart block - Any layout block; also named by its widget (`fields`, `grid`, `repeat`, `criteria`…).
 * @csspart input - A text, number or date input or a text area.
 * @csspart cell - A table cell holding an input or a computed value.
 * @csspart explanation - The disclosure explaining a score.
 * @csspart message - A validation message next to a field.
 *
 * @cssprop [--cf-font-family] - Screen font stack (CJK first).
 * @cssprop [--cf-print-font-family] - Print font stack (CJK serif first).
 * @cssprop [--cf-text-color=#1b1b1b] - Text colour.
 * @cssprop [--cf-muted-color=#555] - Secondary text.
 * @cssprop [--cf-background=#fff] - Background.
 * @cssprop [--cf-surface=#f6f7f9] - Header cells, read-only inputs, the status bar.
 * @cssprop [--cf-border-color=#333] - Table rules, as on paper.
 * @cssprop [--cf-line-color=#c9ccd1] - The outline of the status bar.
 * @cssprop [--cf-accent=#1a5fb4] - Buttons and links.
 * @cssprop [--cf-error-color=#b00020] - Errors.
 * @cssprop [--cf-warning-color=#8a5300] - Warning notices and messages (what does not block submitting).
 * @cssprop [--cf-ok-color=#1e6b2e] - Progress bars in the table of contents; the mark of a condition that held in a score's explanation.
 * @cssprop [--cf-veto-color=#a00000] - The veto notice in the status bar.
 * @cssprop [--cf-max-width=1200px] - Widest extent of the form.
 * @cssprop [--cf-content-visibility=auto] - `content-visibility` of each part and table row: parts off screen are not drawn until scrolled to; `visible` draws all (a full-page screenshot; with `window-rows="0"` for long tables).
 */
export class ClusterForm extends LitElement {
  static override styles = [clusterFormStyles, screenFitStyles, paperStyles, reviewStyles];

  static override properties = {
    src: { type: String },
    role: { type: String },
    formRole: { type: String, attribute: "form-role" },
    lang: { type: String },
    autosave: { type: String },
    draftKey: { type: String, attribute: "draft-key" },
    windowRows: { type: Number, attribute: "window-rows" },
    validators: { type: String },
    formPackage: { attribute: false },
    precompiledValidators: { attribute: false },
    widgets: { attribute: false },
    excelLoader: { attribute: false },
    _load: { state: true },
    _notices: { state: true },
    _announcement: { state: true },
    _revision: { state: true },
    _narrow: { state: true },
  };

  /** URL of the form's `form.json`, or of a bundled package (`cluster-form build`). */
  src?: string;
  /**
   * Who is working: `applicant` (default), `expert` or `viewer` (ids of the manifest's roles). Each
   * role edits only what the form grants it. `role` is also an ARIA attribute, and accessibility
   * checkers flag `role="applicant"` on the host as an unknown ARIA role: prefer `form-role`.
   */
  override role: string;
  /** The same as `role`, without the clash with ARIA; wins when both are given. */
  formRole: string;
  /** `zh-CN` (default) or `en`: the language of the element's own texts and of the rules' messages. */
  override lang: string;
  /** `on` (default) saves a draft in localStorage on every change; `off` turns that off. */
  autosave: "on" | "off";
  /**
   * Which submission this is, when one browser works on several of the same form (an expert
   * scoring one cluster after another): each key keeps its own draft. Empty (the default): one draft
   * per form version. Set it with `value`; changing it restores that submission's draft, if saved.
   */
  draftKey = "";
  /**
   * A repeating table with more rows than this draws only the rows near the viewport and the one
   * with focus (typing stays fast with hundreds of rows); printing draws every row. `0` always draws
   * every row (a full-page screenshot, the browser's find-in-page over every row).
   */
  windowRows = 30;
  /** URL of the precompiled validators module (`cluster-form build`), for pages whose CSP forbids eval. */
  validators?: string;
  /** The form package, when the page loaded it itself. */
  formPackage?: FormPackage;
  /** Precompiled validators, when the page imported them itself. */
  precompiledValidators?: PrecompiledValidators;
  /** The widget registry; append a widget with a higher rank to draw a block differently. */
  widgets: readonly Widget[] = defaultWidgets;
  /** Loads the Excel import/export module on demand (dynamic import), so it never counts in the bundle. */
  excelLoader?: ModuleLoader;

  // Lit's reactive states (see `properties`) must stay properties; the rest of the element's own
  // members are #private.
  private _load: LoadState = { status: "idle" };
  private _notices: readonly Notice[] = [];
  private _announcement = "";
  /**
   * Not reactive: every save comes with a change whose evaluation frame draws the element anyway.
   * As a state, each keystroke drew the whole element twice: at once for this, then for the result.
   */
  #savedAt?: string;
  private _revision = 0;
  /** Narrower than the form's `display.narrowBelow`: laid out for a phone. */
  private _narrow = false;
  readonly #screen = new ScreenLayout({
    host: this,
    root: () => this.shadowRoot,
    narrowBelow: () => this.#session?.pkg.manifest.display?.narrowBelow ?? NARROW_BELOW,
    onNarrow: (narrow) => {
      this._narrow = narrow;
    },
    scrollLabel: (box) => this.#msg.scrollRegion(box.closest(".block")?.querySelector(".block-heading")?.textContent?.trim() || box.closest("section")?.querySelector("h2")?.textContent?.trim() || ""),
    scrollCue: () => this.#msg.scrollCue,
  });
  #session?: FormSession;
  #autosave?: Autosave;
  #pendingValue?: unknown;
  /** The value before a draft was restored, for "discard draft". */
  #baseline?: unknown;
  /**
   * The draft restored over the page's value, until the first change after it, and the value the
   * page set since (`#putDraftBack`).
   */
  #restored?: { readonly draft: StoredDraft; pageValue?: unknown };
  /** The page set `value` while `#restored` was shown: decided in willUpdate, once a `draftKey` set in the same task is seen. */
  #valueUnderDraft = false;
  readonly #partVersions = new PartVersions();
  #index: ResultIndex = indexResult(undefined);
  #loadToken = 0;
  #scoreKey = "";
  #valid?: boolean;
  #excel?: Promise<unknown>;
  #frame?: number;
  readonly #rowWindows = new RowWindows(
    () => this.shadowRoot,
    (now) => {
      this.requestUpdate();
      if (now) this.performUpdate();
      return this.updateComplete;
    },
  );
  #stopWindowing?: () => void;
  #view?: { readonly result: EvaluationResult | undefined; readonly role: string; readonly pkg: FormPackage; readonly view: RoleView };

  constructor() {
    super();
    this.role = "";
    this.formRole = "";
    this.lang = "";
    this.autosave = "on";
  }

  // ------------------------------------------------------------ public API

  /**
   * The submission being filled: `{ form, data, scores }`, frozen (it is replaced on every change).
   * Setting it replaces what is shown; setting it to what it already is changes nothing. While a
   * restored draft is shown and the user has changed nothing since, a value set goes under the
   * draft, as one given before the form loaded does.
   */
  get value(): Submission | undefined {
    return this.#session?.submission ?? (this.#pendingValue as Submission | undefined);
  }

  set value(value: unknown) {
    const session = this.#session;
    if (!session) {
      this.#pendingValue = value;
      return;
    }
    const restored = this.#restored;
    // The same object again (a framework drawing again) is already under the draft.
    if (restored && value === restored.pageValue) return;
    if (!session.load(value)) return;
    if (restored) {
      restored.pageValue = value;
      this.#valueUnderDraft = true;
      this.requestUpdate();
    }
    this.#evaluate();
  }

  /** The loaded form package (read-only; set `formPackage` or `src` to change it), undefined until loaded. */
  get package(): FormPackage | undefined {
    return this.#session?.pkg;
  }

  /** The latest evaluation: scores, totals, findings, completeness. */
  get result(): EvaluationResult | undefined {
    this.#flushEvaluation();
    return this.#session?.result;
  }

  /** Checks the form as for a final submission and shows every message next to its field. */
  validate(): EvaluationResult | undefined {
    const session = this.#session;
    if (!session) return undefined;
    session.mode = "final";
    const result = this.#evaluate();
    if (result) this.dispatchEvent(new ClusterFormValidityEvent(result.valid, result.findings, "final"));
    return result;
  }

  /**
   * Changes the submission as the user's own edit, as `<cluster-form-excel>` does with an imported
   * workbook: saved to the draft, `cf-change` fired, evaluated in the next frame. `pointer` is a
   * submission pointer (`/data/<part>/…`, `/scores/<criterion>/<column>`), or "" for the whole
   * submission. Only what the role in effect fills is taken: inside a part, `/scores/<criterion>`
   * or the whole submission, the fields and score columns of other roles stay as they are.
   * Returns false, changing nothing, while no form is loaded or where the role does not fill.
   */
  edit(pointer: string, value: unknown): boolean {
    const session = this.#session;
    if (!session || !this.canEdit(pointer)) return false;
    const current = session.submission;
    const next = pointer === "" ? value : setIn(current, segmentsOf(pointer), value);
    session.load(editRightsOf(session.pkg).keepLocked(current, next, this.#role));
    this.#afterChange(pointer, pointer === "" ? undefined : session.valueAt(pointer));
    return true;
  }

  /**
   * Shows a whole submission the user opened (a JSON file, a sample), whoever the role in effect:
   * every value and score is shown; the role's rights limit only what it may change afterwards.
   * Saved to the draft and told by `cf-change`, as a user's edit. Returns false while no form is loaded.
   */
  open(value: unknown): boolean {
    const session = this.#session;
    if (!session) return false;
    session.load(value);
    session.mode = "draft";
    this.#afterChange("", undefined);
    return true;
  }

  /**
   * Whether the role in effect fills the field at a submission pointer (the form files'
   * `editableBy`), or, for "", anything at all. False while no form is loaded.
   */
  canEdit(pointer: string): boolean {
    const session = this.#session;
    if (!session) return false;
    const rights = editRightsOf(session.pkg);
    return pointer === "" ? rights.editsAnything(this.#role) : rights.canEdit(pointer, this.#role);
  }

  /**
   * Clears what the role in effect fills (its fields, scores and reasons); what other roles filled
   * stays. A notice offers to undo it until the next change.
   */
  reset(): void {
    const session = this.#session;
    if (!session) return;
    const previous = session.submission;
    const clearing = clearFor(session.pkg, editRightsOf(session.pkg), previous, this.#role);
    session.load(clearing.next);
    session.mode = "draft";
    this.#afterChange("", undefined);
    this.#offerUndo(reviewMessagesFor(this.#lang).cleared(clearing.values), previous);
  }

  /** Opens the browser's print dialog; the print stylesheet lays the form out on A4. */
  print(): void {
    window.print();
  }

  /** Loads the Excel module through `excelLoader`, once. */
  loadExcel(): Promise<unknown> {
    if (!this.excelLoader) return Promise.reject(new Error("excelLoader not set"));
    this.#excel ??= this.excelLoader();
    return this.#excel;
  }

  /** Moves focus to the input of a field (submission pointer `/data/<part>/…`). */
  focusField(pointer: string): boolean {
    const root = this.shadowRoot;
    if (!root) return false;
    // A row of a long table that is not drawn is drawn first.
    if (this.#rowWindows.reveal(pointer)) {
      this.requestUpdate();
      this.performUpdate();
    }
    for (let p = pointer; p.length > 0; p = p.slice(0, p.lastIndexOf("/"))) {
      const target = root.getElementById(fieldId(p));
      if (target) {
        const focusable = target instanceof HTMLFieldSetElement ? (target.querySelector("input") ?? target) : target;
        focusable.scrollIntoView({ block: "center" });
        focusable.focus();
        return true;
      }
    }
    const part = pointer.split("/")[2];
    if (part !== undefined) this.#goToPart(part);
    return false;
  }

  // ------------------------------------------------------------ lifecycle

  override connectedCallback(): void {
    super.connectedCallback();
    ensureA4PageRules(this.ownerDocument);
    this.#stopWindowing = this.#rowWindows.connect(this);
    this.#screen.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopWindowing?.();
    this.#screen.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("windowRows")) this.#rowWindows.threshold = Number.isFinite(this.windowRows) ? this.windowRows : 0;
    const valueUnderDraft = this.#valueUnderDraft;
    this.#valueUnderDraft = false;
    if (changed.has("src") || changed.has("formPackage") || changed.has("validators") || changed.has("precompiledValidators")) {
      void this.#loadPackage();
    } else if (changed.has("draftKey") && this.#session) {
      // After `value` too, when a page sets both at once: the draft, if any, goes over that value.
      this.#openDraft(this.#session);
      this.#evaluate();
    } else if (valueUnderDraft && this.#session && this.#restored) {
      this.#putDraftBack(this.#session, this.#restored.draft);
    }
    // Another role sees other fields' blanks next to them.
    if ((changed.has("role") || changed.has("formRole")) && this.#session) this.#index = this.#indexFor(this.#session.result);
  }

  protected override updated(): void {
    this.#rowWindows.afterDraw();
    this.#screen.afterDraw();
  }

  /** The result as the role in effect sees it: its own blanks, completeness and blocking errors (worked out once per result and role). */
  #roleView(result = this.#session?.result): RoleView | undefined {
    const session = this.#session;
    if (!session) return undefined;
    const role = this.#role;
    const cached = this.#view;
    if (cached && cached.result === result && cached.role === role && cached.pkg === session.pkg) return cached.view;
    const view = roleView(result, editRightsOf(session.pkg), role, (pointer) => session.valueAt(pointer));
    this.#view = { result, role, pkg: session.pkg, view };
    return view;
  }

  #indexFor(result: EvaluationResult | undefined): ResultIndex {
    const view = this.#roleView(result);
    return indexResult(result, view ? (finding) => view.shows(finding) : undefined, this.#partVersions);
  }

  get #lang(): string {
    return this.lang || this.closest("[lang]")?.getAttribute("lang") || "zh-CN";
  }

  /** The role in effect. */
  get #role(): string {
    return this.formRole || this.role || "applicant";
  }

  get #msg(): Messages {
    return messagesFor(this.#lang);
  }

  get #autosaveOn(): boolean {
    return this.autosave !== "off";
  }

  async #loadPackage(): Promise<void> {
    const token = ++this.#loadToken;
    if (!this.formPackage && !this.src) {
      this._load = { status: "idle" };
      return;
    }
    this._load = { status: "loading" };
    let stage: "load" | "validators" | "evaluate" = "load";
    try {
      const pkg = this.formPackage ?? (await loadFromSrc(this.src ?? "", document.baseURI));
      stage = "validators";
      const precompiled = this.precompiledValidators ?? (this.validators ? await importValidators(this.validators, document.baseURI) : undefined);
      if (token !== this.#loadToken) return;
      stage = "evaluate";
      // Reloading the same form keeps what was typed; another form starts from a value given for it
      // (or empty), then from its own draft: nothing of the previous form is carried into it.
      const previous = this.#session?.pkg.manifest.id === pkg.manifest.id ? this.#session.submission : this.#takePendingValue(pkg);
      this.#scoreKey = "";
      this.#valid = undefined;
      const session = new FormSession(pkg, evaluatorFor(pkg, precompiled), previous);
      this.#session = session;
      this.#rowWindows.forget();
      this._notices = [];
      this.#openDraft(session);
      this.#evaluate();
      if (session.evaluationError) throw session.evaluationError;
      this._load = { status: "ready" };
      this.dispatchEvent(new ClusterFormLoadEvent(pkg));
    } catch (error) {
      if (token !== this.#loadToken) return;
      this._load = { status: "error", ...this.#describeError(error, stage) };
      this.dispatchEvent(new ClusterFormErrorEvent(error, stage));
    }
  }

  /** The value set before the form was loaded, once, and only if it is not another form's. */
  #takePendingValue(pkg: FormPackage): unknown {
    const value = this.#pendingValue;
    this.#pendingValue = undefined;
    const form = typeof value === "object" && value !== null ? (value as { form?: { id?: unknown } }).form : undefined;
    return form?.id === undefined || form.id === pkg.manifest.id ? value : undefined;
  }

  #describeError(error: unknown, stage: string): { message: string; details: readonly string[] } {
    const msg = this.#msg;
    const lang = this.#lang.startsWith("en") ? "en" : "zh";
    const reason = error instanceof Error ? error.message : String(error);
    const details = error instanceof FormDefinitionError ? error.findings.map((f) => formatFinding(f, lang)) : [];
    const evalBlocked = error instanceof EvalError || /unsafe-eval|Content Security Policy/i.test(reason);
    const message = stage === "load" ? msg.loadFailed(reason) : msg.evaluatorFailed(reason);
    return { message, details: evalBlocked ? [msg.cspHint, ...details] : details };
  }

  /** Saves go to the draft of this form version and `draftKey`; a draft saved there is restored over what is shown. */
  #openDraft(session: FormSession): void {
    const { id, version } = session.pkg.manifest;
    this.#autosave = this.#autosaveOn ? new Autosave(id, version, this.draftKey) : undefined;
    if (this.#autosave) prepareSavedAtFormat(this.#lang);
    this.#baseline = undefined;
    this.#restored = undefined;
    this.#savedAt = undefined;
    this._notices = this._notices.filter((n) => n.kind !== "restored" && n.kind !== "otherVersion");
    this.#restoreDraft(session);
  }

  #restoreDraft(session: FormSession): void {
    const autosave = this.#autosave;
    if (!autosave) return;
    const found = autosave.find();
    if (!found.ok) {
      this.#addNotice({ kind: "storageFailed", reason: found.error });
      return;
    }
    const { own, others, setAside } = found.value;
    if (setAside) {
      this.#addNotice({ kind: "draftSetAside", setAside });
      this.dispatchEvent(new ClusterFormDraftEvent("setAside", undefined, setAside.error, setAside.backupKey));
    }
    if (own) {
      this.#baseline = session.submission;
      this.#restored = { draft: own };
      session.load(own.submission);
      this.#savedAt = own.savedAt;
      this.#addNotice({ kind: "restored", draft: own });
      this.dispatchEvent(new ClusterFormDraftEvent("restored", own.savedAt));
    }
    for (const draft of others) this.#addNotice({ kind: "otherVersion", draft });
  }

  /**
   * A value the page set over a restored draft that nobody has changed since (data fetched after the
   * form loaded, a framework drawing its first value again) goes under the draft, as a value given
   * with the form does: the draft stays shown, "discard" shows that value, and the next change does
   * not save the page's value over what the user typed before.
   */
  #putDraftBack(session: FormSession, draft: StoredDraft): void {
    this.#baseline = session.submission;
    session.load(draft.submission);
    this.#evaluate();
    this.dispatchEvent(new ClusterFormDraftEvent("restored", draft.savedAt));
  }

  // ------------------------------------------------------------ changes

  #evaluate(): EvaluationResult | undefined {
    if (this.#frame !== undefined) {
      cancelAnimationFrame(this.#frame);
      this.#frame = undefined;
    }
    const session = this.#session;
    if (!session) return undefined;
    const result = session.evaluate();
    this.#index = this.#indexFor(result);
    this._revision++;
    if (session.evaluationError) this.dispatchEvent(new ClusterFormErrorEvent(session.evaluationError, "evaluate"));
    if (result) this.#announceScores(result);
    return result;
  }

  #announceScores(result: EvaluationResult): void {
    const key = JSON.stringify([result.total, result.parts.map((p) => p.columns), result.veto.vetoed]);
    if (key !== this.#scoreKey) {
      this.#scoreKey = key;
      this.dispatchEvent(new ClusterFormScoreChangeEvent(result.total, result.veto.vetoed, result));
    }
    if (result.valid !== this.#valid) {
      this.#valid = result.valid;
      this.dispatchEvent(new ClusterFormValidityEvent(result.valid, result.findings, this.#session?.mode ?? "draft"));
    }
  }

  /**
   * What was typed is stored and saved at once; the evaluation waits for the next frame, so that
   * keystrokes arriving within one frame cost one evaluation and typing never waits for scoring.
   */
  #afterChange(pointer: string, value: unknown): void {
    const session = this.#session;
    if (!session) return;
    this.#restored = undefined;
    // An undo stands until the next change.
    if (this._notices.some(isTransient)) this._notices = this._notices.filter((n) => !isTransient(n));
    this.#save(session.submission);
    this.dispatchEvent(new ClusterFormChangeEvent(pointer, value, session.submission));
    this.#frame ??= requestAnimationFrame(() => {
      this.#frame = undefined;
      this.#evaluate();
    });
  }

  /** Runs an evaluation still waiting for its frame now (for callers reading the result). */
  #flushEvaluation(): void {
    if (this.#frame !== undefined) this.#evaluate();
  }

  #save(submission: Submission): void {
    const autosave = this.#autosave;
    if (!autosave || !this.#autosaveOn) return;
    const saved = autosave.save(submission);
    if (saved.ok) {
      this.#savedAt = saved.value.savedAt;
      if (this._notices.some((n) => n.kind === "storageFailed")) this._notices = this._notices.filter((n) => n.kind !== "storageFailed");
      this.dispatchEvent(new ClusterFormDraftEvent("saved", saved.value.savedAt));
    } else {
      this.#addNotice({ kind: "storageFailed", reason: saved.error });
      this.dispatchEvent(new ClusterFormDraftEvent("failed", undefined, saved.error));
    }
  }

  #addNotice(notice: Notice): void {
    this._notices = [...this._notices.filter((n) => !sameNotice(n, notice)), notice];
  }

  #dropNotice(notice: Notice): void {
    this._notices = this._notices.filter((n) => n !== notice);
  }

  readonly #host: Omit<ContextHost, "session" | "formRole" | "lang" | "msg" | "index"> = {
    changeValue: (pointer, value, typed) => {
      this.#session?.setValue(pointer, value, typed);
      this.#afterChange(pointer, value);
    },
    changeScore: (criterion, column, text) => {
      const pointer = this.#session?.setScore(criterion, column, text);
      if (pointer) this.#afterChange(pointer, this.#session?.valueAt(pointer));
    },
    announce: (text) => {
      this._announcement = text;
    },
    rowWindow: (pointer, count) => this.#rowWindows.windowOf(pointer, count),
    focusSoon: (pointer) => {
      // The change drawn first: its evaluation would otherwise wait for the next frame.
      this.#flushEvaluation();
      void this.updateComplete.then(() => this.focusField(pointer));
    },
  };

  #discardRestored(notice: Notice & { kind: "restored" }): void {
    const session = this.#session;
    if (!session) return;
    const draft = session.submission;
    this.#autosave?.discard();
    this.#restored = undefined;
    session.load(this.#baseline);
    this.#dropNotice(notice);
    this.#evaluate();
    this.dispatchEvent(new ClusterFormDraftEvent("discarded", undefined));
    this.#offerUndo(reviewMessagesFor(this.#lang).draftDiscarded(formatSavedAt(notice.draft.savedAt, this.#lang), countFilled(draft.data) + countFilled(draft.scores)), draft);
  }

  #offerUndo(text: string, previous: Submission): void {
    this._notices = this._notices.filter((n) => n.kind !== "undo" && n.kind !== "undone");
    this.#addNotice({ kind: "undo", text, previous });
  }

  /** Puts back what a clearing or a discarded draft replaced, saved again as the draft. */
  #undo(notice: Notice & { kind: "undo" }): void {
    const session = this.#session;
    if (!session) return;
    session.load(notice.previous);
    this.#afterChange("", undefined);
    this.#addNotice({ kind: "undone" });
  }

  #confirmAll(): void {
    const session = this.#session;
    if (!session) return;
    const confirmations = pendingConfirmations(session.result, reviewColumnsOf(session.pkg, this.#role));
    if (confirmations.length === 0) return;
    session.load(withConfirmations(session.submission, confirmations));
    this.#afterChange("/scores", session.valueAt("/scores"));
  }

  #loadOtherVersion(notice: Notice & { kind: "otherVersion" }): void {
    const session = this.#session;
    if (!session) return;
    session.load(notice.draft.submission);
    this.#dropNotice(notice);
    this.#afterChange("", undefined);
  }

  #discardOtherVersion(notice: Notice & { kind: "otherVersion" }): void {
    this.#autosave?.discard(notice.draft.version);
    this.#dropNotice(notice);
  }

  #submit(): void {
    const result = this.validate();
    const session = this.#session;
    if (!result || !session) return;
    // What this role fills must be complete and valid; what other roles fill waits for them.
    const errors = this.#roleView(result)?.errors ?? [];
    this._notices = this._notices.filter((n) => n.kind !== "submitted" && n.kind !== "submitBlocked" && n.kind !== "nothingToReview" && n.kind !== "reviewPending");
    // A review of nothing: the role reviews scores, and no data of the roles it reviews is there.
    const reviewed = reviewColumnsOf(session.pkg, this.#role);
    if (reviewed.length > 0 && !holdsOthersData(session.pkg, editRightsOf(session.pkg), session.submission, this.#role)) {
      this.#addNotice({ kind: "nothingToReview" });
      return;
    }
    // A review is done when every computed score has been confirmed or overridden.
    const pending = pendingConfirmations(result, reviewed).length;
    if (pending > 0) {
      this.#addNotice({ kind: "reviewPending", count: pending });
      return;
    }
    if (errors.length > 0) {
      this.#showProblems({ kind: "submitBlocked", problems: problemsOf(errors, session.pkg, result) });
      return;
    }
    const event = new ClusterFormSubmitEvent(session.submission, result, this.#role);
    if (this.dispatchEvent(event)) this.#addNotice({ kind: "submitted" });
  }

  /** Check: the final check, and its outcome in view, even when all is clear. */
  #check(): void {
    const result = this.validate();
    const session = this.#session;
    if (!result || !session) return;
    this._notices = this._notices.filter((n) => n.kind !== "submitted" && n.kind !== "submitBlocked");
    this.#showProblems({ kind: "checked", problems: problemsOf(this.#roleView(result)?.errors ?? [], session.pkg, result) });
  }

  /** Shows the outcome and moves focus to it: it is read out, and scrolled into view below the sticky bar. */
  #showProblems(notice: Notice & { kind: "checked" | "submitBlocked" }): void {
    this.#addNotice(notice);
    void this.updateComplete.then(() => {
      const shown = this.shadowRoot?.querySelector<HTMLElement>(`.notice[data-kind="${notice.kind}"]`);
      if (!shown) return;
      shown.focus({ preventScroll: true });
      holdInView(shown);
    });
  }

  /** Says exactly what goes (how many entries, in which parts) before clearing; nothing to clear, nothing asked. */
  #confirmReset(): void {
    const session = this.#session;
    if (!session) return;
    const rm = reviewMessagesFor(this.#lang);
    const clearing = clearFor(session.pkg, editRightsOf(session.pkg), session.submission, this.#role);
    if (clearing.values === 0) {
      window.alert(rm.clearNothing);
      return;
    }
    if (window.confirm(rm.clearConfirm(clearing.values, clearing.parts, clearing.scores))) this.reset();
  }

  #goToPart(part: string): void {
    const heading = this.shadowRoot?.getElementById(`part-${part}-title`);
    heading?.scrollIntoView({ block: "start" });
    heading?.focus();
  }

  // ------------------------------------------------------------ drawing

  protected override render(): TemplateResult {
    const msg = this.#msg;
    const load = this._load;
    const session = this.#session;
    if (load.status === "error") {
      return html`<div class="notice error" role="alert" part="notice">
        <div>${load.message}${load.details.length > 0 ? html`<ul>${load.details.map((d) => html`<li>${d}</li>`)}</ul>` : nothing}</div>
      </div>`;
    }
    if (!session) return html`<p class="notice" role="status" part="notice">${load.status === "idle" ? msg.noForm : msg.loading}</p>`;
    const { manifest } = session.pkg;
    const roleLabel = manifest.roles.find((r) => r.id === this.#role)?.label ?? this.#role;
    return html`<div class="form ${this._narrow ? "narrow" : ""}" lang=${this.#lang.startsWith("en") ? "en" : "zh-CN"}>
      <header class="head ${session.pkg.parts[0]?.ref.title === manifest.title ? "title-on-cover" : ""}" part="header">
        <h1>${manifest.title}</h1>
        <div class="meta">${manifest.id} · ${manifest.version} · ${msg.role}${msg.colon}${roleLabel}</div>
      </header>
      ${this.#renderNotices(msg)} ${this.#renderStatus(msg)}
      ${this._narrow ? renderTotalsStrip(msg, this.#lang, manifest.scoreColumns, session.result, this.#roleView()?.percent ?? 0) : nothing} ${this.#renderBlanks(msg)}
      <div class="layout">
        ${this.#renderNav(msg)}
        <div class="parts">${session.pkg.parts.map((part, i) => this.#renderPart(part, i))}<slot name="footer"></slot></div>
      </div>
      <div class="visually-hidden" role="status" aria-live="polite">${this._announcement}</div>
    </div>`;
  }

  #renderNotices(msg: Messages): TemplateResult {
    const lang = this.#lang;
    return html`${this._notices.map((notice) => {
      switch (notice.kind) {
        case "restored":
          return html`<div class="notice" role="status" part="notice">
            <span>${msg.draftRestored(formatSavedAt(notice.draft.savedAt, lang))}</span>
            <button type="button" @click=${() => this.#discardRestored(notice)}>${msg.draftDiscard}</button>
            <button type="button" @click=${() => this.#dropNotice(notice)}>${msg.draftKeep}</button>
          </div>`;
        case "otherVersion":
          return html`<div class="notice warning" role="status" part="notice">
            <span>${msg.draftOtherVersion(notice.draft.version, formatSavedAt(notice.draft.savedAt, lang))}</span>
            <button type="button" @click=${() => this.#loadOtherVersion(notice)}>${msg.draftLoad}</button>
            <button type="button" @click=${() => this.#discardOtherVersion(notice)}>${msg.draftDiscard}</button>
          </div>`;
        case "storageFailed":
          return html`<div class="notice error" role="alert" part="notice">${msg.storageFailed(notice.reason)}</div>`;
        case "draftSetAside": {
          const { id, version } = this.#session?.pkg.manifest ?? { id: "", version: "" };
          return renderDraftSetAside(notice.setAside, msg, () => downloadDraftBackup(notice.setAside, id, version), () => this.#dropNotice(notice));
        }
        case "submitted":
          return html`<div class="notice" role="status" part="notice">${msg.submitted}
            <button type="button" @click=${() => this.#dropNotice(notice)}>${msg.dismiss}</button></div>`;
        case "submitBlocked":
        case "checked":
          return this.#renderProblems(notice, msg);
        case "undo":
          return html`<div class="notice" role="status" part="notice">
            <span>${notice.text}</span>
            <button type="button" @click=${() => this.#undo(notice)}>${reviewMessagesFor(lang).undo}</button>
            <button type="button" @click=${() => this.#dropNotice(notice)}>${msg.dismiss}</button>
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

  #renderProblems(notice: Notice & { kind: "checked" | "submitBlocked" }, msg: Messages): TemplateResult {
    const { problems } = notice;
    const where = partsSummary(problems, msg);
    const text = notice.kind === "submitBlocked" ? msg.submitBlocked(problems.length, where) : problems.length > 0 ? msg.checkProblems(problems.length, where) : msg.valid;
    return html`<div class="notice problems ${problems.length > 0 ? "error" : "ok"}" role=${problems.length > 0 ? "alert" : "status"} tabindex="-1" data-kind=${notice.kind} part="notice">
      <span>${text}</span>
      ${renderProblemList({
        problems,
        msg,
        localize: (finding) => localize(finding.message, this.#lang),
        linkTo: (pointer) => `#${fieldId(pointer)}`,
        onLink: (event, pointer) => this.#onFieldLink(event, pointer),
      })}
      <button type="button" @click=${() => this.#dropNotice(notice)}>${msg.dismiss}</button>
    </div>`;
  }

  #renderStatus(msg: Messages): TemplateResult {
    const session = this.#session;
    const result = session?.result;
    const columns = session?.pkg.manifest.scoreColumns ?? [];
    const editable = this.#canEditAnything();
    return html`<div class="status" part="status">
      ${columns.map(
        (c) => html`<span class="figure" data-column=${c.id}
          >${msg.columnTotal(c.label)}${msg.colon}<b><output aria-label=${msg.columnTotal(c.label)}>${totalText(result?.total[c.id], this.#lang)}</output></b
          >${isPending(result?.total[c.id]) ? "" : ` / ${result?.maxTotal ?? ""}`}${leftOutNote(result?.total[c.id], this.#lang)}</span
        >`,
      )}
      <span class="figure">${msg.completeness}${msg.colon}<b>${this.#roleView(result)?.percent ?? 0}%</b></span>
      ${result?.veto.vetoed
        ? html`<span class="veto" role="alert">${msg.vetoed}${msg.colon}${result.veto.reasons.map((r) => localize(r.message, this.#lang)).join(msg.listSeparator)}</span>`
        : nothing}
      <span class="meta">${this.#autosaveOn ? (this.#savedAt ? msg.saved(formatSavedAt(this.#savedAt, this.#lang)) : "") : msg.autosaveOff}</span>
      <div class="toolbar" role="toolbar" aria-label=${msg.toolbar} part="toolbar">
        <button type="button" @click=${() => this.#check()}>${msg.validate}</button>
        ${editable ? html`<button type="button" class="primary" @click=${() => this.#submit()}>${msg.submit}</button>` : nothing}
        ${this.#renderConfirmAll()}
        <button type="button" @click=${() => this.print()}>${msg.print}</button>
        ${editable ? html`<button type="button" class="danger" @click=${() => this.#confirmReset()}>${msg.reset}</button>` : nothing}
        <slot name="toolbar"></slot>
      </div>
    </div>`;
  }

  /** For a scorer who reviews computed scores: confirm every one still pending at once. */
  #renderConfirmAll(): TemplateResult | typeof nothing {
    const session = this.#session;
    if (!session) return nothing;
    const pending = pendingConfirmations(session.result, reviewColumnsOf(session.pkg, this.#role)).length;
    return pending > 0 ? html`<button type="button" @click=${() => this.#confirmAll()}>${reviewMessagesFor(this.#lang).confirmAll(pending)}</button>` : nothing;
  }

  #canEditAnything(): boolean {
    const pkg = this.#session?.pkg;
    return pkg ? editRightsOf(pkg).editsAnything(this.#role) : false;
  }

  /** The role's blank required fields, then (after a final check) its other errors, each a link to its field. */
  #renderBlanks(msg: Messages): TemplateResult | typeof nothing {
    const result = this.#session?.result;
    const view = this.#roleView(result);
    if (!result || !view) return nothing;
    const { blanks } = view;
    const blankPointers = new Set(blanks.map((b) => b.pointer));
    const errors = this.#session?.mode === "final" ? view.errors.filter((f) => !blankPointers.has(f.pointer) && view.shows(f)) : [];
    return html`<details class="blanks screen-only" part="blanks">
      <summary>${view.blankCount > 0 ? msg.blanks(view.blankCount) : msg.noBlanks}${errors.length > 0 ? html` · ${msg.findings(errors.length)}` : nothing}</summary>
      <ul>
        ${blanks.map(
          (b) => html`<li><a href=${`#${fieldId(b.pointer)}`} @click=${(e: Event) => this.#onFieldLink(e, b.pointer)}>${b.part} · ${b.label}</a></li>`,
        )}
        ${errors.map((f) => this.#findingLink(f))}
      </ul>
    </details>`;
  }

  #findingLink(f: DataFinding): TemplateResult {
    return html`<li class="msg error">
      <a href=${`#${fieldId(f.pointer)}`} @click=${(e: Event) => this.#onFieldLink(e, f.pointer)}>${f.label ?? f.pointer}</a>${this.#msg.colon}${localize(f.message, this.#lang)}
    </li>`;
  }

  #onFieldLink(event: Event, pointer: string): void {
    event.preventDefault();
    this.focusField(pointer);
  }

  #renderNav(msg: Messages): TemplateResult {
    const session = this.#session;
    const view = this.#roleView();
    return html`<nav class="contents" aria-label=${msg.contents} part="nav">
      <ol>
        ${session?.pkg.parts.map((part) => {
          const percent = view?.partPercent(part.ref.id) ?? 100;
          const requires = view?.requires(part.ref.id) ?? false;
          return html`<li>
            <a
              href=${`#part-${part.ref.id}`}
              @click=${(e: Event) => {
                e.preventDefault();
                this.#goToPart(part.ref.id);
              }}
              >${part.ref.title}</a
            >
            ${requires
              ? html`<progress class="progress" max="100" .value=${percent} aria-label=${msg.partProgress(part.ref.title, percent)}></progress>`
              : html`<span class="nav-none">${msg.nothingRequired}</span>`}
          </li>`;
        })}
      </ol>
    </nav>`;
  }

  /** A part is drawn again only when its data, what the result says about it, or the settings change. */
  #renderPart(part: FormPackage["parts"][number], index: number): unknown {
    const session = this.#session as FormSession;
    const ctx = this.#contextFor(part);
    const widgets = part.layout.blocks.map((block) => pickWidget(this.widgets, block, ctx));
    const reads = JSON.stringify(part.layout.blocks.map((block, i) => widgets[i]?.dependsOn?.(block, ctx)));
    const key = [session.submission.data[part.ref.id], this.#index.partVersion(part.ref.id), reads, this.#role, this.#lang, session.mode, this.widgets, this.#rowWindows.version(part.ref.id)];
    return guard(key, () => this.#drawPart(part, index, ctx, widgets));
  }

  #contextFor(part: FormPackage["parts"][number]): WidgetContext {
    const session = this.#session as FormSession;
    return createWidgetContext({ ...this.#host, session, formRole: this.#role, lang: this.#lang, msg: this.#msg, index: this.#index }, part);
  }

  #drawPart(part: FormPackage["parts"][number], index: number, ctx: WidgetContext, widgets: readonly (Widget | undefined)[]): TemplateResult {
    const noBreak = index === 0 || part.ref.pageBreakBefore === false;
    return html`<section class="part ${noBreak ? "no-break" : ""}" id=${`part-${part.ref.id}`} aria-labelledby=${`part-${part.ref.id}-title`} part="part">
      <h2 id=${`part-${part.ref.id}-title`} tabindex="-1" part="heading">
        ${part.ref.title}
      </h2>
      ${part.layout.blocks.map((block, i) => widgets[i]?.render(block, ctx) ?? nothing)}
    </section>`;
  }
}

