/**
 * `<cf-editor>`: the editor's page. It keeps the working copy (store), reads the outline from it,
 * asks the server to check it as the officer types, and draws the outline, the selected part as a
 * form, and the live panels. Saving sends the changed files with the hashes they were read with.
 */
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { keyed } from "lit/directives/keyed.js";
import type { DefinitionFinding, FormPackage, Lang } from "@cluster-form/schema";
import { applyUpdates, type ExpectationUpdate } from "@cluster-form/rules";
import { acceptProposal, EditRefused } from "../edits/index.js";
import type { EditResult, FormTexts, OutlinePart, Site, TextProposal } from "../edits/types.js";
import { editorText, languageNames } from "../locales/index.js";
import { fetchForm, saveTexts, scaffoldTexts, type CheckResponse, type FormResponse } from "./api.js";
import { Checker } from "./checker.js";
import type { EditOutcome, EditorContext } from "./context.js";
import type { LogicEditor } from "./elements/logic-editor.js";
import { SCAFFOLDS, SCAFFOLD_TITLES, type ScaffoldDialog, type ScaffoldKind } from "./elements/scaffold-dialog.js";
import { FORM_PLACE, placeFindings, type FindingPlaces } from "./finding-places.js";
import { labelsByPath, readForm, rulePaths, siteKey, type LoadedForm } from "./form-state.js";
import { watchOtherTabs } from "./other-tabs.js";
import { PendingDrafts } from "./pending-drafts.js";
import { unsavedSaid, unsavedWork, type UnsavedWork } from "./unsaved-work.js";
import { EditorStore } from "./store.js";
import { watchTyping, writeFocusedBox } from "./unwritten-typing.js";
import { conflictView, type Conflict } from "./views/conflict-view.js";
import { findingsAtKey, findingsListId } from "./views/findings-here.js";
import { diffPanel, findingsPanel, panelsView, testsPanel, type PanelId } from "./views/panels.js";
import { outlineView } from "./views/outline-view.js";
import { partView } from "./views/part-view.js";
import { previewPanel } from "./views/preview-panel.js";
import { proposalsOf, proposalsView } from "./views/proposals-view.js";
import { Preview } from "./preview.js";
import { CASE_HEADING_ID, caseSection, type ChosenCase } from "./views/case-editor.js";


export class EditorApp extends LitElement {
  static override properties = {
    lang: { state: true },
    form: { state: true },
    check: { state: true },
    partId: { state: true },
    panel: { state: true },
    status: { state: true },
    proposals: { state: true },
    announcement: { state: true },
    editedCase: { state: true },
    conflicts: { state: true },
    otherTab: { state: true },
    revision: { state: true },
    unwritten: { state: true },
  };
  declare lang: Lang;
  declare form: LoadedForm | Error | undefined;
  declare check: CheckResponse | undefined;
  declare partId: string | undefined;
  declare panel: PanelId;
  declare status: string;
  declare proposals: readonly TextProposal[];
  /** Said by the page's second live region: what appeared away from the focus (text proposals). */
  declare announcement: string;
  /** The test case whose data the tests panel shows in boxes. */
  declare editedCase: ChosenCase | undefined;
  declare conflicts: readonly Conflict[];
  declare otherTab: boolean;
  declare revision: number;
  /** A box that writes when it is left has been typed into and not left yet (./unwritten-typing.ts). */
  declare unwritten: boolean;

