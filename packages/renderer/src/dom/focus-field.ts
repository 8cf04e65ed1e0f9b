/** Moving focus to the input drawn for a field. */
import { parentPointer } from "@cluster-form/schema";
import { fieldId } from "../session/field-id.js";

/**
 * Focuses the input of the field at a submission pointer, or else of the nearest field that holds
 * it (a row, a table), scrolled to the middle of the view. A group of choices (a fieldset) is
 * focused through its first input. Returns false when no such input is drawn.
 */
export function focusField(root: ShadowRoot, pointer: string): boolean {
  for (let p = pointer; p.length > 0; p = parentPointer(p)) {
    const target = root.getElementById(fieldId(p));
    if (target) {
      const focusable = target instanceof HTMLFieldSetElement ? (target.querySelector("input") ?? target) : target;
      focusable.scrollIntoView({ block: "center" });
      focusable.focus();
      return true;
    }
  }
  return false;
}
