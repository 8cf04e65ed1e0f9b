/**
 * Minimal text edits of JSON files with jsonc-parser's `modify`: key order, formatting, `$comment`s
 * and unknown keys stay as they are, because only the changed value's text is replaced. A file that
 * does not parse is refused (never "repaired" by an edit), with its syntax error in both languages.
 */
import { parseJson, type DefinitionFinding, type JsonLogic } from "@cluster-form/schema";
import { applyEdits, findNodeAtLocation, modify, parseTree, type FormattingOptions, type JSONPath, type Node } from "jsonc-parser";
import { compactJson } from "./compact-json.js";
import { refusalFinding } from "./messages.js";
import type { EditResult, FileChange, FormTexts, TextEdit } from "./types.js";

/** A file that does not parse (or is missing): what the officer must fix first, located in the file. */
export class EditRefused extends Error {
  readonly findings: readonly DefinitionFinding[];
  constructor(findings: readonly DefinitionFinding[]) {
    const first = findings[0];
    const where = first ? `${first.location.file}:${first.location.line}:${first.location.column}` : "";
    super(first ? `${where} ${first.message.zh} / ${first.message.en}` : "refused");
    this.name = "EditRefused";
    this.findings = findings;
  }
}

/** The indentation of a file as written, so that inserted JSON looks like its neighbours. */
function formattingOf(text: string): FormattingOptions {
  const indent = /\n([ \t]+)"/.exec(text)?.[1] ?? "  ";
  return {
    insertSpaces: !indent.startsWith("\t"),
    tabSize: indent.startsWith("\t") ? 1 : indent.length,
    eol: text.includes("\r\n") ? "\r\n" : "\n",
  };
}

/** The parsed value of a file, or EditRefused when it is missing or is not strict JSON. */
export function parsedFile(texts: FormTexts, file: string): unknown {
  const text = Object.hasOwn(texts, file) ? texts[file] : undefined;
  if (text === undefined) {
    throw new EditRefused([refusalFinding("file-missing", file, "", (t) => t.fileMissing(file))]);
  }
  const parsed = parseJson(file, text);
  const errors = parsed.findings.filter((f) => f.severity === "error");
  if (errors.length > 0 || parsed.value === undefined) throw new EditRefused(errors);
  return parsed.value;
}

/** Stands for the value in `modify`'s edit, then replaced by the value written as the file is. */
const PLACEHOLDER = "\u0001cluster-form-value\u0001";
const QUOTED_PLACEHOLDER = JSON.stringify(PLACEHOLDER);

const indentOfLine = (text: string, offset: number): string => /^[ \t]*/.exec(text.slice(text.lastIndexOf("\n", offset - 1) + 1))?.[0] ?? "";
/** Whether only blanks stand before `offset` on its line. */
const startsLine = (text: string, offset: number): boolean => /^[ \t]*$/.test(text.slice(text.lastIndexOf("\n", offset - 1) + 1, offset));

/**
 * The edits of one `modify` (a value set, inserted in an array, or removed with `undefined`), laid
 * out like the file: jsonc-parser's own formatting re-formats the whole line of the neighbour it
 * inserts after, so its raw edit is taken and given the neighbours' line breaks and indentation.
 */
