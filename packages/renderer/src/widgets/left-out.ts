/** A subtotal or total as text, and what it leaves out (scores pending review, not counted, invalid values), so that no total is silently short. */
import type { ColumnTotal } from "@cluster-form/rules";
import { html, nothing, type TemplateResult } from "lit";
import { reviewMessagesFor } from "../locales/review.js";
import { formatScore } from "./format.js";

/** Whether scores under the total await review: its figure is then only the rules' proposal. */
export const isPending = (total: ColumnTotal | undefined): boolean => total !== undefined && total.pending > 0;

/**
 * The catalog's "pending" word while any score under the total awaits review (its figure is then only the rules' proposal);
 * otherwise the figure.
 */
export function totalText(total: ColumnTotal | undefined, lang: string): string {
  if (isPending(total)) return reviewMessagesFor(lang).pending;
  return formatScore(total?.value);
}

/** What the total leaves out, after it (2 pending, 1 not scored), or nothing when it counts everything reviewed. */
export function leftOutNote(total: ColumnTotal | undefined, lang: string): TemplateResult | typeof nothing {
  if (!total) return nothing;
  const { pending, invalid, invalidInputs } = total;
  const text = reviewMessagesFor(lang).leftOut({ pending, unscored: total.missing - invalid, invalid, invalidInputs });
  return text === "" ? nothing : html`<span class="left-out">${text}</span>`;
}
