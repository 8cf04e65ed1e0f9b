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
import type { DraftText, EditOutcome, EditorContext, PendingDraft } from "./context.js";
import type { LogicEditor } from "./elements/logic-editor.js";
import { SCAFFOLDS, SCAFFOLD_TITLES, type ScaffoldDialog, type ScaffoldKind } from "./elements/scaffold-dialog.js";
import { FORM_PLACE, placeFindings, type FindingPlaces } from "./finding-places.js";
import { labelsByPath, readForm, rulePaths, siteKey, type LoadedForm } from "./form-state.js";
import { watchOtherTabs } from "./other-tabs.js";
import { drawnRulesFile, keptThrough, siteAfter } from "./rule-identity.js";
import { EditorStore } from "./store.js";
import { watchTyping, writeFocusedBox } from "./unwritten-typing.js";
import { conflictView, type Conflict } from "./views/conflict-view.js";
import { findingsAtKey, findingsListId } from "./views/findings-here.js";
import { diffPanel, findingsPanel, testsPanel } from "./views/panels.js";
import { partView } from "./views/part-view.js";
import { previewPanel } from "./views/preview-panel.js";
import { proposalsOf, proposalsView } from "./views/proposals-view.js";
import { Preview } from "./preview.js";
import { CASE_HEADING_ID, caseSection, type ChosenCase } from "./views/case-editor.js";

type PanelId = "findings" | "tests" | "preview" | "diff";

/** A raw draft whose editor was let go (its part is not shown): kept for its rule, followed through changes of the texts. */
class HeldDraft implements PendingDraft {
  constructor(
    public site: Site,
    readonly draft: DraftText,
    readonly reveal: () => void,
  ) {}
}

/** A kind of work not saved: changed files, a box typed into and not left, raw JSON-Logic drafts not applied. */
type UnsavedWork = { readonly kind: "files"; readonly count: number } | { readonly kind: "typed" } | { readonly kind: "drafts"; readonly count: number };

