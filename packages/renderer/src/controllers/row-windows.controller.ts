/**
 * Windowing of long repeating tables. Each drawn input costs the browser work on every keystroke
 * anywhere near it (layerizing its clip), so a table with hundreds of rows draws only the rows in
 * view, a few beyond, and the row with focus and its neighbours; gaps of the estimated height stand
 * in for the rest, so the page scrolls as if every row were there. Printing draws every row.
 *
 * The widget asks `windowOf` while drawing; this controller watches scrolling, resizing, focus and
 * printing while its element is connected, and asks the element to draw again when the rows to
 * draw change. Scrolling is measured only while a table is within a viewport's height of the
 * viewport (an IntersectionObserver tells, after layout, without forcing one): far from every
 * table, a scroll (a field typed into moving under the sticky bar) changes no row to draw, and
 * measuring would lay out tables the browser skips drawing (`content-visibility`).
 */
import type { ReactiveController, ReactiveControllerHost } from "lit";
import { keepInPlace } from "../dom/keep-in-place.js";
import { around, mergeRanges, rowsInView, sameRanges, type RowRange, type RowWindow } from "../session/row-ranges.js";

/** Until a drawn row has been measured: one line of inputs. */
const ROW_HEIGHT_GUESS = 44;
/** Rows drawn beyond each edge of the viewport, so that scrolling shows drawn rows. */
const OVERSCAN = 4;
/** Rows drawn before the table's place on the page is known. */
const FIRST_ROWS = 24;
/** How far from the viewport a table counts as near: scrolling measures it from there. */
const NEAR_MARGIN = "100% 0px";

interface TableState {
  readonly part: string;
  count: number;
  view: RowRange;
  focus?: number;
  /** A row asked for by `reveal`, drawn until focus moves. */
  pinned?: number;
  rowHeight: number;
  /** Heights of the rows measured so far, by row: their mean is the height a gap gives a row. */
  readonly heights: Map<number, number>;
  ranges: readonly RowRange[];
  readonly windowed: true;
}

function meanOf(values: ReadonlyMap<number, number>): number | undefined {
  if (values.size === 0) return undefined;
  let sum = 0;
  for (const value of values.values()) sum += value;
  return sum / values.size;
}

function enclosingShadowRoots(host: HTMLElement): ShadowRoot[] {
  const roots: ShadowRoot[] = [];
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = root.host.getRootNode()) roots.push(root);
  return roots;
}

/** The part id of a submission pointer `/data/<part>/…`. */
const partOf = (pointer: string): string => pointer.split("/")[2] ?? "";

export class RowWindows implements ReactiveController {
  /** Tables with more rows than this are windowed; 0 draws every row of every table. */
  threshold = 30;
  readonly #tables = new Map<string, TableState>();
  readonly #versions = new Map<string, number>();
  #printing = false;
  #measureSoon = false;
  /** A windowed table was drawn in the current update: its body may be new, and not observed yet. */
  #drawnWindowed = false;
  #frame?: number;
  /** Each windowed table's body observed for nearness, by table; and the bodies near the viewport now. */
  readonly #bodies = new Map<string, Element>();
  readonly #near = new Set<Element>();
  #nearness?: IntersectionObserver;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #root: () => ParentNode | null;
  readonly #redraw: (now: boolean) => Promise<unknown>;
  #stopListening?: () => void;

  /**
   * @param root where the tables are drawn
   * @param redraw asks the element to draw again, `now` (before returning: printing) or soon; resolves once drawn
   */
  constructor(host: ReactiveControllerHost & HTMLElement, root: () => ParentNode | null, redraw: (now: boolean) => Promise<unknown>) {
    this.#host = host;
    this.#root = root;
    this.#redraw = redraw;
    host.addController(this);
  }

  hostConnected(): void {
    this.#stopListening = this.#listen(this.#host);
    this.#nearness = new IntersectionObserver((entries) => this.#nearnessChanged(entries), { rootMargin: NEAR_MARGIN });
    this.#drawnWindowed = true;
  }

  hostDisconnected(): void {
    this.#stopListening?.();
    this.#stopListening = undefined;
    this.#nearness?.disconnect();
    this.#nearness = undefined;
    this.#bodies.clear();
    this.#near.clear();
  }

