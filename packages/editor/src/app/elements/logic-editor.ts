/**
 * The raw JSON-Logic editor, for rules of no common shape (and any rule, opened as JSON-Logic): the
 * rule's text in a code editor (./code-editor.ts, loaded as a chunk of its own the first time a raw
 * rule is shown), checked as the officer types with the problems underlined and listed, and Apply.
 * Inside a closed disclosure nothing is loaded until it is opened.
 */
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from "lit";
import { setValue } from "../../edits/index.js";
import type { Site } from "../../edits/types.js";
import type { EditorContext, PendingDraft } from "../context.js";
import { siteId } from "../form-state.js";
import { ruleAt } from "../rule-edit.js";
import { checkRuleText, type RuleCheck } from "../rule-lint.js";
import type { CodeEditor } from "./code-editor.js";

export class LogicEditor extends LitElement implements PendingDraft {
  static override properties = { site: { attribute: false }, context: { attribute: false }, draft: { state: true } };
  declare site: Site;
  declare context: EditorContext;
  declare draft: string | undefined;
  #sourceText = "";
  #code: CodeEditor | undefined;
  #loading = false;
  #check: RuleCheck = { problems: [] };
  /** The draft says something the rule in the texts does not (a change of layout alone is none): worked out once per update. */
  #changed = false;
  /** Told to the page last: the draft differs from the rule in the texts. */
  #pending = false;
  /** A draft taken back from the page (./context.ts holdDraft): its disclosure is opened to show it. */
  #takenBack = false;
  /** Revealed before its code editor was loaded: the code editor takes the focus once it is. */
  #focusWhenLoaded = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: its code editor was let go when it left, and its draft is told again.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Let go with a draft (its part no longer shown, or moved in the page): the page keeps it for its rule.
    if (this.#pending) this.context.holdDraft(this.site, { source: this.#sourceText, text: this.draft ?? "" });
    this.#tellPending(false);
    this.#code?.destroy();
    this.#code = undefined;
    this.#loading = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const held = this.context.takeHeldDraft(this.site);
    if (held) {
      this.#sourceText = held.source;
      this.draft = held.text;
      this.#code?.setText(held.text);
      this.#takenBack = true;
    } else if (changed.has("context") || changed.has("site")) {
      // The rule changed under an unchanged draft (an undo, a file taken from disk; the page refuses those while
      // a draft waits) is shown; the officer's own typing does not come back here.
      let current = "";
      try {
        current = JSON.stringify(ruleAt(this.context.texts, this.site), null, 2) ?? "";
      } catch {
        current = "";
      }
      if (current !== this.#sourceText) {
        this.#sourceText = current;
        this.draft = current;
        this.#code?.setText(current);
      }
    }
    this.#check = checkRuleText(this.draft ?? "", new Set(this.context.paths), this.context.lang, this.context.text);
    this.#changed = this.#changesRule();
  }

  protected override updated(): void {
    this.#tellPending(this.#changed);
    this.#code?.showProblems(this.#check.problems);
    const disclosure = this.closest("details");
    if (disclosure && this.#takenBack) disclosure.open = true;
    this.#takenBack = false;
    if (disclosure && !disclosure.open) {
      disclosure.addEventListener("toggle", () => this.requestUpdate(), { once: true });
      return;
    }
    void this.#loadCode();
  }

  /** The draft says something the rule in the texts does not (a change of layout alone is none). */
  #changesRule(): boolean {
    const draft = this.draft ?? "";
    if (draft === this.#sourceText) return false;
    const { value } = this.#check;
    return value === undefined || JSON.stringify(value, null, 2) !== this.#sourceText;
  }

  #tellPending(pending: boolean): void {
    if (pending === this.#pending) return;
    this.#pending = pending;
    this.context.draftPending(this, pending);
  }

  /** The draft taken back to the rule as the texts hold it; the focus goes to the text, the button being disabled. */
  #discard(): void {
    this.draft = this.#sourceText;
    this.#code?.setText(this.#sourceText);
    this.#code?.view.focus();
  }

  reveal(): void {
    const disclosure = this.closest("details");
    if (disclosure) disclosure.open = true;
    this.scrollIntoView({ block: "center" });
    if (this.#code) this.#code.view.focus();
    else this.#focusWhenLoaded = true;
  }

  async #loadCode(): Promise<void> {
    const host = this.querySelector<HTMLElement>(".code-host");
    if (this.#code || this.#loading || !host) return;
    this.#loading = true;
    const { createCodeEditor } = await import("./code-editor.js");
    if (!this.#loading || !this.isConnected) return;
    const id = `${siteId(this.site)}-raw`;
    this.#code = createCodeEditor(host, {
      text: this.draft ?? "",
      names: () => new Map(this.context.paths.map((p) => [p, this.context.labels.get(p) ?? ""])),
      labelledBy: `${id}-label`,
      describedBy: `${id}-problems`,
      changed: (text) => (this.draft = text),
      // To Apply, or, while it is disabled, to the problems that disable it.
      leave: () => {
        const apply = this.querySelector<HTMLButtonElement>(".apply");
        if (apply && !apply.disabled) apply.focus();
        else this.querySelector<HTMLElement>(`#${id}-problems`)?.focus();
      },
    });
    this.#code.showProblems(this.#check.problems);
    if (this.#focusWhenLoaded) this.#code.view.focus();
    this.#focusWhenLoaded = false;
    this.requestUpdate();
  }

  protected override render(): TemplateResult {
    const t = this.context.text.shape;
    const id = `${siteId(this.site)}-raw`;
    const { problems, value } = this.#check;
    const apply = (): void => {
      if (problems.length > 0 || value === undefined) return;
      void this.context.edit((texts) => setValue(texts, this.site, value));
    };
    return html`<div class="logic-editor">
      <p class="help">${t.rawHelp}</p>
      <span class="label" id=${`${id}-label`}>${t.raw}</span>
      ${this.#code ? nothing : html`<pre class="code code-loading">${this.draft ?? ""}</pre>`}
      <div class="code-host"></div>
      <ul id=${`${id}-problems`} class="findings-here" aria-live="polite" tabindex="-1">${problems.map((p) => html`<li class="severity-error">${p.message}</li>`)}</ul>
      <button type="button" class="apply" ?disabled=${problems.length > 0} @click=${apply}>${t.rawApply}</button>
      <button type="button" class="discard" ?disabled=${!this.#changed} @click=${() => this.#discard()}>${t.rawDiscard}</button>
    </div>`;
  }
}
