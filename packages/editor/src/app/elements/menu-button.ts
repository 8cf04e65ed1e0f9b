/**
 * `<cf-menu-button>`: a button that opens a menu of actions (the WAI-ARIA menu button pattern).
 * Nothing happens while the officer moves through the items: an item acts only on Enter, Space or a
 * click (WCAG 3.2.2), unlike a <select> whose arrow keys change its value. Enter, Space or ↓ on the
 * button open the menu on its first item, ↑ on its last; ↑/↓, Home/End and a first letter move the
 * focus (roving); Escape closes it and gives the focus back to the button, as does choosing an item
 * (so that a dialog the item opens returns the focus there when it closes); Tab or a click elsewhere
 * closes it.
 */
import { html, LitElement, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";

export interface MenuItem {
  readonly id: string;
  readonly label: string;
}

let menus = 0;

export class MenuButton extends LitElement {
  static override properties = { label: {}, items: { attribute: false }, expanded: { state: true } };
  declare label: string;
  declare items: readonly MenuItem[];
  declare expanded: boolean;
  readonly #id = `cf-menu-${++menus}`;

  constructor() {
    super();
    this.label = "";
    this.items = [];
    this.expanded = false;
  }

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override disconnectedCallback(): void {
    document.removeEventListener("pointerdown", this.#outside, true);
    super.disconnectedCallback();
  }

  get #button(): HTMLButtonElement | null {
    return this.querySelector<HTMLButtonElement>(`#${this.#id}-button`);
  }

  get #entries(): HTMLElement[] {
    return [...this.querySelectorAll<HTMLElement>('[role="menuitem"]')];
  }

  /** Opens the menu with the focus on item `index` (negative: from the end). */
  async #open(index: number): Promise<void> {
    this.expanded = true;
    document.addEventListener("pointerdown", this.#outside, true);
    await this.updateComplete;
    const entries = this.#entries;
    entries.at(index)?.focus();
  }

  #close(focusButton: boolean): void {
    this.expanded = false;
    document.removeEventListener("pointerdown", this.#outside, true);
    if (focusButton) this.#button?.focus();
  }

  readonly #outside = (event: PointerEvent): void => {
    if (!this.contains(event.target as Node)) this.#close(false);
  };

  #choose(item: MenuItem): void {
    this.#close(true);
    this.dispatchEvent(new CustomEvent<string>("choose", { detail: item.id, bubbles: true }));
  }

  #buttonKeys(event: KeyboardEvent): void {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      void this.#open(event.key === "ArrowDown" ? 0 : -1);
    }
  }

  #menuKeys(event: KeyboardEvent): void {
    const entries = this.#entries;
    const at = entries.indexOf(document.activeElement as HTMLElement);
    const focus = (index: number): void => entries[(index + entries.length) % entries.length]?.focus();
    switch (event.key) {
      case "ArrowDown":
        focus(at + 1);
        break;
      case "ArrowUp":
        focus(at - 1);
        break;
      case "Home":
        focus(0);
        break;
      case "End":
        focus(-1);
        break;
      case "Escape":
        this.#close(true);
        break;
      case "Tab":
        this.#close(false);
        return;
      default: {
        if (event.key.length !== 1 || event.ctrlKey || event.metaKey || event.altKey) return;
        // A first letter moves to the next item starting with it (type-ahead of the menu pattern).
        const next = [...entries.slice(at + 1), ...entries.slice(0, at + 1)].find((e) => e.textContent?.trim().toLowerCase().startsWith(event.key.toLowerCase()));
        if (!next) return;
        next.focus();
      }
    }
    event.preventDefault();
    event.stopPropagation();
  }

  protected override render(): TemplateResult {
    return html`<button type="button" id=${`${this.#id}-button`} aria-haspopup="menu" aria-expanded=${this.expanded ? "true" : "false"} aria-controls=${ifDefined(this.expanded ? this.#id : undefined)}
        @click=${() => (this.expanded ? this.#close(true) : void this.#open(0))} @keydown=${(e: KeyboardEvent) => this.#buttonKeys(e)}>
        ${this.label} <span aria-hidden="true">▾</span></button>
      ${this.expanded
        ? html`<ul role="menu" id=${this.#id} aria-labelledby=${`${this.#id}-button`} @keydown=${(e: KeyboardEvent) => this.#menuKeys(e)}>
            ${this.items.map((item) => html`<li role="none"><button type="button" role="menuitem" tabindex="-1" @click=${() => this.#choose(item)}>${item.label}</button></li>`)}
          </ul>`
        : nothing}`;
  }
}
