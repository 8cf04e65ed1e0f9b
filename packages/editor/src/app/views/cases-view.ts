/** Texts picked by conditions (the summary sheet's wording of an answer): each text in a box, its condition in words with its own editor. */
import { html, type TemplateResult } from "lit";
import type { RuleShape } from "../../edits/index.js";
import type { Replace, ShapeEditing } from "./shape-editing.js";
import { ruleTextField } from "./shape-controls.js";

type Cases = Extract<RuleShape, { kind: "cases" }>;

export function casesEditor(editing: ShapeEditing, shape: Cases, replace: Replace<Cases>, said: (shape: RuleShape) => string): TemplateResult {
  const { context, id } = editing;
  const t = context.text.shape;
  const setCase = (index: number, next: { when: RuleShape; then: string }): void => replace({ ...shape, cases: shape.cases.map((c, i) => (i === index ? next : c)) });
  return html`<fieldset class="shape group cases"><legend>${t.cases}</legend>
    ${shape.cases.map(
      (c, i) => html`<div class="case">
        ${ruleTextField(t.caseText(said(c.when)), `${id}-c${i}`, c.then, (then) => setCase(i, { ...c, then }))}
        <details><summary>${context.text.criterion.condition}</summary>${editing.inner(c.when, `${id}-w${i}`, (when) => setCase(i, { ...c, when }))}</details>
      </div>`,
    )}
    ${ruleTextField(t.otherwise, `${id}-else`, shape.otherwise, (otherwise) => replace({ ...shape, otherwise }))}
  </fieldset>`;
}
