/**
 * The changes of scoring texts proposed after a threshold changed, shown inside the criterion whose
 * texts they change: right after the rule that was edited in the natural tab order, so the next Tab
 * from the threshold box reaches them. Settling one moves the focus to the next one, or to the text
 * it concerned when none is left, so the focus is never dropped to the page's top.
 */
import { html, nothing, type TemplateResult } from "lit";
import type { OutlineCriterion, Site, TextProposal } from "../../edits/types.js";
import type { EditorContext } from "../context.js";
import { keyId, siteId, siteKey } from "../form-state.js";

const inside = (site: Site, outer: Site): boolean => site.file === outer.file && site.pointer.startsWith(`${outer.pointer}/`);

/** The proposals that change a text of this criterion or of its branches. */
export const proposalsOf = (context: Pick<EditorContext, "proposals">, criterion: OutlineCriterion): readonly TextProposal[] =>
  context.proposals.filter((p) => inside(p.site, criterion.site));

/** The branch after which the criterion's proposals are shown: the first whose text is proposed, else the last. */
export function proposalsAnchor(criterion: OutlineCriterion, proposals: readonly TextProposal[]): number {
  const first = criterion.branches.findIndex((b) => proposals.some((p) => inside(p.site, b.site)));
  return first >= 0 ? first : criterion.branches.length - 1;
}

export function proposalsView(context: EditorContext, proposals: readonly TextProposal[], id: string): TemplateResult | typeof nothing {
  if (proposals.length === 0) return nothing;
  const t = context.text.proposal;
  const settle = async (proposal: TextProposal, apply: boolean): Promise<void> => {
    const rest = proposals.filter((p) => p !== proposal);
    await context.settleProposal(proposal, apply);
    const next = rest[0];
    const target = next ? document.getElementById(`${keyId(siteKey(next.site))}-apply`) : document.getElementById(siteId(proposal.site));
    target?.focus();
  };
  return html`<section class="proposals" role="region" aria-labelledby=${`${id}-proposals-h`}>
    <h6 id=${`${id}-proposals-h`}>${t.heading}</h6>
    <ul>${proposals.map(
      (p) => html`<li><span>${t.change(p.before, p.after)}</span>
        <button type="button" id=${`${keyId(siteKey(p.site))}-apply`} @click=${() => void settle(p, true)}>${t.apply}</button>
        <button type="button" @click=${() => void settle(p, false)}>${t.skip}</button></li>`,
    )}</ul>
  </section>`;
}
