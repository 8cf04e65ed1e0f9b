/**
 * The headless core of the element: one form package, the submission being filled, and the
 * evaluation of it after every change. No DOM here, so it can be tested and benchmarked alone.
 */
import { formatPointer, isRecord, setValueAt, valueAt, type FormPackage, type Submission } from "@cluster-form/schema";
import type { EvaluateOptions, EvaluationResult } from "@cluster-form/rules";
import { coerceText } from "../state/coerce.js";
import { freezeNewObjects } from "../state/freeze.js";
import { pointerSegments } from "./pointer-segments.js";

export interface Evaluator {
  evaluate(submission: unknown, options?: EvaluateOptions): EvaluationResult;
  /** Re-runs only what `changed` (submission pointers) touches, from a result it gave (see @cluster-form/rules). */
  update?(previous: EvaluationResult, submission: unknown, changed: readonly string[], options?: EvaluateOptions): EvaluationResult;
}

/** An empty submission of the form, or `value` completed with the form's identity; unknown keys are kept. */
export function normalizeSubmission(pkg: FormPackage, value: unknown): Submission {
  const source = isRecord(value) ? value : {};
  return {
    ...source,
    form: { id: pkg.manifest.id, version: pkg.manifest.version },
    data: isRecord(source.data) ? source.data : {},
    scores: isRecord(source.scores) ? (source.scores as Submission["scores"]) : {},
  };
}

/**
 * What a session keeps of a value it is given: a frozen deep copy. What cannot be copied (a
 * function inside) is taken as it is, and not frozen, as it is the page's.
 */
function keptCopy(pkg: FormPackage, value: unknown): { readonly submission: Submission; readonly frozen: boolean } {
  let copy: unknown;
  try {
    copy = structuredClone(value);
  } catch {
    return { submission: normalizeSubmission(pkg, value), frozen: false };
  }
  return { submission: freezeNewObjects(normalizeSubmission(pkg, copy)), frozen: true };
}

export class FormSession {
  /** Frozen (unless it holds what cannot be copied): replaced on every change, never changed in place. */
  submission: Submission;
  /** Whether `submission` is frozen through and through. */
  #frozen: boolean;
  result: EvaluationResult | undefined;
  /** `final` after validate(): blank required fields become findings next to their fields. */
  mode: "draft" | "final" = "draft";
  /** What was typed, by submission pointer, where it reads differently from the stored value ("1." for 1). */
  readonly typed = new Map<string, string>();
  evaluationError: unknown;

  readonly #evaluator: Evaluator;
  /** Pointers set since the last evaluation; undefined when the whole submission was replaced. */
  #changed: string[] | undefined;
  /** The mode the last result was worked out in. */
  #resultMode: "draft" | "final" | undefined;

  constructor(
    readonly pkg: FormPackage,
    evaluator: Evaluator,
    initial?: unknown,
  ) {
    this.#evaluator = evaluator;
    ({ submission: this.submission, frozen: this.#frozen } = keptCopy(pkg, initial));
  }

  /**
   * Replaces the whole submission (the `value` setter, a restored draft, reset) with a copy: the
   * evaluator reuses its work for unchanged objects, so a page that changes the object it gave in
   * place and assigns it again must still be seen to have changed it.
   *
   * The session's own submission given back (a framework binding `value` to what `cf-change`
   * reported) is frozen, so unchanged: nothing happens, and what was typed stays as typed ("1."
   * on the way to "1.5"). Returns whether the submission changed.
   */
  load(value: unknown): boolean {
    if (this.#frozen && value === this.submission) return false;
    ({ submission: this.submission, frozen: this.#frozen } = keptCopy(this.pkg, value));
    this.typed.clear();
    this.#changed = undefined;
    return true;
  }

  valueAt(pointer: string): unknown {
    return valueAt(this.submission, pointerSegments(pointer));
  }

  /** Stores a value at a submission pointer (`/data/<part>/…`); `undefined` clears it. */
  setValue(pointer: string, value: unknown, typed?: string): void {
    const next = setValueAt(this.submission, pointerSegments(pointer), value) as Submission;
    // Frozen along the copied path (and the value put there); what is the page's stays unfrozen.
    this.submission = this.#frozen ? freezeNewObjects(next) : next;
    this.#changed?.push(pointer);
    if (typed === undefined) this.#forgetTypedUnder(pointer);
    else this.typed.set(pointer, typed);
  }

  /** Stores a typed score: a number when it reads as one, otherwise the text, so the evaluator can flag it. */
  setScore(criterion: string, column: string, text: string): string {
    const pointer = formatPointer(["scores", criterion, column]);
    const value = coerceText(text, { type: "number" });
    this.setValue(pointer, value === undefined ? null : value, text);
    return pointer;
  }

  /** The text an input shows: what was typed when it still means the stored value. */
  textAt(pointer: string, display: (value: unknown) => string): string {
    const stored = this.valueAt(pointer);
    const typed = this.typed.size > 0 ? this.typed.get(pointer) : undefined;
    if (typed !== undefined) {
      const meaning = coerceText(typed, typeof stored === "number" ? { type: "number" } : undefined);
      if (meaning === stored || (meaning === undefined && (stored === undefined || stored === null))) return typed;
    }
    return display(stored);
  }

  evaluate(): EvaluationResult | undefined {
    try {
      const options = { mode: this.mode };
      // After edits of single fields, only what they touch runs again; after a new submission, everything.
      const { result } = this;
      const changed = this.#changed;
      this.result =
        result && changed && this.#resultMode === this.mode && this.#evaluator.update
          ? this.#evaluator.update(result, this.submission, changed, options)
          : this.#evaluator.evaluate(this.submission, options);
      this.#changed = [];
      this.#resultMode = this.mode;
      this.evaluationError = undefined;
    } catch (error) {
      // A rule that cannot run must not stop the user typing: keep the last result and report.
      this.evaluationError = error;
    }
    return this.result;
  }

  #forgetTypedUnder(pointer: string): void {
    for (const key of this.typed.keys()) if (key === pointer || key.startsWith(`${pointer}/`)) this.typed.delete(key);
  }
}
