/**
 * A score's explanation on demand: the data it read, each branch tried, and one summing-up line.
 * Each step's message already ends with its outcome (`… → +1`), so nothing is appended to it.
 * The body, and the result's explanation it reads, are made only once the details is opened.
 */
import type { CriterionResult } from "@cluster-form/rules";
import { html, nothing } from "lit";
import { formatValue } from "./format.js";
import { openBody } from "./open-body.js";
import type { WidgetContext } from "./types.js";

export function renderExplanation(result: CriterionResult, ctx: WidgetContext) {
  return html`<details class="explain screen-only" part="explanation">
    <summary>${ctx.msg.explain}</summary>
    <div class="explain-body" ${openBody(() => explanationBody(result, ctx))}></div>
  </details>`;
}

function explanationBody(result: CriterionResult, ctx: WidgetContext) {
  const { explanation } = result;
  return html`<p class="explain-summary">${ctx.localize(explanation.summary)}</p>
      ${explanation.inputs.length > 0
        ? html`<div class="explain-title">${ctx.msg.explainInputs}</div>
            <ul class="explain-inputs">
              ${explanation.inputs.map((input) => html`<li><span class="k">${input.label}</span>${ctx.msg.colon}<span class="v">${formatValue(input.value, input.unit)}</span></li>`)}
            </ul>`
        : nothing}
      ${explanation.steps.length > 0
        ? html`<div class="explain-title">${ctx.msg.explainSteps}</div>
            <ol class="explain-steps">
              ${explanation.steps.map(
                (step) => html`<li class=${step.held ? "held" : "not-held"}>
                  <span class="mark" aria-label=${step.held ? ctx.msg.held : ctx.msg.notHeld}>${step.held ? "✓" : "✗"}</span>
                  ${ctx.localize(step.message)}
                </li>`,
              )}
            </ol>`
        : nothing}`;
}