function modifyEdits(text: string, path: JSONPath, value: JsonLogic, insert: boolean, position?: (keys: string[]) => number): TextEdit[] {
  const formatting = formattingOf(text);
  const eol = formatting.eol ?? "\n";
  const unit = formatting.insertSpaces ? " ".repeat(formatting.tabSize ?? 2) : "\t";
  if (value === undefined) return modify(text, path, undefined, { formattingOptions: formatting });
  const [raw, ...rest] = modify(text, path, PLACEHOLDER, { isArrayInsertion: insert, ...(position ? { getInsertionIndex: position } : {}) });
  if (!raw || rest.length > 0) return modify(text, path, value, { formattingOptions: formatting, isArrayInsertion: insert });
  let content = raw.content;
  let indent = indentOfLine(text, raw.offset);
  if (raw.length === 0) {
    const container = findNodeAtLocation(parseTree(text) as Node, path.slice(0, -1));
    const sibling = container?.children?.[0];
    const multiline = sibling !== undefined && startsLine(text, sibling.offset);
    if (sibling) indent = indentOfLine(text, sibling.offset);
    if (content.startsWith(",")) content = multiline ? `,${eol}${indent}${content.slice(1)}` : `, ${content.slice(1)}`;
    else if (content.endsWith(",")) content = multiline ? `${content.slice(0, -1)},${eol}${indent}` : `${content.slice(0, -1)}, `;
    else if (container?.type === "object") content = ` ${content} `;
  }
  const at = applyEdits(text, [{ ...raw, content }]).indexOf(QUOTED_PLACEHOLDER);
  const lineStart = at < 0 ? 0 : applyEdits(text, [{ ...raw, content }]).lastIndexOf("\n", at) + 1;
  const json = compactJson(value, indent, at - lineStart, unit, eol);
  return [{ ...raw, content: content.replace(QUOTED_PLACEHOLDER, () => json) }];
}

/** The edits that undo `edits` on the text they produced. */
export function inverseEdits(before: string, edits: readonly TextEdit[]): TextEdit[] {
  let shift = 0;
  return [...edits]
    .sort((a, b) => a.offset - b.offset)
    .map((edit) => {
      const inverse = { offset: edit.offset + shift, length: edit.content.length, content: before.slice(edit.offset, edit.offset + edit.length) };
      shift += edit.content.length - edit.length;
      return inverse;
    });
}

/** One edit from the common prefix and suffix of two texts: the fallback when step edits cannot be composed. */
function spanEdit(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return [{ offset: start, length: before.length - start - end, content: after.slice(start, after.length - end) }];
}

/**
 * Edits of successive steps as edits of the first text: each later edit is mapped back through the
 * earlier ones. Edits that touch an earlier edit's text fall back to one edit over the changed span.
 */
function composeSteps(before: string, after: string, steps: readonly (readonly TextEdit[])[]): TextEdit[] {
  // Each entry: an edit in `before` coordinates; mapping needs where earlier edits put their text.
  let composed: TextEdit[] = [];
  for (const step of steps) {
    const next = [...composed];
    for (const edit of step) {
      let offset = edit.offset;
      let clash = false;
      // `composed` as applied: map the offset in the current text back to `before`.
      let shift = 0;
      for (const earlier of [...composed].sort((a, b) => a.offset - b.offset)) {
        const start = earlier.offset + shift;
        const end = start + earlier.content.length;
        if (edit.offset + edit.length <= start) break;
        if (edit.offset < end) {
          clash = true;
          break;
        }
        shift += earlier.content.length - earlier.length;
      }
      if (clash) return spanEdit(before, after);
      offset = edit.offset - shift;
      next.push({ offset, length: edit.length, content: edit.content });
    }
    composed = next;
  }
  const sorted = composed.sort((a, b) => a.offset - b.offset);
  return applyEdits(before, sorted) === after ? sorted : spanEdit(before, after);
}

/** Collects the edits of an operation, file by file, checking each file parses before it is touched. */
export class ChangeBuilder {
  private readonly current = new Map<string, string>();
  private readonly steps = new Map<string, TextEdit[][]>();
  private readonly created = new Set<string>();
  private readonly order: string[] = [];

  constructor(private readonly texts: FormTexts) {}

  /** The file's text as changed so far (refused when it does not parse). */
  text(file: string): string {
    const changed = this.current.get(file);
    if (changed !== undefined) return changed;
    parsedFile(this.texts, file);
    return this.texts[file] as string;
  }

  /** The file's value as changed so far. */
  value(file: string): unknown {
    return parsedFile({ [file]: this.text(file) }, file);
  }

  private record(file: string, edits: TextEdit[]): void {
    if (edits.length === 0) return;
    const before = this.text(file);
    if (!this.steps.has(file)) {
      this.steps.set(file, []);
      this.order.push(file);
    }
    this.steps.get(file)?.push(edits);
    this.current.set(file, applyEdits(before, edits));
  }

