/** What every structured rule editor is given: the page, the form's names, its id prefix, how to write a changed shape, and the editor of inner shapes. */
import type { TemplateResult } from "lit";
import type { FormNames, RuleShape } from "../../edits/index.js";
import type { EditorContext } from "../context.js";

export type Replace<S extends RuleShape = RuleShape> = (next: S) => void;

export interface ShapeEditing {
  readonly context: EditorContext;
  readonly names: FormNames;
  readonly id: string;
  /** The list whose items the shape's paths are relative to (inside a count's conditions). */
  readonly list?: string;
  /** The editor of an inner shape (a condition of a count, a term of a sum). */
  readonly inner: (shape: RuleShape, id: string, replace: Replace, list?: string) => TemplateResult;
}
