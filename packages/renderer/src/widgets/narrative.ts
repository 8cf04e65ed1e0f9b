/** A long text answer with a live character count against its limit (and a budget shared by sections). */
import type { NarrativeBlock } from "@cluster-form/schema";
import { html, nothing } from "lit";
import { blockTitle } from "./block-title.js";
import { widgetIs, type Widget, type WidgetContext } from "./types.js";

/**
 * Characters as people count them: one per Unicode code point, so each Chinese character is one.
 * Counted without spreading the text into an array: a part with long answers is drawn on every keystroke in it.
 */
export function charLength(value: unknown): number {
  if (typeof value !== "string") return 0;
  let count = value.length;
  for (let i = 0; i < value.length - 1; i += 1) {
    const code = value.charCodeAt(i);
    // A surrogate pair is one code point, as `[...value]` counts it; a lone surrogate counts as one.
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = value.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        count -= 1;
        i += 1;
      }
    }
  }
  return count;
}

function sharedCount(block: NarrativeBlock, ctx: WidgetContext): number {
  return (block.sharedLimit?.fields ?? []).reduce((sum, field) => sum + charLength(ctx.value(field)), 0);
}

export const narrativeWidget: Widget<NarrativeBlock> = {
  name: "narrative",
  tester: widgetIs("narrative"),
  render(block, ctx) {
    const id = ctx.fieldId(block.field);
    const label = ctx.label(block.field, block.label);
    const editable = ctx.canEdit(block);
    const max = ctx.schema(block.field)?.maxLength;
    const count = charLength(ctx.value(block.field));
    const over = typeof max === "number" && count > max;
    const shared = block.sharedLimit;
    const sharedTotal = shared ? sharedCount(block, ctx) : 0;
    const sharedOver = shared ? sharedTotal > shared.maxChars : false;
    const help = ctx.schema(block.field)?.description;
    const countId = `${id}-count`;
    const promptId = `${id}-prompt`;
    return html`<div class="block narrative ${ctx.notApplicable(block.field) ? "na" : ""}" part="block narrative">
      ${blockTitle(block)}
      <label class="label narrative-label" for=${id}>${label}</label>
      ${block.prompt ? html`<p class="text prompt" id=${promptId}>${block.prompt}</p>` : nothing}
      ${help ? html`<div class="help" id=${`${id}-help`}>${help}</div>` : nothing}
      ${ctx.control({
        pointer: block.field,
        label,
        editable,
        multiline: true,
        describedBy: [...(block.prompt ? [promptId] : []), countId],
      })}
      <div class="count ${over || sharedOver ? "over" : ""}" id=${countId} part="count">
        ${ctx.msg.charCount(count, typeof max === "number" ? max : undefined)}
        ${shared ? html` · ${ctx.msg.sharedCount(sharedTotal, shared.maxChars)}` : nothing}
        ${over || sharedOver ? html` · <strong>${ctx.msg.overLimit}</strong>` : nothing}
      </div>
      ${ctx.messages(block.field)}
    </div>`;
  },
};