  /** Set (or add) the value at `path`; `undefined` removes it. A new key goes after `after` when given (else last). */
  set(file: string, path: JSONPath, value: JsonLogic, after?: string): this {
    if (value !== undefined && JSON.stringify(valueAtPath(this.value(file), path)) === JSON.stringify(value)) return this;
    const position = after === undefined ? undefined : (keys: string[]): number => (keys.includes(after) ? keys.indexOf(after) + 1 : keys.length);
    this.record(file, modifyEdits(this.text(file), path, value, false, position));
    return this;
  }

  /** Remove the entry at `path` with its comma, the rest of the text as written (no re-formatting of its neighbours). */
  remove(file: string, path: JSONPath): this {
    if (valueAtPath(this.value(file), path) === undefined) return this;
    this.record(file, modify(this.text(file), path, undefined, {}));
    return this;
  }

  /** Rename the key at `path` (its value stays as written): an operator changed, `==` to `!=`. */
  renameKey(file: string, path: JSONPath, key: string): this {
    const text = this.text(file);
    const property = findNodeAtLocation(parseTree(text) as Node, path)?.parent;
    const name = property?.type === "property" ? property.children?.[0] : undefined;
    if (!name) throw new Error(`no key at ${JSON.stringify(path)} in ${file}`);
    this.record(file, [{ offset: name.offset, length: name.length, content: JSON.stringify(key) }]);
    return this;
  }

  /** Insert `value` into the array at `path` before `index` (`-1` or the length: at the end). */
  insert(file: string, path: JSONPath, index: number, value: JsonLogic): this {
    const array = valueAtPath(this.value(file), path);
    const length = Array.isArray(array) ? array.length : 0;
    const at = index < 0 || index > length ? length : index;
    if (!Array.isArray(array)) return this.set(file, path, [value]);
    this.record(file, modifyEdits(this.text(file), [...path, at], value, true));
    return this;
  }

  /** A new file (refused when the path exists). */
  create(file: string, text: string): this {
    if (Object.hasOwn(this.texts, file) || this.current.has(file)) {
      throw new EditRefused([refusalFinding("file-exists", file, "", (t) => t.fileExists(file))]);
    }
    this.created.add(file);
    this.order.push(file);
    this.current.set(file, text);
    return this;
  }

  /** The form's texts with the changes so far (to load the form as it will be). */
  snapshot(): FormTexts {
    return { ...this.texts, ...Object.fromEntries(this.current) };
  }

  result(): EditResult {
    const changes: FileChange[] = this.order.map((file) => {
      const after = this.current.get(file) as string;
      if (this.created.has(file)) return { file, before: undefined, after, edits: [{ offset: 0, length: 0, content: after }], inverse: [] };
      const before = this.texts[file] as string;
      const edits = composeSteps(before, after, this.steps.get(file) ?? []);
      return { file, before, after, edits, inverse: inverseEdits(before, edits) };
    });
    return { changes: changes.filter((c) => c.before !== c.after) };
  }
}

/** The value at a jsonc path inside a parsed value. */
export function valueAtPath(value: unknown, path: JSONPath): unknown {
  let node: unknown = value;
  for (const segment of path) {
    if (typeof node !== "object" || node === null) return undefined;
    if (!Object.hasOwn(node, segment)) return undefined;
    node = (node as Record<string | number, unknown>)[segment];
  }
  return node;
}

/** The texts after an operation (the form as the officer now sees it). */
export function applyChanges(texts: FormTexts, result: EditResult): FormTexts {
  const next: Record<string, string> = { ...texts };
  for (const change of result.changes) next[change.file] = change.after;
  return next;
}

/** The texts before an operation (undo): created files are removed. */
export function revertChanges(texts: FormTexts, result: EditResult): FormTexts {
  const next: Record<string, string> = { ...texts };
  for (const change of result.changes) {
    if (change.before === undefined) delete next[change.file];
    else next[change.file] = change.before;
  }
  return next;
}