  readonly store = new EditorStore();
  #info: Pick<FormResponse, "folder" | "base"> | undefined;
  #sample: { file: string; index: number } | undefined;
  #outlineTimer: ReturnType<typeof setTimeout> | undefined;
  #places: { form: LoadedForm; findings: readonly DefinitionFinding[]; places: FindingPlaces } | undefined;
  /** Edits begun and not applied yet (an operation may take a moment): the page's actions wait for them. */
  readonly #editing = new Set<Promise<EditOutcome>>();
  readonly #drafts = new PendingDrafts(this, (site) => this.#revealDraft(site));
  readonly #preview = new Preview();
  readonly #checker = new Checker(
    (result) => {
      this.check = result;
      this.status = "";
      if (result.loaded) this.#preview.show(result.revision, result.sample?.submission).catch((error: unknown) => (this.status = this.#text.app.loadFailed(error instanceof Error ? error.message : String(error))));
    },
    (error) => (this.status = error.message),
  );

  constructor() {
    super();
    this.lang = document.documentElement.lang.startsWith("en") ? "en" : "zh";
    this.#preview.lang = this.lang === "zh" ? "zh-CN" : "en";
    this.panel = "findings";
    this.status = "";
    this.proposals = [];
    this.announcement = "";
    this.conflicts = [];
    this.otherTab = false;
    this.revision = 0;
    this.unwritten = false;
    watchTyping(this, (typed) => (this.unwritten = typed));
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.store.addEventListener("change", () => this.#changed());
    window.addEventListener("keydown", this.#keys);
    window.addEventListener("beforeunload", this.#guard);
    watchOtherTabs(() => (this.otherTab = true));
    void this.#load();
  }

  override disconnectedCallback(): void {
    window.removeEventListener("keydown", this.#keys);
    window.removeEventListener("beforeunload", this.#guard);
    super.disconnectedCallback();
  }

  get #text(): ReturnType<typeof editorText> {
    return editorText(this.lang);
  }

  async #load(): Promise<void> {
    this.status = this.#text.app.loading;
    try {
      const form = await fetchForm();
      this.#info = { folder: form.folder, base: form.base };
      this.store.load(form.files);
    } catch (error) {
      this.status = this.#text.app.loadFailed(error instanceof Error ? error.message : String(error));
    }
  }

  #changed(): void {
    this.#drafts.follow(this.store.texts);
    this.requestUpdate();
    clearTimeout(this.#outlineTimer);
    this.#outlineTimer = setTimeout(() => void this.#readOutline(), this.form ? 120 : 0);
    this.status = this.#text.toolbar.checking;
    this.#checker.schedule(() => this.#unsaved(), () => this.#sample);
  }

  async #readOutline(): Promise<void> {
    const texts = this.store.texts;
    const form = await readForm(texts);
    if (texts !== this.store.texts) return;
    // A form that does not load keeps the last outline on screen; the problems panel says why.
    if (!(form instanceof Error) || !this.form || this.form instanceof Error) this.form = form;
    if (!(form instanceof Error)) this.partId ??= form.outline.parts[0]?.id;
    this.revision++;
  }

  #unsaved(): Record<string, string> {
    return Object.fromEntries(this.store.dirty().map((path) => [path, this.store.texts[path] ?? ""]));
  }

  readonly #keys = (event: KeyboardEvent): void => {
    // A key the focused element acted on (the raw JSON-Logic editor undoing its own text) is not the page's as well.
    if (event.defaultPrevented || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === "z" && !event.shiftKey) this.#act(() => this.#undo());
    else if (key === "y" || (key === "z" && event.shiftKey)) this.#act(() => this.#redo());
    else if (key === "s") this.#act(() => this.#save());
    else return;
    event.preventDefault();
  };

  /**
   * Runs an action of the toolbar or of its shortcuts once what the officer typed is in the store:
   * the focused box writes what is typed in it (a shortcut does not leave it), and every edit begun
   * is applied, so that saving, undoing or redoing works on what the page shows.
   */
  #act(action: () => unknown): void {
    writeFocusedBox(this);
    void this.#editsApplied().then(action);
  }

  async #editsApplied(): Promise<void> {
    while (this.#editing.size > 0) await Promise.all(this.#editing);
  }

  #unsavedWork(): UnsavedWork[] {
    return unsavedWork(this.store.dirty().length, this.unwritten, this.#drafts.count);
  }

  readonly #guard = (event: BeforeUnloadEvent): void => {
    if (this.#unsavedWork().length === 0) return;
    event.preventDefault();
    event.returnValue = "";
  };

  /**
   * Whether the texts may become `next` (an undo, a redo, a file taken from disk): not while it would
   * remove or change the rule a raw draft waits in, or its part (the draft would go unseen, or stay
   * on another rule in its place); the officer is told why and shown the draft.
   */
  #draftsAllow(action: string, next: FormTexts): boolean {
    const draft = this.#drafts.inTheWay(this.store.texts, next);
    if (!draft) return true;
    this.status = this.#text.toolbar.draftInTheWay(action);
    draft.reveal();
    return false;
  }

  #undo(): void {
    const next = this.store.undone;
    if (next && !this.#draftsAllow(this.#text.toolbar.undo, next)) return;
    this.store.undo();
    this.proposals = [];
  }

  #redo(): void {
    const next = this.store.redone;
    if (next && !this.#draftsAllow(this.#text.toolbar.redo, next)) return;
    this.store.redo();
  }

  #edit(operation: (texts: FormTexts, pkg: FormPackage) => EditResult | Promise<EditResult>, key?: string): Promise<EditOutcome> {
    const applied = this.#apply(operation, key);
    this.#editing.add(applied);
    void applied.then(() => this.#editing.delete(applied));
    return applied;
  }

  async #apply(operation: (texts: FormTexts, pkg: FormPackage) => EditResult | Promise<EditResult>, key?: string): Promise<EditOutcome> {
    const form = this.form;
    if (!form || form instanceof Error) return { ok: false, message: this.#text.part.unreadable };
    const texts = this.store.texts;
    try {
      const result = await operation(texts, form.pkg);
      // An operation that took a moment (a scaffold) applies only to the texts it read.
      if (texts !== this.store.texts) return { ok: false, message: this.#text.scaffold.failed("") };
      this.store.apply(result, key);
      return { ok: true, files: result.changes.length };
    } catch (error) {
      const message =
        error instanceof EditRefused ? error.findings.map((f) => f.message[this.lang]).join("; ") : error instanceof Error ? error.message : String(error);
      this.status = this.#text.scaffold.failed(message);
      return { ok: false, message };
    }
  }

  async #save(): Promise<void> {
    // A draft is the officer's work that no file holds: saving without it would drop it unseen, and
    // applying it is the officer's call (it may not even be a rule yet).
    const draft = this.#drafts.first;
    if (draft) {
      this.status = this.#text.save.draftNotApplied;
      draft.reveal();
      return;
    }
    const dirty = this.store.dirty();
    if (dirty.length === 0) return;
    this.status = this.#text.toolbar.saving;
    try {
      const outcome = await saveTexts(dirty.map((path) => ({ path, text: this.store.texts[path] ?? "", hash: this.store.disk.get(path)?.hash ?? null })));
      if (outcome.status === "saved") {
        this.store.saved(outcome.files);
        this.conflicts = [];
        this.status = this.#text.toolbar.saved;
      } else if (outcome.status === "conflict") {
        this.conflicts = outcome.conflicts.map((c) => ({ path: c.path, disk: c.disk, mine: this.store.texts[c.path] ?? "" }));
        this.status = this.#text.save.conflict;
      } else {
        this.status = outcome.refused.map((r) => `${this.#text.save.refused(r.path)} ${r.findings.map((f) => f.message[this.lang]).join("; ")}`).join("\n");
      }
    } catch (error) {
      this.status = this.#text.save.failed(error instanceof Error ? error.message : String(error));
    }
  }

  /** Writes a failing case's new expectation into its test file, as `test --update` does when the officer says yes. */
  #acceptExpectation(update: ExpectationUpdate): void {
    const text = this.store.texts[update.file];
    if (text !== undefined) this.store.replace({ [update.file]: applyUpdates(text, [update]) });
  }

  #settle(conflict: Conflict, keepMine: boolean): void {
    if (keepMine) this.store.keepMine(conflict.path, conflict.disk);
    else if (this.#draftsAllow(this.#text.save.takeDisk, this.store.withDisk(conflict.path, conflict.disk))) this.store.takeDisk(conflict.path, conflict.disk);
    else return;
    this.conflicts = this.conflicts.filter((c) => c !== conflict);
  }

  #setLang(lang: Lang): void {
    this.lang = lang;
    this.#preview.lang = lang === "zh" ? "zh-CN" : "en";
    document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
    document.title = editorText(lang).app.title;
  }

  /** Where the current findings are shown, worked out again only when the outline or the findings changed. */
  #placesOf(form: LoadedForm): FindingPlaces {
    const findings = this.check?.findings ?? [];
    if (this.#places?.form !== form || this.#places.findings !== findings) this.#places = { form, findings, places: placeFindings(form.outline, form.pkg, findings) };
    return this.#places.places;
  }

  /** Shows a finding of the list beside its place: its part is opened, the list beside the place scrolled to and focused. */
  #goTo(finding: DefinitionFinding): void {
    const form = this.form;
    if (!form || form instanceof Error) return;
    const places = this.#placesOf(form);
    const key = places.placeOf.get(finding) ?? FORM_PLACE;
    const part = places.partOf.get(key);
    if (part) this.partId = part;
    void this.updateComplete.then(() => {
      const target = this.querySelector<HTMLElement>(`#${findingsListId(key)}`);
      target?.scrollIntoView({ block: "center" });
      target?.focus();
    });
  }

  /** Shows a held draft: its rule's part is opened, and its editor, drawn again, takes the draft and is revealed. */
  async #revealDraft(site: Site): Promise<void> {
    const form = this.form;
    if (!form || form instanceof Error) return;
    // A rules file is a part's; the summary sheet's rules are drawn with the first part.
    this.partId = form.pkg.parts.find((p) => p.ref.rules === site.file)?.ref.id ?? form.outline.parts[0]?.id;
    await this.updateComplete;
    const editor = [...this.querySelectorAll<LogicEditor>("cf-logic-editor")].find((e) => siteKey(e.site) === siteKey(site));
    await editor?.updateComplete;
    editor?.reveal();
  }

  #context(form: LoadedForm): EditorContext {
    return {
      lang: this.lang,
      text: this.#text,
      texts: this.store.texts,
      pkg: form.pkg,
      outline: form.outline,
      findings: this.check?.findings ?? [],
      places: this.#placesOf(form),
      labels: labelsByPath(form.outline),
      paths: rulePaths(form.outline),
      edit: (operation, key) => this.#edit(operation, key),
      scaffold: (request) =>
        this.#edit(async () => {
          const outcome = await scaffoldTexts(this.#unsaved(), request);
          if (outcome.status === "refused") throw new EditRefused(outcome.findings);
          return outcome.result;
        }),
      propose: (proposals) => {
        this.proposals = [...proposals];
        // Emptied first, so that the same words said again (the same count) are announced again.
        this.announcement = "";
        if (proposals.length === 0) return;
        void this.updateComplete.then(() => {
          this.announcement = this.#text.proposal.announce(proposals.length);
          // Brought into view where they are drawn (below the rule changed), the focus left in the box.
          this.querySelector(".proposals")?.scrollIntoView({ block: "nearest" });
        });
      },
      proposals: this.proposals,
      settleProposal: (proposal, apply) => this.#settleProposal(proposal, apply),
      seal: () => this.store.seal(),
      draftPending: (draft, pending) => this.#drafts.tell(draft, pending),
      holdDraft: (site, draft) => this.#drafts.hold(site, draft),
      takeHeldDraft: (site) => this.#drafts.take(site),
    };
  }

  #scaffold(kind: ScaffoldKind): void {
    this.querySelector<ScaffoldDialog>("cf-scaffold-dialog")?.open(kind);
  }

  /** Shows a case's data in the tests panel's boxes and takes the focus there. */
  #editCase(chosen: ChosenCase): void {
    this.editedCase = chosen;
    void this.updateComplete.then(() => {
      const heading = this.querySelector<HTMLElement>(`#${CASE_HEADING_ID}`);
      heading?.scrollIntoView({ block: "start" });
      heading?.focus();
    });
  }

  /** Proposals for texts the shown part does not draw (a threshold of another part's computed value): shown atop the part. */
  #unplacedProposals(part: OutlinePart | undefined): readonly TextProposal[] {
    const placed = new Set(part?.criteria.flatMap((c) => proposalsOf({ proposals: this.proposals }, c)) ?? []);
    return this.proposals.filter((p) => !placed.has(p));
  }

  async #settleProposal(proposal: TextProposal, apply: boolean): Promise<void> {
    this.proposals = this.proposals.filter((p) => p !== proposal);
    if (apply) await this.#edit((texts) => acceptProposal(texts, proposal));
    await this.updateComplete;
  }

  /** The shown panel's content. */
  #panelBody(context: EditorContext | undefined): TemplateResult {
    const check = this.check;
    if (!check) return html`<p>${this.#text.toolbar.checking}</p>`;
    if (this.panel === "findings") return findingsPanel(this.#text, this.lang, check.findings, (f) => this.#goTo(f));
    if (this.panel === "tests") {
      const tests = check.tests;
      return testsPanel(this.#text, this.lang, check, (update) => this.#acceptExpectation(update), context ? (file, index) => this.#editCase({ file, index }) : undefined,
        context && tests ? caseSection(context, tests, this.editedCase, (chosen) => (this.editedCase = chosen)) : undefined);
    }
    if (this.panel === "preview") {
      return previewPanel(this.#text, check, this.#preview.element, (file, index) => {
        this.#sample = { file, index };
        this.#checker.schedule(() => this.#unsaved(), () => this.#sample, 0);
      });
    }
    return diffPanel(this.#text, this.lang, check, Boolean(this.#info?.base));
  }

  #selectPanel(panel: PanelId, focus: boolean): void {
    this.panel = panel;
    if (focus) void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${panel}`)?.focus());
  }

  protected override render(): TemplateResult {
    const text = this.#text;
    const form = this.form;
    const unsaved = this.#unsavedWork();
    const loaded = form && !(form instanceof Error) ? form : undefined;
    const part = loaded?.outline.parts.find((p) => p.id === this.partId);
    const context = loaded ? this.#context(loaded) : undefined;
    return html`<header class="toolbar">
        <h1>${loaded?.outline.title ?? text.app.title}</h1>
        <p class="where">${this.#info ? text.app.formFolder(this.#info.folder) : nothing} ${this.#info?.base ? text.app.baseFolder(this.#info.base) : this.#info ? text.app.noBase : nothing}</p>
        <div class="actions">
          <button type="button" @click=${() => this.#act(() => this.#undo())} ?disabled=${!this.store.canUndo && !this.unwritten} aria-keyshortcuts="Control+Z">${text.toolbar.undo}</button>
          <button type="button" @click=${() => this.#act(() => this.#redo())} ?disabled=${!this.store.canRedo} aria-keyshortcuts="Control+Y">${text.toolbar.redo}</button>
          <button type="button" class="primary" @click=${() => this.#act(() => this.#save())} ?disabled=${unsaved.length === 0} aria-keyshortcuts="Control+S">${text.toolbar.save}</button>
          <cf-menu-button class="scaffold-menu" .label=${text.scaffold.menu} .items=${SCAFFOLDS.map((kind) => ({ id: kind, label: text.scaffold[SCAFFOLD_TITLES[kind]] }))}
            @choose=${(e: CustomEvent<string>) => this.#scaffold(SCAFFOLDS.find((k) => k === e.detail) ?? "field")}></cf-menu-button>
          <label for="lang">${text.app.language}</label>
          <select id="lang" @change=${(e: Event) => this.#setLang((e.target as HTMLSelectElement).value === "en" ? "en" : "zh")}>
            <option value="zh" ?selected=${this.lang === "zh"}>${languageNames.zh}</option>
            <option value="en" ?selected=${this.lang === "en"}>${languageNames.en}</option>
          </select>
        </div>
        <p class="status" role="status">${unsavedSaid(text, unsaved)}${this.status ? html` · ${this.status}` : nothing}</p>
        ${this.otherTab ? html`<p class="notice" role="alert">${text.toolbar.otherTab}</p>` : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </header>
      ${conflictView(text, this.conflicts, (c, keep) => this.#settle(c, keep))}
      <div class="layout">
        ${loaded ? outlineView(text, loaded, this.#placesOf(loaded), this.partId, (id) => (this.partId = id)) : html`<nav class="outline"></nav>`}
        <main class="editor" id="main">${context ? findingsAtKey(context, FORM_PLACE, true) : nothing}${context ? proposalsView(context, this.#unplacedProposals(part), "form") : nothing}${form instanceof Error && !loaded ? html`<p class="bad">${text.part.unreadable}</p>` : part && context ? keyed(part.id, partView(context, part)) : html`<p>${text.app.loading}</p>`}</main>
        ${panelsView(text, text.app.title, this.check, this.panel, this.#panelBody(context), (panel, focus) => this.#selectPanel(panel, focus))}
      </div>
      <cf-scaffold-dialog .context=${context}></cf-scaffold-dialog>`;
  }
}
