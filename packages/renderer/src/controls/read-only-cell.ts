/**
 * A field the role in effect may not edit, drawn in a table cell: its text wraps to the cell's
 * width (field-sizing, or a guess at the height where browsers lack it), so that whoever reviews
 * it (the expert) reads all of it, and screen readers meet a read-only text box with the value.
 */
import { html, nothing, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import type { ControlModel } from "./types.js";

/** About six CJK characters fit a narrow cell's line. */
const CHARS_PER_LINE = 6;

export function renderReadOnlyCell(model: ControlModel, text: string): TemplateResult {
  return html`<span class="control ro"
    ><textarea
      id=${model.id}
      part="input textarea"
      class="wrap"
      rows=${Math.min(4, Math.max(1, Math.ceil(text.length / CHARS_PER_LINE)))}
      .value=${live(text)}
      readonly
      aria-readonly="true"
      aria-label=${model.label}
      aria-describedby=${model.describedBy || nothing}
      aria-invalid=${model.invalid ? "true" : nothing}
      aria-required=${model.required ? "true" : nothing}
    ></textarea
    ><span class="print-value" aria-hidden="true">${text}</span></span
  >`;
}
