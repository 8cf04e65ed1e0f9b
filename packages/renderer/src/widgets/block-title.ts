import type { LayoutBlock } from "@cluster-form/schema";
import { html, nothing, type TemplateResult } from "lit";

/** A block's own title, when the layout gives one. */
export function blockTitle(block: LayoutBlock, id?: string): TemplateResult | typeof nothing {
  return block.title ? html`<h3 class="block-heading" id=${id ?? nothing} part="heading">${block.title}</h3>` : nothing;
}