const PANELS: readonly PanelId[] = ["findings", "tests", "preview", "diff"];

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
  /** Raw drafts not applied: in their editors, or held for their rules while their parts are not shown. */
  readonly #pendingDrafts = new Set<PendingDraft>();
  /** The texts the held drafts' sites are in (the store's, as of its last change). */
  #draftTexts: FormTexts | undefined;
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
    this.#followHeldDrafts();
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

  /** Everything not saved: leaving the page asks, Save acts and the status line speaks by this one account. */
  #unsavedWork(): UnsavedWork[] {
    const files = this.store.dirty().length;
    const drafts = this.#pendingDrafts.size;
    return [
      ...(files > 0 ? [{ kind: "files", count: files } as const] : []),
      ...(this.unwritten ? [{ kind: "typed" } as const] : []),
      ...(drafts > 0 ? [{ kind: "drafts", count: drafts } as const] : []),
    ];
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
    const now = this.store.texts;
    const draft = [...this.#pendingDrafts].find((d) => !keptThrough(now, next, d.site) || !drawnRulesFile(next, d.site.file));
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
    const [draft] = this.#pendingDrafts;
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

  /** Keeps a draft whose editor was let go, until its rule's editor is drawn again and takes it. */
  #holdDraft(site: Site, draft: DraftText): void {
    const held: HeldDraft = new HeldDraft(site, draft, () => void this.#revealHeld(held));
    this.#pendingDrafts.add(held);
    this.requestUpdate();
  }

  #takeHeldDraft(site: Site): DraftText | undefined {
    const held = [...this.#pendingDrafts].find((d): d is HeldDraft => d instanceof HeldDraft && siteKey(d.site) === siteKey(site));
    if (!held) return undefined;
    this.#pendingDrafts.delete(held);
    this.requestUpdate();
    return held.draft;
  }

  /** Held drafts' sites moved with their rules (a criterion above one gone); a change that would remove or change one is refused (#draftsAllow). */
  #followHeldDrafts(): void {
    const before = this.#draftTexts;
    const now = this.store.texts;
    this.#draftTexts = now;
    if (!before) return;
    for (const draft of this.#pendingDrafts) if (draft instanceof HeldDraft) draft.site = siteAfter(before, now, draft.site) ?? draft.site;
  }

  /** Shows a held draft: its rule's part is opened, and its editor, drawn again, takes the draft and is revealed. */
  async #revealHeld(held: HeldDraft): Promise<void> {
    const form = this.form;
    if (!form || form instanceof Error) return;
    // A rules file is a part's; the summary sheet's rules are drawn with the first part.
    this.partId = form.pkg.parts.find((p) => p.ref.rules === held.site.file)?.ref.id ?? form.outline.parts[0]?.id;
    await this.updateComplete;
    const editor = [...this.querySelectorAll<LogicEditor>("cf-logic-editor")].find((e) => siteKey(e.site) === siteKey(held.site));
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
      draftPending: (draft, pending) => {
        if (pending) this.#pendingDrafts.add(draft);
        else this.#pendingDrafts.delete(draft);
        this.requestUpdate();
      },
      holdDraft: (site, draft) => this.#holdDraft(site, draft),
      takeHeldDraft: (site) => this.#takeHeldDraft(site),
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

  #outlineView(form: LoadedForm): TemplateResult {
    const t = this.#text.outline;
    const places = this.#placesOf(form);
    const perPart = new Map<string, number>();
    for (const [key, list] of places.at) {
      const part = places.partOf.get(key);
      if (part !== undefined) perPart.set(part, (perPart.get(part) ?? 0) + list.length);
    }
    const sum = form.outline.parts.reduce((total, p) => total + p.criteria.reduce((s, c) => s + c.points, 0), 0);
    return html`<nav class="outline" aria-labelledby="outline-h">
      <h2 id="outline-h">${t.heading}</h2>
      <p class=${sum === form.outline.totalPoints ? "ok" : "bad"}>${t.total(sum, form.outline.totalPoints)}</p>
      <ul>${form.outline.parts.map((part) => {
        const count = perPart.get(part.id) ?? 0;
        return html`<li><button type="button" class="part-link" aria-current=${this.partId === part.id ? "true" : "false"} @click=${() => (this.partId = part.id)}>
          ${part.title}${part.points !== undefined ? html` <span class="points">${t.points(part.points)}</span>` : nothing}${count > 0 ? html` <span class="count">${t.findings(count)}</span>` : nothing}</button></li>`;
      })}</ul>
    </nav>`;
  }

  #panelsView(context: EditorContext | undefined): TemplateResult {
    const t = this.#text.panels;
    const names: Record<PanelId, string> = { findings: t.findings, tests: t.tests, preview: t.preview, diff: t.diff };
    const check = this.check;
    const move = (event: KeyboardEvent): void => {
      const step = event.key === "ArrowRight" ? 1 : event.key === "ArrowLeft" ? -1 : 0;
      if (!step) return;
      this.panel = PANELS[(PANELS.indexOf(this.panel) + step + PANELS.length) % PANELS.length] ?? "findings";
      void this.updateComplete.then(() => this.querySelector<HTMLElement>(`#tab-${this.panel}`)?.focus());
    };
    let body: TemplateResult = html`<p>${this.#text.toolbar.checking}</p>`;
    if (check) {
      if (this.panel === "findings") body = findingsPanel(this.#text, this.lang, check.findings, (f) => this.#goTo(f));
      else if (this.panel === "tests") {
        const tests = check.tests;
        body = testsPanel(this.#text, this.lang, check, (update) => this.#acceptExpectation(update), context ? (file, index) => this.#editCase({ file, index }) : undefined,
          context && tests ? caseSection(context, tests, this.editedCase, (chosen) => (this.editedCase = chosen)) : undefined);
      }
      else if (this.panel === "preview") body = previewPanel(this.#text, check, this.#preview.element, (file, index) => {
        this.#sample = { file, index };
        this.#checker.schedule(() => this.#unsaved(), () => this.#sample, 0);
      });
      else body = diffPanel(this.#text, this.lang, check, Boolean(this.#info?.base));
    }
    return html`<aside class="panels">
      <div role="tablist" aria-label=${this.#text.app.title} @keydown=${move}>
        ${PANELS.map((id) => {
          const count = id === "findings" && check ? ` (${check.findings.length})` : id === "tests" && check?.tests?.failed ? t.testsFailedTab(check.tests.failed) : "";
          return html`<button type="button" role="tab" id=${`tab-${id}`} aria-controls="panel-body" aria-selected=${this.panel === id ? "true" : "false"} tabindex=${this.panel === id ? "0" : "-1"} @click=${() => (this.panel = id)}>${names[id]}${count}</button>`;
        })}
      </div>
      <div role="tabpanel" id="panel-body" aria-labelledby=${`tab-${this.panel}`} tabindex="0">${body}</div>
    </aside>`;
  }

  /** The status line's account of what is not saved: every kind of it, or that all is saved only when there is none. */
  #unsavedSaid(work: readonly UnsavedWork[]): string {
    const t = this.#text.toolbar;
    const said = work.map((w) => (w.kind === "files" ? t.unsaved(w.count) : w.kind === "typed" ? t.typedNotWritten : t.draftsNotApplied(w.count)));
    return said.length > 0 ? said.join(" · ") : t.allSaved;
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
        <p class="status" role="status">${this.#unsavedSaid(unsaved)}${this.status ? html` · ${this.status}` : nothing}</p>
        ${this.otherTab ? html`<p class="notice" role="alert">${text.toolbar.otherTab}</p>` : nothing}
        <p class="visually-hidden" role="status">${this.announcement}</p>
      </header>
      ${conflictView(text, this.conflicts, (c, keep) => this.#settle(c, keep))}
      <div class="layout">
        ${loaded ? this.#outlineView(loaded) : html`<nav class="outline"></nav>`}
        <main class="editor" id="main">${context ? findingsAtKey(context, FORM_PLACE, true) : nothing}${context ? proposalsView(context, this.#unplacedProposals(part), "form") : nothing}${form instanceof Error && !loaded ? html`<p class="bad">${text.part.unreadable}</p>` : part && context ? keyed(part.id, partView(context, part)) : html`<p>${text.app.loading}</p>`}</main>
        ${this.#panelsView(context)}
      </div>
      <cf-scaffold-dialog .context=${context}></cf-scaffold-dialog>`;
  }
}
