/**
 * Scroll correction for a windowed table (../controllers/row-windows.controller.ts): when the height given to the rows not
 * drawn changes, everything below them moves, and where the viewport's top is within or past the
 * table, so would what the user is looking at.
 */

/** The element scrolled when `element` moves in view: the nearest scrolling ancestor, across shadow roots, or the page. */
function scrollerOf(element: Element): Element {
  for (let node: Element | null = element.parentElement ?? hostOf(element); node; node = node.parentElement ?? hostOf(node)) {
    if (node === document.body || node === document.documentElement) break;
    const overflow = getComputedStyle(node).overflowY;
    if ((overflow === "auto" || overflow === "scroll") && node.scrollHeight > node.clientHeight) return node;
  }
  return document.scrollingElement ?? document.documentElement;
}

function hostOf(node: Node): Element | null {
  const root = node.getRootNode();
  return root instanceof ShadowRoot ? root.host : null;
}

/**
 * When the top of the viewport is within a table, or past it, a new height estimate moves what
 * is in view (the browser does not anchor scrolling to the gaps). Returns what scrolls it back:
 * the row at the top of the viewport stays where it was, or, past the table, what follows it.
 */
export function keepInPlace(body: HTMLElement, rect: DOMRect, rowHeight: number, count: number): (() => void) | undefined {
  if (rect.top >= 0 || count === 0) return undefined;
  const scrollBy = (moved: number) => {
    // Instant even on a page with `scroll-behavior: smooth`: a correction, not a move the user asked for.
    if (Math.abs(moved) >= 0.5) scrollerOf(body).scrollBy({ top: moved, behavior: "instant" });
  };
  if (rect.bottom <= 0) return () => scrollBy(body.getBoundingClientRect().bottom - rect.bottom);
  const row = Math.min(count - 1, Math.floor(-rect.top / rowHeight));
  const selector = `:scope > tr[data-row="${row}"]`;
  const before = body.querySelector(selector)?.getBoundingClientRect().top ?? rect.top + row * rowHeight;
  return () => {
    const after = body.querySelector(selector)?.getBoundingClientRect().top;
    if (after !== undefined) scrollBy(after - before);
  };
}
