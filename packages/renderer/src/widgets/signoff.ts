/** A sign-off: opinion, seal, signer, date and attachment, drawn from the fields of the shared signoff shape. */
import type { SignoffBlock } from "@cluster-form/schema";
import { html } from "lit";
import { renderFieldRow } from "./fields.js";
import { widgetIs, type Widget } from "./types.js";

export const signoffWidget: Widget<SignoffBlock> = {
  name: "signoff",
  tester: widgetIs("signoff"),
  render(block, ctx) {
    const schema = ctx.schema(block.field);
    const keys = Object.keys(schema?.properties ?? {});
    const title = block.title ?? ctx.label(block.field, block.label);
    const editable = ctx.canEdit(block);
    return html`<fieldset class="block signoff" part="block signoff">
      <legend class="block-heading">${title}</legend>
      <div class="field-list">${keys.map((key) => renderFieldRow(ctx, { field: `${block.field}/${key}` }, editable))}</div>
      ${ctx.messages(block.field)}
    </fieldset>`;
  },
};
