/** Choices from `oneOf` consts (and yes/no booleans): radio buttons in a field list, a select in a table. */
import { fieldChoices, jsonEqual, type Choice } from "@cluster-form/schema";
import { html, nothing, type TemplateResult } from "lit";
import { valueKind } from "../state/coerce.js";
import { renderReadOnlyCell } from "./read-only-cell.js";
import type { ControlModel } from "./types.js";

/** More choices than this are a select even outside tables. */
const RADIO_UP_TO = 4;

export function choicesFor(model: ControlModel): readonly Choice[] {
  const choices = fieldChoices(model.schema);
  if (choices.length > 0) return choices;
  if (valueKind(model.schema) === "boolean") {
    return [
      { value: true, label: model.msg.yes },
      { value: false, label: model.msg.no },
    ];
  }
  return [];
}

/**
 * What the paper copy shows: a few choices (yes/no) each with its box, ☑ the one chosen, ☐ the
 * others, so that a blank copy can be ticked by hand; of many choices, the one chosen.
 */
function printedChoice(choices: readonly Choice[], selected: number): string {
  if (choices.length > RADIO_UP_TO) return selected >= 0 ? (choices[selected]?.label ?? "") : "";
  return choices.map((c, i) => `${i === selected ? "☑" : "☐"} ${c.label}`).join("\u3000");
}

export function renderChoiceInput(model: ControlModel, choices: readonly Choice[]): TemplateResult {
  const selected = choices.findIndex((c) => jsonEqual(c.value, model.value));
  const selectedLabel = selected >= 0 ? (choices[selected]?.label ?? "") : "";
  const printed = printedChoice(choices, selected);
  const describedBy = model.describedBy || nothing;
  // A select cuts long labels to its width, and a disabled one reads faintly: read only, a cell shows the choice's label.
  if (!model.editable && model.inTable) return renderReadOnlyCell(model, selectedLabel);
  if (model.inTable || choices.length > RADIO_UP_TO) {
    const onChange = (event: Event) => {
      const index = Number((event.target as HTMLSelectElement).value);
      model.onChoice(index >= 0 ? choices[index]?.value : undefined);
    };
    return html`<span class="control ${model.editable ? "" : "ro"}"
      ><select
        id=${model.id}
        part="input select"
        ?disabled=${!model.editable}
        aria-label=${model.inTable ? model.label : nothing}
        aria-describedby=${describedBy}
        aria-invalid=${model.invalid ? "true" : nothing}
        aria-required=${model.required ? "true" : nothing}
        @change=${onChange}
      >
        <option value="-1" ?selected=${selected < 0}>${model.msg.choose}</option>
        ${choices.map((c, i) => html`<option value=${String(i)} ?selected=${i === selected}>${c.label}</option>`)}
      </select><span class="print-value" aria-hidden="true">${printed}</span></span
    >`;
  }
  // A radio group: the fieldset's legend is the field's label, so the group has the accessible name.
  return html`<span class="control ${model.editable ? "" : "ro"}"><fieldset
    class="radios"
    id=${model.id}
    tabindex="-1"
    part="radio-group"
    aria-describedby=${describedBy}
    aria-invalid=${model.invalid ? "true" : nothing}
  >
    <legend class="visually-hidden">${model.label}</legend>
    ${choices.map(
      (c, i) => html`<label class="radio"
        ><input
          type="radio"
          name=${model.id}
          .checked=${i === selected}
          ?disabled=${!model.editable}
          @change=${() => model.onChoice(c.value)}
        /><span>${c.label}</span></label
      >`,
    )}
  </fieldset><span class="print-value" aria-hidden="true">${printed}</span></span>`;
}
