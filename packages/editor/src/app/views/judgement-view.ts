/** A branch's judgement range: the least and most points the scorer may award, as two number boxes. */
import { html, type TemplateResult } from "lit";
import { setJudgement, type Site } from "../../edits/index.js";
import type { EditorContext } from "../context.js";
import { siteId } from "../form-state.js";
import { findingsHere } from "./findings-here.js";
import { numberField } from "./shape-controls.js";

export function judgementEditor(context: EditorContext, branch: Site, range: { readonly min: number; readonly max: number }): TemplateResult {
  const id = `${siteId(branch)}-judgement`;
  const t = context.text.shape;
  const points = context.text.criterion.branchPoints;
  const write = (next: { min: number; max: number }): void => void context.edit((texts) => setJudgement(texts, branch, next));
  return html`<div class="shape judgement" role="group" aria-label=${`${points}: ${context.text.criterion.judgement(range.min, range.max)}`}>
    ${numberField(context, t.judgementMin, `${id}-min`, range.min, (min) => write({ ...range, min }), t.pointsUnit)}
    ${numberField(context, t.judgementMax, `${id}-max`, range.max, (max) => write({ ...range, max }), t.pointsUnit)}
    ${findingsHere(context, { file: branch.file, pointer: `${branch.pointer}/judgement` })}
  </div>`;
}
