/**
 * The value of a box that writes when it is left (`change`): Lit's live() (the box shows the stored
 * value at every redraw, even a refused value put back), except while the officer is typing in it.
 * Then a redraw that brings no new value for the box (a check coming back) leaves the typed text, for
 * leaving the box to write it; a new value for the box (undo, redo, another edit) is still shown.
 * The typed text belongs to the field the box writes (`field`, e.g. the box's id): when a redraw
 * binds the box to another field (Lit reusing the element for another item of a list), it is
 * dropped, not written there.
 */
import { noChange, type PropertyPart } from "lit";
import { directive, Directive, PartType, type PartInfo } from "lit/directive.js";
import { setCommittedValue } from "lit/directive-helpers.js";

type Box = HTMLInputElement | HTMLTextAreaElement;

const hasFocus = (box: Box): boolean => {
  const root = box.getRootNode();
  return (root instanceof Document || root instanceof ShadowRoot) && root.activeElement === box;
};

class LiveUnlessTyping extends Directive {
  #box: Box | undefined;
  #shown: string | undefined;
  #field: string | undefined;
  /** Typed since the box last wrote (`change`) or was given a value. */
  #typing = false;

  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY || info.name !== "value") throw new Error("liveUnlessTyping() binds the .value of an input or a textarea");
  }

  render(value: string, _field: string): string {
    return value;
  }

  override update(part: PropertyPart, [value, field]: [string, string]): string | typeof noChange {
    const box = part.element as Box;
    if (this.#box !== box) {
      this.#box = box;
      box.addEventListener("input", () => (this.#typing = true));
      box.addEventListener("change", () => (this.#typing = false));
    }
    const unchanged = value === this.#shown && field === this.#field;
    this.#shown = value;
    this.#field = field;
    if (unchanged && this.#typing && hasFocus(box)) return noChange;
    this.#typing = false;
    if (box.value === value) return noChange;
    // The part's last value forgotten, so that Lit sets the box even when `value` is the one it set before.
    setCommittedValue(part);
    return value;
  }
}

export const liveUnlessTyping = directive(LiveUnlessTyping);
