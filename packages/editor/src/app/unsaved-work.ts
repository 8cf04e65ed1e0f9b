/**
 * The one account of what is not saved, by which leaving the page asks, Save acts and the status
 * line speaks: changed files, a box typed into and not left, raw JSON-Logic drafts not applied.
 */
import type { EditorMessages } from "../locales/index.js";

export type UnsavedWork = { readonly kind: "files"; readonly count: number } | { readonly kind: "typed" } | { readonly kind: "drafts"; readonly count: number };

export function unsavedWork(files: number, typed: boolean, drafts: number): UnsavedWork[] {
  return [
    ...(files > 0 ? [{ kind: "files", count: files } as const] : []),
    ...(typed ? [{ kind: "typed" } as const] : []),
    ...(drafts > 0 ? [{ kind: "drafts", count: drafts } as const] : []),
  ];
}

/** The status line's words for it: every kind of work not saved, or that all is saved only when there is none. */
export function unsavedSaid(text: EditorMessages, work: readonly UnsavedWork[]): string {
  const t = text.toolbar;
  const said = work.map((w) => (w.kind === "files" ? t.unsaved(w.count) : w.kind === "typed" ? t.typedNotWritten : t.draftsNotApplied(w.count)));
  return said.length > 0 ? said.join(" · ") : t.allSaved;
}
