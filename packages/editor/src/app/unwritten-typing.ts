/**
 * Text typed into a box that writes when it is left (a number box) and not written yet. The page's
 * actions (save, undo, redo, from the toolbar or their shortcuts) have the focused box write it
 * first, as leaving it would; until then the page counts it as a change not saved.
 */
type Box = HTMLInputElement | HTMLTextAreaElement;

/**
 * A box text is typed into. Not a checkbox: it writes as it is ticked, and a redraw between its
 * `input` and its `change` would put its old state back before its `change` handler reads it.
 */
const isBox = (target: EventTarget | null): target is Box =>
  target instanceof HTMLTextAreaElement || (target instanceof HTMLInputElement && target.type !== "checkbox" && target.type !== "radio");

/** Has the focused box inside `root` write what is typed in it: blurred (its `change` fires when its value changed since it last wrote) and focused again. */
export function writeFocusedBox(root: Element): void {
  const box = root.ownerDocument.activeElement;
  if (!isBox(box) || !root.contains(box)) return;
  box.blur();
  box.focus({ preventScroll: true });
}

/** Tells `unwritten(true)` when a box inside `root` is typed into, `unwritten(false)` when it writes (`change`) or loses the focus. */
export function watchTyping(root: Element, unwritten: (typed: boolean) => void): void {
  root.addEventListener("input", (event) => {
    if (isBox(event.target)) unwritten(true);
  });
  for (const written of ["change", "focusout"]) {
    root.addEventListener(written, (event) => {
      if (isBox(event.target)) unwritten(false);
    });
  }
}
