/** Label–input pairs: the cover, contact details, yes/no questions. */
import { fieldChoices, type FieldRef, type FieldsBlock } from "@cluster-form/schema";
import { html, nothing } from "lit";
import { valueKind } from "../state/coerce.js";
import { blockTitle } from "./block-title.js";
import { widgetIs, type Widget, type WidgetContext } from "./types.js";

/** Radio groups carry their own legend; every other input is named by a `<label for>`. */
function isRadioGroup(ctx: WidgetContext, ref: FieldRef): boolean {
  const schema = ctx.schema(ref.field);
  const count = fieldChoices(schema).length || (valueKind(schema) === "boolean" ? 2 : 0);
  return count > 0 && count <= 4;
}

export function renderFieldRow(ctx: WidgetContext, ref: FieldRef, editable: boolean) {
  const label = ctx.label(ref.field, ref.label);
  const id = ctx.fieldId(ref.field);
  const na = ctx.notApplicable(ref.field);
  const schema = ctx.schema(ref.field);
  const help = schema?.description;
  // A filled date prints written out: its year/month/day help is for the blank paper.
  const helpOnScreen = schema?.format === "date" && typeof ctx.value(ref.field) === "string" && ctx.value(ref.field) !== "";
  const radio = isRadioGroup(ctx, ref);
  return html`<div class="field ${na ? "na" : ""} ${editable ? "" : "ro"}" part="field">
    ${radio
      ? html`<span class="label" aria-hidden="true">${label}</span>`
      : html`<label class="label" for=${id}>${label}</label>`}
    <div class="value">
      ${ctx.control({ pointer: ref.field, label, editable })}
      ${help ? html`<div class="help ${helpOnScreen ? "screen-only" : ""}" id=${`${id}-help`}>${help}</div>` : nothing}
      ${na ? html`<div class="na-note">${ctx.msg.notApplicable}</div>` : nothing} ${ctx.messages(ref.field)}
    </div>
  </div>`;
}

export const fieldsWidget: Widget<FieldsBlock> = {
  name: "fields",
  tester: widgetIs("fields"),
  render(block, ctx) {
    // A titled list is a group named by its title: two lists of one part may ask for the same
    // fields (an organisation's document and a plan's document), and their inputs share names.
    const first = block.fields[0];
    const headingId = block.title && first ? `${ctx.fieldId(first.field)}-group` : undefined;
    return html`<div class="block fields" part="block fields" role=${headingId ? "group" : nothing} aria-labelledby=${headingId ?? nothing}>
      ${blockTitle(block, headingId)}
      <div class="field-list">${block.fields.map((ref) => renderFieldRow(ctx, ref, ctx.canEdit(block, ref)))}</div>
    </div>`;
  },
};
