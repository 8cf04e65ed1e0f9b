/**
 * What the element's layout on screen depends on and CSS alone cannot know:
 * - whether the element is narrower than the form's `display.narrowBelow` (a phone), so that it is
 *   laid out in cards (see ../styles/screen-fit.styles.ts);
 * - the height of the bar that sticks to the top, published as `--cf-sticky-height`, so that a
 *   focused field or heading scrolled into view is not hidden under it (`scroll-margin-top`);
 * - which table boxes are narrower than their table: those scroll sideways on their own, so they
 *   become focusable named regions (keyboard users can scroll them) with a visible cue.
 * Everything is measured in ResizeObserver callbacks, which run once layout is done: nothing is
 * read while drawing (a read there forces a layout, of parts off screen too) nor on a keystroke.
 * A box in a part not drawn yet (content-visibility) is reported when that part is drawn.
 */

import type { ReactiveController, ReactiveControllerHost } from "lit";

/** The default of the manifest's `display.narrowBelow`. */
export const NARROW_BELOW = 760;

export interface ScreenLayoutHost {
  readonly host: ReactiveControllerHost & HTMLElement;
  /** The element's shadow root, once it exists. */
  root(): ShadowRoot | null;
  /** The width below which the element is narrow, from the form. */
  narrowBelow(): number;
  /** Called when the element becomes narrow or wide. */
  onNarrow(narrow: boolean): void;
  /** The accessible name of a table box that scrolls sideways, and the cue shown above it. */
  scrollLabel(box: HTMLElement): string;
  scrollCue(): string;
}

export class ScreenLayout implements ReactiveController {
  #narrow = false;
  readonly #sizes: ResizeObserver;
  readonly #boxes: ResizeObserver;
  readonly #watched = new WeakSet<Element>();

  constructor(private readonly owner: ScreenLayoutHost) {
    this.#sizes = new ResizeObserver((entries) => {
      this.#measure();
      // The element's width changed: every table box may now overflow, or no longer.
      if (entries.some((entry) => entry.target === owner.host)) this.#markOverflow([...(owner.root()?.querySelectorAll<HTMLElement>(".table-scroll") ?? [])]);
    });
    this.#boxes = new ResizeObserver((entries) => {
      const boxes = new Set<HTMLElement>();
      for (const entry of entries) {
        const box = entry.target instanceof HTMLElement && entry.target.classList.contains("table-scroll") ? entry.target : entry.target.parentElement;
        if (box) boxes.add(box);
      }
      this.#markOverflow([...boxes]);
    });
    owner.host.addController(this);
  }

  get narrow(): boolean {
    return this.#narrow;
  }

  hostConnected(): void {
    this.#sizes.observe(this.owner.host);
  }

  hostDisconnected(): void {
    this.#sizes.disconnect();
    this.#boxes.disconnect();
  }

  /** After each drawing: watches the sticky bar and table boxes drawn since (observing is cheap and idempotent). */
  hostUpdated(): void {
    const root = this.owner.root();
    if (!root) return;
    for (const bar of root.querySelectorAll(".status, .totals-strip")) {
      if (!this.#watched.has(bar)) {
        this.#watched.add(bar);
        this.#sizes.observe(bar);
      }
    }
    for (const box of root.querySelectorAll<HTMLElement>(".table-scroll")) {
      const table = box.firstElementChild;
      if (this.#watched.has(box) || !table) continue;
      this.#watched.add(box);
      this.#boxes.observe(box);
      this.#boxes.observe(table);
    }
  }

  #measure(): void {
    const { host } = this.owner;
    const narrow = host.clientWidth > 0 && host.clientWidth < this.owner.narrowBelow();
    if (narrow !== this.#narrow) {
      this.#narrow = narrow;
      this.owner.onNarrow(narrow);
    }
    const sticky = this.owner.root()?.querySelector(narrow ? ".totals-strip" : ".status");
    const height = sticky instanceof HTMLElement ? sticky.offsetHeight : 0;
    const value = `${height}px`;
    if (host.style.getPropertyValue("--cf-sticky-height") !== value) host.style.setProperty("--cf-sticky-height", value);
  }

  /** Every box's width read first, then the changes written: one layout, however many boxes. */
  #markOverflow(boxes: readonly HTMLElement[]): void {
    const overflowing = boxes.map((box) => box.scrollWidth > box.clientWidth + 1);
    boxes.forEach((box, i) => this.#mark(box, overflowing[i] === true));
  }

  #mark(box: HTMLElement, overflows: boolean): void {
    if (overflows === box.classList.contains("overflows")) return;
    box.classList.toggle("overflows", overflows);
    if (overflows) {
      box.tabIndex = 0;
      box.setAttribute("role", "region");
      box.setAttribute("aria-label", this.owner.scrollLabel(box));
      box.dataset.cue = this.owner.scrollCue();
    } else {
      box.removeAttribute("tabindex");
      box.removeAttribute("role");
      box.removeAttribute("aria-label");
      delete box.dataset.cue;
    }
  }
}
