/**
 * Every input is a form of its own. Chromium's autofill reads the whole form of the field typed
 * in, after every keystroke, in a task after the frame. In tables that is slow: on the 2020
 * handbook in Chromium 156, with one form per part, it took per key press 2–4 ms in plain parts,
 * 6.2 ms in the indicators' grid and 14–24 ms in a repeating table of 3–20 rows; with a form per
 * input, about 2 ms everywhere. Fields outside any form count as one form, the page's (4.8 ms). A
 * table row cannot be wrapped in a form; a row's form inside the part's was as slow as the part's;
 * and a row's form elsewhere, joined through the `form` attribute, made every other field 0.5–1 ms
 * slower. Hence one form per input (a radio group shares one).
 *
 * The form draws no box (`display: contents`). Nothing is submitted: Enter in a form's only text
 * field would otherwise reload the page.
 */
import { html, type TemplateResult } from "lit";

const preventSubmit = (event: Event): void => event.preventDefault();

export function ownForm(content: TemplateResult): TemplateResult {
  return html`<form class="own-form" novalidate @submit=${preventSubmit}>${content}</form>`;
}
