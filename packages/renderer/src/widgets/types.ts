/**
 * The widget registry's contract, after JSON Forms: a widget says how well it fits a layout block
 * (its tester's rank) and draws it; the element draws each block with the highest-ranked widget
 * and never looks at widget names itself.
 */
import type { DataFinding, DataSchema, FieldRef, FormPackage, LayoutBlock, LoadedPart, LocalizedMessage } from "@cluster-form/schema";
import type { EvaluationResult } from "@cluster-form/rules";
import type { TemplateResult } from "lit";
import type { RowWindow } from "../session/row-ranges.js";
import type { Messages } from "../locales/index.js";

/** A tester's answer: below zero means "cannot draw this block". */
export type Rank = number;
export const NOT_APPLICABLE: Rank = -1;

/** What a widget needs to draw one input for a field. */
export interface ControlOptions {
  /** JSON pointer relative to the part's data. */
  readonly pointer: string;
  /** The accessible name; visible unless `inTable`. */
  readonly label: string;
  readonly editable: boolean;
  /** In a table cell the label is the row and column headers: it names the input but is not printed again. */
  readonly inTable?: boolean;
  /** Overrides the schema found at `pointer`. */
  readonly schema?: DataSchema;
  /** Called after a paste of several cells was consumed; return true when the widget handled it. */
  readonly onPasteRows?: (text: string) => boolean;
  /** Always a text area (narratives), whatever the schema's length. */
  readonly multiline?: boolean;
  /** Ids of further elements that describe the input (a character count). */
  readonly describedBy?: readonly string[];
}

/** Everything a widget may read or do: the element implements it, widgets stay stateless. */
export interface WidgetContext {
  readonly pkg: FormPackage;
  readonly part: LoadedPart;
  readonly role: string;
  readonly lang: string;
  readonly msg: Messages;
  /** The latest evaluation: a context is kept from one update to the next, so read it when drawing rather than keep it. */
  readonly result: EvaluationResult | undefined;
  /** Whether the current role may edit a block, or one field of it. */
  canEdit(block: LayoutBlock, field?: FieldRef): boolean;
  /** Whether the current role may enter a criterion's score in a score column. */
  canScore(criterion: string, column: string): boolean;
  /** Part-relative pointer → the stored value. */
  value(pointer: string): unknown;
  /** The stored data of a part, this one or another (the summary of all parts reads theirs). */
  partValue(part: string): unknown;
  schema(pointer: string): DataSchema | undefined;
  /** The label of a field: the override, else the schema's `title`, else the pointer's last segment. */
  label(pointer: string, override?: string): string;
  /** Pointer into the submission (`/data/<part>/…`). */
  dataPointer(pointer: string): string;
  /** The id of the input drawn for a field, for labels and links. */
  fieldId(pointer: string): string;
  /** Findings about a field (by its part-relative pointer). */
  findings(pointer: string): readonly DataFinding[];
  notApplicable(pointer: string): boolean;
  /** What the evaluation says about a field or row and everything in it, as a string that changes when that does. */
  digest(pointer: string): string;
  /** Which rows of a repeating table (part-relative pointer) with `count` rows to draw. */
  rowWindow(pointer: string, count: number): RowWindow;
  /** Moves focus to a field's input once the element has drawn it. */
  focusSoon(pointer: string): void;
  /** Draws the right input for a field's schema. */
  control(options: ControlOptions): TemplateResult;
  /** The findings of a field as a message list; its id is `fieldId(pointer) + "-msg"`. */
  messages(pointer: string): TemplateResult;
  setValue(pointer: string, value: unknown): void;
  setScore(criterion: string, column: string, text: string): void;
  /** The text a score input shows (what was typed, kept even when invalid). */
  scoreText(criterion: string, column: string): string;
  /** Stores the written reason of a score (the submission's `reasons`); "" removes it. */
  setReason(criterion: string, column: string, text: string): void;
  reasonText(criterion: string, column: string): string;
  /** Tells screen-reader users about something that happened (rows pasted, a row removed). */
  announce(text: string): void;
  localize(message: LocalizedMessage | undefined): string;
}

export interface Widget<B extends LayoutBlock = LayoutBlock> {
  readonly name: string;
  tester(block: LayoutBlock, ctx: WidgetContext): Rank;
  render(block: B, ctx: WidgetContext): TemplateResult;
  /**
   * What the widget shows from the evaluation beyond its own part's criteria and findings (a
   * computed value, the totals). The element redraws a part only when its data, its own results
   * or this change; a widget that reads more of the result must say so here.
   */
  dependsOn?(block: B, ctx: WidgetContext): unknown;
}

/** A tester that fits blocks whose `widget` is `name`, with the given rank. */
export function widgetIs(name: string, rank: Rank = 1): (block: LayoutBlock) => Rank {
  return (block) => (block.widget === name ? rank : NOT_APPLICABLE);
}
