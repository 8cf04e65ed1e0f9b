/**
 * The outcome of Check and of a refused Submit, said where the user is looking: how many problems,
 * in which parts, and a link to each (the first ones: the list is bounded, the count is not).
 * The element focuses the notice, so that it is read out and scrolled into view (below the sticky
 * bar, see `scroll-margin-top` in ../../styles/screen-fit.styles.ts).
 */
import type { DataFinding } from "@cluster-form/schema";
import { html, nothing, type TemplateResult } from "lit";
import type { Messages } from "../../locales/index.js";
import type { Problem } from "../../session/problems.js";

/** Links listed at most; the count and the parts name every problem. */
export const LISTED_AT_MOST = 12;

export interface ProblemListOptions {
  readonly problems: readonly Problem[];
  readonly msg: Messages;
  readonly localize: (finding: DataFinding) => string;
  readonly linkTo: (pointer: string) => string;
  readonly onLink: (event: Event, pointer: string) => void;
}

/** The first problems, under the title of their part; each a link to its field with what is wrong. */
export function renderProblemList({ problems, msg, localize, linkTo, onLink }: ProblemListOptions): TemplateResult | typeof nothing {
  if (problems.length === 0) return nothing;
  const listed = problems.slice(0, LISTED_AT_MOST);
  const groups: { part: string; items: Problem[] }[] = [];
  for (const problem of listed) {
    const last = groups[groups.length - 1];
    if (last && last.part === problem.part) last.items.push(problem);
    else groups.push({ part: problem.part, items: [problem] });
  }
  return html`<ul class="problem-parts">
    ${groups.map(
      (group) => html`<li>
        ${group.part ? html`<span class="problem-part">${group.part}</span>` : nothing}
        <ol>
          ${group.items.map(
            ({ finding }) => html`<li>
              <a href=${linkTo(finding.pointer)} @click=${(e: Event) => onLink(e, finding.pointer)}>${finding.label ?? finding.pointer}</a>${msg.colon}${localize(finding)}
            </li>`,
          )}
        </ol>
      </li>`,
    )}
    ${problems.length > listed.length ? html`<li>${msg.moreProblems(problems.length - listed.length)}</li>` : nothing}
  </ul>`;
}
