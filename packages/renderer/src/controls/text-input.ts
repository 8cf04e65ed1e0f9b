/** Single-line inputs: text, number (with its unit), date, email; and multi-line text. */
import { html, nothing, type TemplateResult } from "lit";
import { ifDefined } from "lit/directives/if-defined.js";
import { live } from "lit/directives/live.js";
import { valueKind } from "../state/coerce.js";
import { renderReadOnlyCell } from "./read-only-cell.js";
import type { ControlModel } from "./types.js";

/** Text longer than this is typed in a text area. */
const MULTILINE_FROM = 200;
/** In a table cell, text that may be longer than this wraps to the cell's width (a company name is not cut off). */
const WRAPS_IN_CELL_FROM = 24;

/** A value of one line typed in a text area that wraps: Enter adds no line break. */
const keepOneLine = (event: KeyboardEvent): void => {
  if (event.key === "Enter") event.preventDefault();
};

const onInput = (model: ControlModel) => (event: Event) => model.onText((event.target as HTMLInputElement | HTMLTextAreaElement).value);

const onPaste = (model: ControlModel) => (event: ClipboardEvent) => {
  const text = event.clipboardData?.getData("text/plain");
  if (text !== undefined && model.onPaste?.(text)) event.preventDefault();
};

export function isMultiline(model: ControlModel): boolean {
  if (model.multiline) return true;
  const max = model.schema?.maxLength;
  return valueKind(model.schema) === "string" && typeof max === "number" && max > MULTILINE_FROM && model.schema?.format === undefined;
}

/** What the paper copy shows: a date written out in the page's language (15 January 2021), anything else as typed. */
function printedText(model: ControlModel, type: string): string {
  const date = type === "date" ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(model.text) : null;
  return date ? model.msg.printDate(Number(date[1]), Number(date[2]), Number(date[3])) : model.text;
}

export function renderTextInput(model: ControlModel): TemplateResult {
  const { schema } = model;
  const kind = valueKind(schema);
  const numeric = kind === "number" || kind === "integer";
  const type = schema?.format === "date" ? "date" : schema?.format === "email" ? "email" : "text";
  const unit = typeof schema?.unit === "string" ? schema.unit : undefined;
  const unitId = unit ? `${model.id}-unit` : undefined;
  const describedBy = [model.describedBy, unitId].filter(Boolean).join(" ");
  // A read-only input shows no example text: greyed, it would read as a value nobody entered.
  const maxLength = kind === "string" && typeof schema?.maxLength === "number" ? schema.maxLength : undefined;
  if (!model.editable && model.inTable && kind === "string" && type === "text") return renderReadOnlyCell(model, model.text);
  const wraps = model.inTable && kind === "string" && type === "text" && !isMultiline(model) && (maxLength ?? Number.POSITIVE_INFINITY) > WRAPS_IN_CELL_FROM;
  const input = wraps
    ? html`<textarea
        id=${model.id}
        part="input textarea"
        class="wrap"
        rows="1"
        .value=${live(model.text)}
        aria-label=${model.label}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${model.invalid ? "true" : nothing}
        aria-required=${model.required ? "true" : nothing}
        maxlength=${ifDefined(maxLength)}
        @input=${onInput(model)}
        @paste=${onPaste(model)}
        @keydown=${keepOneLine}
      ></textarea>`
    : isMultiline(model)
    ? html`<textarea
        id=${model.id}
        part="input textarea"
        rows=${model.multiline ? 8 : 3}
        .value=${live(model.text)}
        ?readonly=${!model.editable}
        aria-readonly=${model.editable ? nothing : "true"}
        aria-label=${model.inTable ? model.label : nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${model.invalid ? "true" : nothing}
        aria-required=${model.required ? "true" : nothing}
        maxlength=${ifDefined(maxLength)}
        @input=${onInput(model)}
      ></textarea>`
    : html`<input
        id=${model.id}
        part="input"
        type=${type}
        inputmode=${numeric ? "decimal" : nothing}
        class=${numeric ? "num" : nothing}
        .value=${live(model.text)}
        ?readonly=${!model.editable}
        aria-readonly=${model.editable ? nothing : "true"}
        aria-label=${model.inTable ? model.label : nothing}
        aria-describedby=${describedBy || nothing}
        aria-invalid=${model.invalid ? "true" : nothing}
        aria-required=${model.required ? "true" : nothing}
        maxlength=${ifDefined(maxLength)}
        placeholder=${model.editable && typeof schema?.placeholder === "string" ? schema.placeholder : nothing}
        @input=${onInput(model)}
        @paste=${onPaste(model)}
      />`;
  return html`<span class="control ${model.editable ? "" : "ro"} ${numeric ? "numeric" : ""}"
    >${input}<span class="print-value" aria-hidden="true">${printedText(model, type)}</span>${unit
      ? html`<span class="unit" id=${unitId ?? nothing}>${unit}</span>`
      : nothing}</span
  >`;
}
