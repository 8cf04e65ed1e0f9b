/** Text printed on the paper: prompts, instructions, notes, headings. */
import type { TextBlock } from "@cluster-form/schema";
import { html } from "lit";
import { widgetIs, type Widget } from "./types.js";

export const textWidget: Widget<TextBlock> = {
  name: "text",
  tester: widgetIs("text"),
  render(block) {
    const style = block.style ?? "prompt";
    if (style === "heading") return html`<h3 class="block-heading" part="heading">${block.text}</h3>`;
    return html`<p class="text ${style}" part="text ${style}">${block.text}</p>`;
  },
};
