/**
 * What the element's layout on screen depends on and CSS alone cannot know:
 * - whether the element is narrower than the form's `display.narrowBelow` (a phone), so that it is
 *   laid out in cards (see ../styles/screen-fit.styles.ts);
 * - the height of the bar that sticks to the top, published as `--cf-sticky-height`, so that a
 *   focused field or heading scrolled into view is not hidden under it (`scroll-margin-top`). The
 *   bar keeps the tallest height it has had at the element's width (its `min-height`): a total
 *   that gains and loses a note as the user types would otherwise move the whole page below it by
 *   a line, scroll it back (scroll anchoring), and restyle the form for the new height;
 * - which table boxes are narrower than their table: those scroll sideways on their own, so they
 *   become focusable named regions (keyboard users can scroll them) with a visible cue.
 * Everything is measured in ResizeObserver callbacks, which run once layout is done: nothing is
 * read while drawing (a read there forces a layout, of parts off screen too) nor on a keystroke.
 * Which bars and boxes to watch is learnt from the nodes each drawing added (a MutationObserver's
 * records), so that a keystroke, which adds few or none, does not search the whole form.
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
  /** The element's width when last seen. */
  readonly #widths = new WeakMap<Element, number>();
  /** The sticky bar, the element's width, and the bar's tallest height at that width. */
  #reserved?: { readonly bar: HTMLElement; readonly width: number; height: number };
  /** Table boxes were watched since the boxes were last all measured. */
  #boxesAdded = false;
  /** Added nodes only (no attributes, no text): read in `hostUpdated`, never delivered as callbacks. */
  readonly #added = new MutationObserver(() => undefined);

  constructor(private readonly owner: ScreenLayoutHost) {
    this.#sizes = new ResizeObserver((entries) => {
      this.#measure();
      // The element's width changed, or boxes were drawn since: every table box may now overflow,
      // or no longer (a box in a part not shown yet is measured too, as a checker would see it).
      // Its height alone changes with what a keystroke shows: that moves no box's edge.
      const widthChanged = entries.some((entry) => entry.target === owner.host && this.#widthChanged(entry));
      if (widthChanged || this.#boxesAdded) {
        this.#boxesAdded = false;
        this.#markOverflow([...(owner.root()?.querySelectorAll<HTMLElement>(".table-scroll") ?? [])]);
      }
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
    const root = this.owner.root();
    if (!root) return;
    this.#added.observe(root, { childList: true, subtree: true });
    // What was drawn before (the element moved in the page) is looked at once.
    this.#watchWithin(root);
  }

  hostDisconnected(): void {
    this.#sizes.disconnect();
    this.#boxes.disconnect();
    this.#added.disconnect();
  }

  /** After each drawing: watches the sticky bars and table boxes it added. */
  hostUpdated(): void {
    for (const record of this.#added.takeRecords()) {
      for (const node of record.addedNodes) if (node instanceof Element) this.#watchWithin(node.parentElement?.matches(".table-scroll") ? node.parentElement : node);
    }
  }

  /** Watches the sticky bars and table boxes at or below `node` not watched yet (observing is idempotent). */
  #watchWithin(node: Element | ShadowRoot): void {
    const bars = ".status, .totals-strip";
    const boxes = ".table-scroll";
    const found = [...(node instanceof Element && node.matches(`${bars}, ${boxes}`) ? [node] : []), ...node.querySelectorAll(`${bars}, ${boxes}`)];
    for (const element of found) {
      if (this.#watched.has(element)) continue;
      if (element.matches(bars)) {
        this.#watched.add(element);
        this.#sizes.observe(element);
        continue;
      }
      const table = element.firstElementChild;
      if (!table) continue;
      this.#watched.add(element);
      this.#boxesAdded = true;
      this.#boxes.observe(element);
      this.#boxes.observe(table);
    }
  }

  /** Whether the entry's element is another width than when last seen (true the first time). */
  #widthChanged(entry: ResizeObserverEntry): boolean {
    const width = entry.borderBoxSize[0]?.inlineSize ?? entry.contentRect.width;
    if (this.#widths.get(entry.target) === width) return false;
    this.#widths.set(entry.target, width);
    return true;
  }

  #measure(): void {
    const { host } = this.owner;
    const narrow = host.clientWidth > 0 && host.clientWidth < this.owner.narrowBelow();
    if (narrow !== this.#narrow) {
      this.#narrow = narrow;
      this.owner.onNarrow(narrow);
    }
    const sticky = this.owner.root()?.querySelector(narrow ? ".totals-strip" : ".status");
    const height = sticky instanceof HTMLElement ? this.#reserve(sticky, host.clientWidth) : 0;
    const value = `${height}px`;
    if (host.style.getPropertyValue("--cf-sticky-height") !== value) host.style.setProperty("--cf-sticky-height", value);
  }

  /** The height kept for the sticky bar: the tallest it has been since it or the element's width changed. */
  #reserve(bar: HTMLElement, width: number): number {
    let reserved = this.#reserved;
    if (reserved?.bar !== bar || reserved.width !== width) {
      if (reserved) reserved.bar.style.minHeight = "";
      reserved = this.#reserved = { bar, width, height: 0 };
    }
    // The border box, as every box of the element is `border-box`: keeping it never grows the bar.
    reserved.height = Math.max(reserved.height, bar.offsetHeight);
    const kept = `${reserved.height}px`;
    if (bar.style.minHeight !== kept) bar.style.minHeight = kept;
    return reserved.height;
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
