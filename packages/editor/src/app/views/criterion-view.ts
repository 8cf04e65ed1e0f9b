/** One criterion as a form: its label, points, scoring text, method, and each branch with its text, points and condition. */
import { html, nothing, type TemplateResult } from "lit";
import { repeat } from "lit/directives/repeat.js";
import { setValue } from "../../edits/index.js";
import type { OutlineBranch, OutlineCriterion, Site } from "../../edits/types.js";
import type { EditorContext } from "../context.js";
import { siteId } from "../form-state.js";
import { itemKey } from "../rule-identity.js";
import { findingsHere } from "./findings-here.js";
import { numberBox, textBox } from "./inputs.js";
import { judgementEditor } from "./judgement-view.js";
import { proposalsAnchor, proposalsOf, proposalsView } from "./proposals-view.js";
import { ruleEditor } from "./shape-view.js";

const at = (site: Site, key: string): Site => ({ file: site.file, pointer: `${site.pointer}/${key}` });

function branchView(context: EditorContext, branch: OutlineBranch, after: TemplateResult | typeof nothing): TemplateResult {
  const t = context.text.criterion;
  const award = branch.award;
  return html`<fieldset class="branch" id=${siteId(branch.site)}>
    <legend>${t.branch(branch.index + 1)}</legend>
    ${findingsHere(context, branch.site)}
    ${textBox(context, t.branchText, at(branch.site, "text"), branch.text, true)}
    ${award.kind === "points"
      ? numberBox(context, t.branchPoints, at(branch.site, "points"), award.points)
      : award.kind === "judgement"
        ? judgementEditor(context, branch.site, award)
        : ruleEditor(context, t.branchPoints, award.shape, at(branch.site, "logic"))}
    ${ruleEditor(context, t.condition, branch.condition, at(branch.site, "when"))}
    ${after}
  </fieldset>`;
}

export function criterionView(context: EditorContext, criterion: OutlineCriterion): TemplateResult {
  const t = context.text.criterion;
  const methodId = `${siteId(criterion.site)}-method`;
  const setMethod = (e: Event): void => {
    const method = (e.target as HTMLSelectElement).value;
    void context.edit((texts) => setValue(texts, at(criterion.site, "method"), method));
  };
  const proposals = proposalsOf(context, criterion);
  const anchor = proposalsAnchor(criterion, proposals);
  const offered = proposalsView(context, proposals, siteId(criterion.site));
  return html`<fieldset class="criterion" id=${siteId(criterion.site)}>
    <legend>${criterion.label} <span class="points">${context.text.outline.points(criterion.points)}</span></legend>
    ${findingsHere(context, criterion.site)}
    ${textBox(context, t.label, at(criterion.site, "label"), criterion.label)}
    ${numberBox(context, t.points, at(criterion.site, "points"), criterion.points)}
    ${textBox(context, t.text, at(criterion.site, "text"), criterion.text, true)}
    <div class="box"><label for=${methodId}>${t.method}</label>
      <select id=${methodId} @change=${setMethod}>
        <option value="first" ?selected=${criterion.method === "first"}>${t.methods.first}</option>
        <option value="sum" ?selected=${criterion.method === "sum"}>${t.methods.sum}</option>
      </select>${findingsHere(context, at(criterion.site, "method"))}</div>
    ${criterion.branches.length > 0 ? html`<h5>${t.branches}</h5>${repeat(criterion.branches, (b) => itemKey(context.texts, b.site), (b, i) => branchView(context, b, i === anchor ? offered : nothing))}` : offered}
  </fieldset>`;
}
