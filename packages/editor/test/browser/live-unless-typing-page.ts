/**
 * A page of boxes bound by liveUnlessTyping(), built for Chromium by ./live-unless-typing.test.ts:
 * `draw()` draws one box per field as a list redraw does (Lit reuses the boxes by position), and
 * `written` records what each box wrote when it was left.
 */
import { html, render } from "lit";
import { liveUnlessTyping } from "../../src/app/views/live-unless-typing.js";

export interface Field {
  readonly id: string;
  readonly value: string;
}

export interface BoxesPage {
  draw(fields: readonly Field[]): void;
  readonly written: [string, string][];
}

const written: [string, string][] = [];

const page: BoxesPage = {
  written,
  draw(fields) {
    render(
      html`${fields.map(
        (field, i) =>
          html`<label>box ${i + 1}<input type="number" .value=${liveUnlessTyping(field.value, field.id)} @change=${(e: Event) => written.push([field.id, (e.target as HTMLInputElement).value])} /></label>`,
      )}`,
      document.body,
    );
  },
};

(window as unknown as { boxes: BoxesPage }).boxes = page;
