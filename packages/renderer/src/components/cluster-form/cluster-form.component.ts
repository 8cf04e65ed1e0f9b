import { editRights, type FormPackage, type PrecompiledValidators, type Submission } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import { html, LitElement, type PropertyValues, type TemplateResult } from "lit";
import { focusField } from "../../dom/focus-field.js";
import { ensureA4PageRules } from "../../dom/page-setup.js";
import { ClusterFormValidityEvent } from "../../events.js";
import { wordsFor } from "../../locales/page-words.js";
import type { FormSession } from "../../session/session.js";
import { defaultWidgets, type Widget } from "../../widgets/index.js";
import { formControllers, type FormControllers } from "./cluster-form.controllers.js";
import { DrawnParts } from "./cluster-form.parts.js";
import { elementStyles } from "./cluster-form.styles.js";
import { renderForm, renderLoadState } from "./cluster-form.view.js";

/** Loads a module lazily (Excel import/export), so that it never weighs on the element's bundle. */
export type ModuleLoader<T = unknown> = () => Promise<T>;

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
  static override styles = elementStyles;

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
  /**
   * `on` (default) saves a draft in localStorage: within half a second of a change, and at once
   * when the page is hidden, closed or reloaded, the element removed, and before Check, Submit and
   * `validate()`; `off` turns that off.
   */
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

  #excel?: Promise<unknown>;
  readonly #parts = new DrawnParts();
  readonly #controllers: FormControllers = formControllers({
    element: this,
    role: () => this.#role,
    lang: () => this.#lang,
    msg: () => wordsFor(this.#lang).messages,
    validate: () => this.validate(),
    reset: () => this.reset(),
    focusField: (pointer) => this.focusField(pointer),
    redraw: (now) => {
      this.requestUpdate();
      if (now) this.performUpdate();
      return this.updateComplete;
    },
  });

  constructor() {
    super();
    this.role = "";
    this.formRole = "";
    this.lang = "";
    this.autosave = "on";
  }

  /**
   * The submission being filled: `{ form, data, scores }`, frozen (it is replaced on every change).
   * Setting it replaces what is shown; setting it to what it already is changes nothing. While a
   * restored draft is shown and the user has changed nothing since, the draft stays shown over a
   * value set, and discarding the draft shows that value, as for one given before the form loaded.
   */
  get value(): Submission | undefined {
    return this.#session?.submission ?? (this.#controllers.loader.pendingValue as Submission | undefined);
  }

  set value(value: unknown) {
    const session = this.#session;
    if (!session) {
      this.#controllers.loader.pendingValue = value;
      return;
    }
    // The same object again (a framework drawing again) is already the value behind the draft.
    if (this.#controllers.drafts.isPageValueAgain(value) || !session.load(value)) return;
    this.#controllers.drafts.pageValueSet(value);
    this.#controllers.evaluation.evaluate();
  }

  /** The loaded form package (read-only; set `formPackage` or `src` to change it), undefined until loaded. */
  get package(): FormPackage | undefined {
    return this.#session?.pkg;
  }

  /** The latest evaluation: scores, totals, findings, completeness. */
  get result(): EvaluationResult | undefined {
    this.#controllers.evaluation.flush();
    return this.#session?.result;
  }

  /** Checks the form as for a final submission and shows every message next to its field; a draft change waiting is saved first. */
  validate(): EvaluationResult | undefined {
    this.saveDraft();
    const session = this.#session;
    if (!session) return undefined;
    session.mode = "final";
    const result = this.#controllers.evaluation.evaluate();
    if (result) this.dispatchEvent(new ClusterFormValidityEvent(result.valid, result.findings, "final"));
    return result;
  }

  /**
   * Saves a change autosave has not written yet, now (it writes within half a second): for a page
   * about to read the draft, or to export the submission by itself. `<cluster-form-excel>` calls it
   * before an export.
   */
  saveDraft(): void {
    this.#controllers.drafts.saveNow();
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
    this.#controllers.actions.edit(session, pointer, value);
    return true;
  }

  /**
   * Shows a whole submission the user opened (a JSON file, a sample), whoever the role in effect:
   * every value and score is shown; the role's rights limit only what it may change afterwards.
   * Saved to the draft and told by `cf-change`, as a user's edit. Returns false while no form is loaded.
   */
  open(value: unknown): boolean {
    const session = this.#session;
    if (session) this.#controllers.actions.open(session, value);
    return session !== undefined;
  }

  /**
   * Whether the role in effect fills the field at a submission pointer (the form files'
   * `editableBy`), or, for "", anything at all. False while no form is loaded.
   */
  canEdit(pointer: string): boolean {
    const session = this.#session;
    if (!session) return false;
    const rights = editRights(session.pkg);
    return pointer === "" ? rights.editsAnything(this.#role) : rights.canEdit(this.#role, pointer);
  }

  /**
   * Clears what the role in effect fills (its fields, scores and reasons); what other roles filled
   * stays. A notice offers to undo it until the next change.
   */
  reset(): void {
    this.#controllers.actions.clear();
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
    if (this.#controllers.rowWindows.reveal(pointer)) {
      this.requestUpdate();
      this.performUpdate();
    }
    if (focusField(root, pointer)) return true;
    const part = pointer.split("/")[2];
    if (part !== undefined) this.#controllers.actions.goToPart(part);
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    ensureA4PageRules(this.ownerDocument);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has("windowRows")) this.#controllers.rowWindows.threshold = Number.isFinite(this.windowRows) ? this.windowRows : 0;
    if (changed.has("src") || changed.has("formPackage") || changed.has("validators") || changed.has("precompiledValidators")) {
      this.#controllers.drafts.reloading();
      void this.#controllers.loader.load();
    } else if (changed.has("draftKey") && this.#session) {
      // After `value` too, when a page sets both at once: the draft, if any, goes over that value.
      this.#controllers.drafts.open(this.#session);
      this.#controllers.evaluation.evaluate();
    }
  }

  protected override render(): TemplateResult {
    const messages = this.#controllers.words.forDrawing()?.messages;
    if (!messages) return html``;
    const session = this.#session;
    if (!session || this.#controllers.loader.state.status === "error") return renderLoadState(this.#controllers.loader.state, messages);
    const { id, version } = session.pkg.manifest;
    const own = { msg: messages, lang: this.#lang, role: this.#role, form: { id, version }, session, narrow: this.#controllers.screen.narrow, announcement: this.#controllers.notices.announcement, parts: this.#parts };
    return renderForm({ ...this.#controllers, ...own, autosaveOn: this.autosave !== "off", widgets: this.widgets, print: () => this.print() });
  }

  get #session(): FormSession | undefined {
    return this.#controllers.loader.session;
  }

  get #lang(): string {
    return this.lang || this.closest("[lang]")?.getAttribute("lang") || "zh-CN";
  }

  /** The role in effect. */
  get #role(): string {
    return this.formRole || this.role || "applicant";
  }
}