  /** The rows to draw of the table at `pointer` (a submission pointer) that has `count` rows. */
  windowOf(pointer: string, count: number): RowWindow {
    if (this.threshold <= 0 || count <= this.threshold) {
      this.#tables.delete(pointer);
      this.#letGo(pointer);
      return { ranges: count > 0 ? [{ from: 0, to: count }] : [], rowHeight: ROW_HEIGHT_GUESS, windowed: false };
    }
    let state = this.#tables.get(pointer);
    if (!state) {
      state = { part: partOf(pointer), count, view: { from: 0, to: FIRST_ROWS }, rowHeight: ROW_HEIGHT_GUESS, heights: new Map(), ranges: [], windowed: true };
      this.#tables.set(pointer, state);
      this.#measureSoon = true;
    }
    if (state.count !== count) {
      state.count = count;
      this.#measureSoon = true;
    }
    state.ranges = this.#printing ? [{ from: 0, to: count }] : this.#rangesOf(state);
    this.#drawnWindowed = true;
    return state;
  }

  /** Changes whenever what `windowOf` answers for a part's tables may have: part of the part's redraw key. */
  version(part: string): number {
    return this.#versions.get(part) ?? 0;
  }

  /** Forgets every table (another form was loaded): their rows and heights are not the new form's. */
  forget(): void {
    for (const table of this.#tables.keys()) this.#letGo(table);
    this.#tables.clear();
  }

  /** After the element has drawn: tables just windowed, or whose row count changed, are measured in the next frame. */
  hostUpdated(): void {
    if (this.#drawnWindowed && this.#someUnobserved()) this.#observeBodies();
    this.#drawnWindowed = false;
    if (this.#measureSoon) this.#schedule();
  }

  /** Whether a windowed table's body is new (or drawn anew) and not observed yet. */
  #someUnobserved(): boolean {
    for (const table of this.#tables.keys()) if (!this.#bodies.get(table)?.isConnected) return true;
    return false;
  }

  /** Observes the windowed tables' bodies drawn, and lets go of those no longer in the page. */
  #observeBodies(): void {
    const nearness = this.#nearness;
    const root = this.#root();
    if (!nearness || !root) return;
    for (const [table, body] of this.#bodies) if (!body.isConnected) this.#letGo(table);
    for (const body of root.querySelectorAll<HTMLElement>("tbody[data-rows-of]")) {
      const table = body.dataset.rowsOf ?? "";
      if (!this.#tables.has(table) || this.#bodies.get(table) === body) continue;
      this.#letGo(table);
      this.#bodies.set(table, body);
      nearness.observe(body);
    }
  }

  /** Stops watching a table's body (the table is drawn whole, or gone). */
  #letGo(table: string): void {
    const body = this.#bodies.get(table);
    if (!body) return;
    this.#nearness?.unobserve(body);
    this.#bodies.delete(table);
    this.#near.delete(body);
  }

  #nearnessChanged(entries: readonly IntersectionObserverEntry[]): void {
    for (const { target, isIntersecting } of entries) {
      const watched = target instanceof HTMLElement && this.#bodies.get(target.dataset.rowsOf ?? "") === target;
      if (isIntersecting && watched) this.#near.add(target);
      else this.#near.delete(target);
    }
    // A table came near, or went away: where it is now decides its rows.
    this.#schedule();
  }

  /**
   * Draws the row a submission pointer falls in, if it is in a windowed table and not drawn.
   * Returns true when the element must draw again before the field can be focused.
   */
  reveal(pointer: string): boolean {
    for (const [table, state] of this.#tables) {
      if (!pointer.startsWith(`${table}/`)) continue;
      const row = Number(pointer.slice(table.length + 1).split("/")[0]);
      if (!Number.isInteger(row) || row < 0 || row >= state.count) return false;
      if (state.ranges.some((r) => r.from <= row && row < r.to)) return false;
      state.pinned = row;
      this.#bump(state.part);
      return true;
    }
    return false;
  }

  /** Listens for what moves the window; returns the function that stops listening. */
  #listen(host: HTMLElement): () => void {
    const schedule = () => this.#schedule();
    const onScroll = () => {
      if (this.#near.size > 0) this.#schedule();
    };
    const onFocus = (event: Event) => this.#focusMoved(event.composedPath());
    const printing = (on: boolean) => () => this.#setPrinting(on);
    const printMedia = window.matchMedia("print");
    const onPrintMedia = (event: MediaQueryListEvent) => this.#setPrinting(event.matches);
    const before = printing(true);
    const after = printing(false);
    // Scrolling anywhere in the page, and in the shadow roots the element sits in (their scroll
    // events stay inside them): any of it may move a table.
    const scrollers = [window, ...enclosingShadowRoots(host)];
    for (const scroller of scrollers) scroller.addEventListener("scroll", onScroll, { capture: true, passive: true });
    window.addEventListener("resize", schedule, { passive: true });
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    printMedia.addEventListener("change", onPrintMedia);
    host.addEventListener("focusin", onFocus);
    return () => {
      for (const scroller of scrollers) scroller.removeEventListener("scroll", onScroll, { capture: true });
      window.removeEventListener("resize", schedule);
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
      printMedia.removeEventListener("change", onPrintMedia);
      host.removeEventListener("focusin", onFocus);
      if (this.#frame !== undefined) cancelAnimationFrame(this.#frame);
      this.#frame = undefined;
    };
  }

  #rangesOf(state: TableState): readonly RowRange[] {
    const wanted = [state.view];
    if (state.focus !== undefined) wanted.push(around(state.focus, 1));
    if (state.pinned !== undefined) wanted.push(around(state.pinned, 1));
    return mergeRanges(wanted, state.count);
  }

  #bump(part: string): void {
    this.#versions.set(part, this.version(part) + 1);
  }

  /** Marks the parts of the tables whose rows to draw have changed; true when any has. */
  #outdated(states: Iterable<TableState>): boolean {
    let outdated = false;
    for (const state of states) {
      if (sameRanges(this.#rangesOf(state), state.ranges)) continue;
      this.#bump(state.part);
      outdated = true;
    }
    return outdated;
  }

  #schedule(): void {
    if (this.#tables.size === 0 || this.#frame !== undefined) return;
    this.#frame = requestAnimationFrame(() => {
      this.#frame = undefined;
      void this.#measure();
    });
  }

