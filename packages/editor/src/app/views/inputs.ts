/**
 * Labelled boxes that write one value of a form file: a text (label, scoring text) as the officer
 * types, a number when it is complete. Each box names the file and pointer it writes, never shown.
 */
import { html, type TemplateResult } from "lit";
import { live } from "lit/directives/live.js";
import { setValue } from "../../edits/index.js";
import type { Site } from "../../edits/types.js";
import type { EditorContext } from "../context.js";
import { currentValue, siteId, siteKey } from "../form-state.js";
import { findingsHere } from "./findings-here.js";
import { liveUnlessTyping } from "./live-unless-typing.js";

export function textBox(context: EditorContext, label: string, site: Site, outlineValue: string, multiline = false): TemplateResult {
  const id = siteId(site);
  const written = currentValue(context.texts, site);
  const value = typeof written === "string" ? written : outlineValue;
  const write = (event: Event): void => {
    const next = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    void context.edit((texts) => setValue(texts, site, next), siteKey(site));
  };
  const box = multiline
    ? html`<textarea id=${id} rows="3" .value=${live(value)} @input=${write} @blur=${() => context.seal()}></textarea>`
    : html`<input id=${id} type="text" .value=${live(value)} @input=${write} @blur=${() => context.seal()} />`;
  return html`<div class="box"><label for=${id}>${label}</label>${box}${findingsHere(context, site)}</div>`;
}

export function numberBox(context: EditorContext, label: string, site: Site, outlineValue: number, onChange?: (value: number) => void): TemplateResult {
  const id = siteId(site);
  const written = currentValue(context.texts, site);
  const value = typeof written === "number" ? written : outlineValue;
  const write = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const next = input.valueAsNumber;
    if (!Number.isFinite(next)) return;
    if (onChange) onChange(next);
    else void context.edit((texts) => setValue(texts, site, next));
  };
  return html`<div class="box number"><label for=${id}>${label}</label><input id=${id} type="number" step="any" .value=${liveUnlessTyping(String(value), id)} @change=${write} />${findingsHere(context, site)}</div>`;
}
