/** A subtotal or total as text, and what it leaves out (待评, not counted, invalid values), so that no total is silently short. */
import type { ColumnTotal } from "@cluster-form/rules";
import { html, nothing, type TemplateResult } from "lit";
import { reviewMessagesFor } from "../locales/review.js";
import { formatScore } from "./format.js";

/** 待评 for a total with nothing counted yet and scores awaiting review; otherwise the figure. */
export function totalText(total: ColumnTotal | undefined, lang: string): string {
  if (total && total.value === null && total.pending > 0) return reviewMessagesFor(lang).pending;
  return formatScore(total?.value);
}

/** "（2 项待评，1 项未计入）" after a total, or nothing when it counts everything. */
export function leftOutNote(total: ColumnTotal | undefined, lang: string): TemplateResult | typeof nothing {
  if (!total) return nothing;
  const { pending, invalid, invalidInputs } = total;
  const text = reviewMessagesFor(lang).leftOut({ pending, unscored: total.missing - pending - invalid, invalid, invalidInputs });
  return text === "" ? nothing : html`<span class="left-out">（${text}）</span>`;
}