  /**
   * Where each windowed table is relative to the viewport, and how tall its rows are; then draws
   * what is now in view, and scrolls by what the new estimate moved the rows in view.
   */
  async #measure(): Promise<void> {
    this.#measureSoon = false;
    const root = this.#root();
    if (!root || this.#printing) return;
    const measured: TableState[] = [];
    const scrollBack: (() => void)[] = [];
    let resized = false;
    for (const body of root.querySelectorAll<HTMLElement>("tbody[data-rows-of]")) {
      const state = this.#tables.get(body.dataset.rowsOf ?? "");
      if (!state) continue;
      for (const row of body.querySelectorAll<HTMLElement>(":scope > tr[data-row]")) state.heights.set(Number(row.dataset.row), row.offsetHeight);
      // Where the viewport is, in rows, by the heights the gaps were drawn with.
      const rect = body.getBoundingClientRect();
      state.view = rowsInView({ top: rect.top, viewportHeight: window.innerHeight, rowHeight: state.rowHeight, count: state.count, overscan: OVERSCAN });
      const fix = keepInPlace(body, rect, state.rowHeight, state.count);
      if (fix) scrollBack.push(fix);
      // The gaps change only when the estimate (the mean of every row measured) moves by a pixel or more.
      const estimate = meanOf(state.heights);
      if (estimate !== undefined && Math.abs(estimate - state.rowHeight) >= 1) {
        state.rowHeight = estimate;
        this.#bump(state.part);
        resized = true;
      }
      measured.push(state);
    }
    if (!this.#outdated(measured) && !resized) return;
    await this.#redraw(false);
    for (const fix of scrollBack) fix();
  }

  #focusMoved(path: readonly EventTarget[]): void {
    const row = path.find((target): target is HTMLElement => target instanceof HTMLElement && target.dataset.row !== undefined);
    const table = row?.parentElement?.dataset.rowsOf;
    for (const [pointer, state] of this.#tables) {
      state.focus = row && pointer === table ? Number(row.dataset.row) : undefined;
      state.pinned = undefined;
    }
    if (this.#outdated(this.#tables.values())) void this.#redraw(false);
  }

  #setPrinting(on: boolean): void {
    if (on === this.#printing) return;
    this.#printing = on;
    for (const state of this.#tables.values()) this.#bump(state.part);
    // Before printing, every row must be drawn before the browser lays the page out.
    if (this.#tables.size > 0) void this.#redraw(on);
    if (!on) this.#schedule();
  }
}
