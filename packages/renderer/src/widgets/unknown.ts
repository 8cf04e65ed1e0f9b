/** The lowest-ranked widget: a block no other widget draws is named, never silently dropped. */
import type { LayoutBlock } from "@cluster-form/schema";
import { html } from "lit";
import type { Widget } from "./types.js";

export const unknownWidget: Widget<LayoutBlock> = {
  name: "unknown",
  tester: () => 0,
  render(block, ctx) {
    const name = typeof (block as { widget?: unknown }).widget === "string" ? String((block as { widget: string }).widget) : "?";
    return html`<p class="text note unsupported" role="note">${ctx.msg.unsupportedBlock(name)}</p>`;
  },
};
