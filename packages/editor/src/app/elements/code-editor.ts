/**
 * The raw JSON-Logic editor's text (CodeMirror 6), a chunk of its own that the page loads when a raw
 * rule is first opened. JSON highlighting, completion inside the text (the form's value names with
 * their labels after `"var": "`, operation names where a key is typed; Ctrl+Space asks), and the live
 * check's problems underlined. Tab moves on as everywhere on the page (no indent-with-Tab), and Esc
 * leaves the text (after closing an open completion list). Works in the document or a shadow root.
 */
import { autocompletion, type Completion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { defaultKeymap, history, historyKeymap, isolateHistory } from "@codemirror/commands";
import { json } from "@codemirror/lang-json";
import { setDiagnostics, type Diagnostic } from "@codemirror/lint";
import { EditorState } from "@codemirror/state";
import { EditorView, keymap } from "@codemirror/view";
import { operationDefinitions } from "@cluster-form/rules";

export interface CodeEditorOptions {
  readonly text: string;
  /** Value names a rule can read, with their labels (asked at each completion: the form changes as the officer edits it). */
  readonly names: () => ReadonlyMap<string, string>;
  /** Ids of the visible label and of the problems list, for the text's accessible name and description. */
  readonly labelledBy: string;
  readonly describedBy: string;
  readonly changed: (text: string) => void;
  /** Esc (no completion open): where focus goes. */
  readonly leave: () => void;
}

export interface CodeEditor {
  readonly view: EditorView;
  /** Replaces the text (another version of the rule: an undo, a reload), keeping the officer's place when it can. */
  setText(text: string): void;
  /** Underlines these problems (offsets in the text). */
  showProblems(problems: readonly { from: number; to: number; message: string }[]): void;
  destroy(): void;
}

const OPERATIONS: readonly string[] = operationDefinitions.map((op) => op.name);
const MAX_OPTIONS = 200;

/** After `"var": "` (or `"var": ["`): the typed part of a name. */
const VAR_TYPED = /"var"\s*:\s*\[?\s*"([^"\\]*)$/;
/** After `"var": ` with no quote yet. */
const VAR_BARE = /"var"\s*:\s*\[?\s*$/;
/** A key being typed in an object: `{"gr` or `{ gr`. */
const KEY_TYPED = /[{,]\s*("?)([A-Za-z<>=!+\-*/%?:]*)$/;

/** How well a name matches what was typed: by its name first, then by its label (shorter labels first). */
function rank(path: string, label: string, typed: string): number | undefined {
  const name = path.toLowerCase();
  const wanted = typed.toLowerCase();
  if (name.startsWith(wanted)) return 0;
  if (name.includes(wanted)) return 1;
  if (label.startsWith(typed)) return 2;
  if (label.includes(typed)) return 3;
  return undefined;
}

function nameOptions(names: ReadonlyMap<string, string>, typed: string, quote: boolean): Completion[] {
  const found: { path: string; label: string; rank: number }[] = [];
  for (const [path, label] of names) {
    const r = rank(path, label, typed);
    if (r !== undefined) found.push({ path, label, rank: r });
  }
  found.sort((a, b) => a.rank - b.rank || a.label.length - b.label.length || a.path.localeCompare(b.path));
  // Matched by label (Chinese) as well as by name: the picker shows both, and keeps this order.
  return found.slice(0, MAX_OPTIONS).map(({ path, label }, i) => ({ label: path, detail: label, type: "variable", apply: quote ? `"${path}"` : path, boost: -i }));
}

function ruleCompletions(namesNow: () => ReadonlyMap<string, string>) {
  return (context: CompletionContext): CompletionResult | null => {
    const before = context.state.sliceDoc(Math.max(0, context.pos - 300), context.pos);
    const names = namesNow();
    const typedName = VAR_TYPED.exec(before);
    if (typedName) {
      const typed = typedName[1] ?? "";
      return { from: context.pos - typed.length, options: nameOptions(names, typed, false), filter: false };
    }
    if (VAR_BARE.test(before) && context.explicit) return { from: context.pos, options: nameOptions(names, "", true), filter: false };
    const key = KEY_TYPED.exec(before);
    if (key && (key[1] || key[2] || context.explicit)) {
      const quoted = key[1] === '"';
      const typed = key[2] ?? "";
      const from = context.pos - typed.length - (quoted ? 1 : 0);
      return { from, options: OPERATIONS.map((op) => ({ label: `"${op}"`, displayLabel: op, type: "keyword", apply: `"${op}": ` })), validFor: /^"?[A-Za-z<>=!+\-*/%?:]*$/ };
    }
    return null;
  };
}

export function createCodeEditor(parent: HTMLElement, options: CodeEditorOptions): CodeEditor {
  const root = parent.getRootNode();
  const view = new EditorView({
    parent,
    ...(root instanceof ShadowRoot || root instanceof Document ? { root } : {}),
    state: EditorState.create({
      doc: options.text,
      extensions: [
        history(),
        json(),
        autocompletion({ override: [ruleCompletions(options.names)], icons: false }),
        keymap.of([{ key: "Escape", run: () => (options.leave(), true) }, ...historyKeymap, ...defaultKeymap]),
        EditorView.lineWrapping,
        EditorView.contentAttributes.of({ "aria-labelledby": options.labelledBy, "aria-describedby": options.describedBy, spellcheck: "false" }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged) options.changed(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    view,
    setText(text) {
      if (text === view.state.doc.toString()) return;
      const head = Math.min(view.state.selection.main.head, text.length);
      // A step of its own in the text's history, never joined to the typing before it: Ctrl+Z takes back exactly this.
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text }, selection: { anchor: head }, annotations: isolateHistory.of("full") });
    },
    showProblems(problems) {
      const length = view.state.doc.length;
      const diagnostics: Diagnostic[] = problems.map((p) => ({ from: Math.min(p.from, length), to: Math.min(Math.max(p.to, p.from), length), severity: "error", message: p.message }));
      view.dispatch(setDiagnostics(view.state, diagnostics));
    },
    destroy: () => view.destroy(),
  };
}
