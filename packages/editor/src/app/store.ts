/**
 * The editor's working copy: the texts of the form's files as on disk and as edited, and undo/redo.
 * An undo step holds the texts of the files it changed before and after, so undoing restores them
 * exactly; typing into one box is one step (`key`), not one per keystroke.
 */
import type { EditResult } from "../edits/types.js";

export interface DiskFile {
  readonly text: string;
  readonly hash: string;
}

interface Step {
  readonly key: string | undefined;
  readonly before: Readonly<Record<string, string | undefined>>;
  after: Record<string, string>;
  sealed: boolean;
}

/** Undo steps kept; older ones are dropped (the files on disk stay the safe point). */
const MAX_STEPS = 200;

export class EditorStore extends EventTarget {
  readonly disk = new Map<string, DiskFile>();
  #texts: Record<string, string> = {};
  #undo: Step[] = [];
  #redo: Step[] = [];

  get texts(): Readonly<Record<string, string>> {
    return this.#texts;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  load(files: readonly { path: string; text: string; hash: string }[]): void {
    this.disk.clear();
    this.#texts = {};
    for (const file of files) {
      this.disk.set(file.path, { text: file.text, hash: file.hash });
      this.#texts[file.path] = file.text;
    }
    this.#undo = [];
    this.#redo = [];
    this.#changed();
  }

  /** Applies an operation's changes. Steps with the same `key` in a row (typing in one box) merge into one. */
  apply(result: EditResult, key?: string): void {
    this.replace(Object.fromEntries(result.changes.map((change) => [change.file, change.after])), key);
  }

  /** Sets whole texts of files (an edit made by a function that returns texts, as the rule tests' updates). */
  replace(after: Readonly<Record<string, string>>, key?: string): void {
    const files = Object.keys(after).filter((file) => this.#texts[file] !== after[file]);
    if (files.length === 0) return;
    const before: Record<string, string | undefined> = Object.fromEntries(files.map((file) => [file, this.#texts[file]]));
    const top = this.#undo.at(-1);
    if (key !== undefined && top && !top.sealed && top.key === key) {
      top.after = { ...top.after, ...after };
      Object.assign(top.before, Object.fromEntries(Object.entries(before).filter(([file]) => !Object.hasOwn(top.before, file))));
    } else {
      if (top) top.sealed = true;
      this.#undo.push({ key, before, after: { ...after }, sealed: key === undefined });
      if (this.#undo.length > MAX_STEPS) this.#undo.shift();
    }
    this.#redo = [];
    this.#texts = { ...this.#texts, ...after };
    this.#changed();
  }

  /** Ends the current typing step: the next keystroke in the same box starts a new one. */
  seal(): void {
    const top = this.#undo.at(-1);
    if (top) top.sealed = true;
  }

  /** The texts an undo would give, or undefined when there is nothing to undo. */
  get undone(): Readonly<Record<string, string>> | undefined {
    const step = this.#undo.at(-1);
    return step && this.#with(step.before);
  }

  /** The texts a redo would give, or undefined when there is nothing to redo. */
  get redone(): Readonly<Record<string, string>> | undefined {
    const step = this.#redo.at(-1);
    return step && this.#with(step.after);
  }

  undo(): void {
    const step = this.#undo.pop();
    if (!step) return;
    step.sealed = true;
    this.#redo.push(step);
    this.#put(step.before);
  }

  redo(): void {
    const step = this.#redo.pop();
    if (!step) return;
    this.#undo.push(step);
    this.#put(step.after);
  }

  /** Files whose text differs from disk (new files included). */
  dirty(): string[] {
    return Object.keys(this.#texts)
      .filter((path) => this.disk.get(path)?.text !== this.#texts[path])
      .sort();
  }

  /** After a save: these files are on disk as given. */
  saved(files: readonly { path: string; text: string; hash: string }[]): void {
    for (const file of files) this.disk.set(file.path, { text: file.text, hash: file.hash });
    this.#changed();
  }

  /** The texts with what is on disk taken for `path` (null: the file is gone). */
  withDisk(path: string, disk: { text: string } | null): Readonly<Record<string, string>> {
    return this.#with({ [path]: disk?.text });
  }

  /** A conflict settled by taking what is on disk (null: the file is gone) as both the disk state and the text. */
  takeDisk(path: string, disk: { text: string; hash: string } | null): void {
    if (disk) this.disk.set(path, disk);
    else this.disk.delete(path);
    this.#texts = this.withDisk(path, disk);
    // Steps recorded against the replaced text no longer apply to it.
    this.#undo = [];
    this.#redo = [];
    this.#changed();
  }

  /** A conflict settled by keeping the edited text: it will overwrite what is on disk now (hash), by the officer's choice. */
  keepMine(path: string, disk: { text: string; hash: string } | null): void {
    if (disk) this.disk.set(path, disk);
    else this.disk.delete(path);
    this.#changed();
  }

  #put(texts: Readonly<Record<string, string | undefined>>): void {
    this.#texts = this.#with(texts);
    this.#changed();
  }

  /** The texts with these files' texts put in (undefined: the file removed). */
  #with(texts: Readonly<Record<string, string | undefined>>): Record<string, string> {
    const next = { ...this.#texts };
    for (const [path, text] of Object.entries(texts)) {
      if (text === undefined) delete next[path];
      else next[path] = text;
    }
    return next;
  }

  #changed(): void {
    this.dispatchEvent(new Event("change"));
  }
}
