/** A save refused because a file changed on disk: what is there now, and the officer's two choices. */
import { html, nothing, type TemplateResult } from "lit";
import type { EditorMessages } from "../../locales/index.js";

export interface Conflict {
  readonly path: string;
  readonly disk: { readonly text: string; readonly hash: string } | null;
  readonly mine: string;
}

export function conflictView(text: EditorMessages, conflicts: readonly Conflict[], settle: (conflict: Conflict, keepMine: boolean) => void): TemplateResult | typeof nothing {
  if (conflicts.length === 0) return nothing;
  const t = text.save;
  return html`<section class="conflicts" role="alert" aria-labelledby="conflicts-h">
    <h2 id="conflicts-h">${t.conflict}</h2>
    ${conflicts.map(
      (c) => html`<div class="conflict">
        <h3>${t.conflictFile(c.path)}</h3>
        ${c.disk
          ? html`<details><summary>${t.diskVersion}</summary><pre class="code" tabindex="0">${c.disk.text}</pre></details>`
          : html`<p>${t.deletedOnDisk}</p>`}
        <button type="button" @click=${() => settle(c, false)}>${t.takeDisk}</button>
        <button type="button" @click=${() => settle(c, true)}>${t.keepMine}</button>
      </div>`,
    )}
  </section>`;
}
