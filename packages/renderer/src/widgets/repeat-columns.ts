/**
 * Column widths of a repeating table on screen. There each row is a grid laid out on its own (see
 * the `.repeat` rules in ../components/cluster-form/cluster-form.styles.ts), so the columns line up through one track list
 * shared by every row, sized from each column's schema rather than from the cells' content. A grid
 * with inputs takes its minimum width from the same sizes (grid.ts).
 */
import { fieldChoices, type DataSchema, type RepeatBlock } from "@cluster-form/schema";

export interface ColumnTracks {
  /** `grid-template-columns` of every row. */
  readonly template: string;
  /** The sum of the tracks' minimum widths: below it the table scrolls sideways. */
  readonly minWidth: string;
}

export interface Track {
  readonly min: number;
  readonly grow: number;
}

const SERIAL: Track = { min: 3, grow: 0 };
/** Three icon buttons: up, down, remove. */
const ACTIONS: Track = { min: 8.5, grow: 0 };

/** Width of a digit or capital Latin letter, and an input's padding and border, in em. */
const NARROW_CHAR = 0.7;
const INPUT_PADDING = 1.2;
/** A number with no bounds is given room for this many digits. */
const DEFAULT_DIGITS = 7;
/** Text with a longer limit wraps in its cell (controls/text-input.ts) rather than widen its column. */
export const SHORT_TEXT = 24;

const CJK = /[\u3000-\u9fff\uff00-\uffef]/;

/** Characters of the widest value a number may take (sign, digits, two decimals), from its schema's bounds. */
function digitsOf(schema: DataSchema | undefined, integer: boolean): number {
  const bounds = [schema?.maximum, schema?.exclusiveMaximum, schema?.minimum].filter((b): b is number => typeof b === "number" && Number.isFinite(b));
  if (bounds.length === 0) return DEFAULT_DIGITS + (integer ? 0 : 2);
  const widest = Math.max(...bounds.map((b) => Math.min(15, Math.floor(Math.log10(Math.max(1, Math.abs(b)))) + 1) + (b < 0 ? 1 : 0)));
  // Room for a decimal point and one decimal.
  return widest + (integer ? 0 : 2);
}

/** How wide a column's inputs need to be, in em, and how much of the spare width it takes. */
export function trackFor(schema: DataSchema | undefined): Track {
  const type = Array.isArray(schema?.type) ? schema?.type.find((t) => t !== "null") : schema?.type;
  // A number as wide as the largest it may be, and its unit beside it (one em per character: units are Chinese).
  if (type === "number" || type === "integer") {
    const unit = typeof schema?.unit === "string" ? [...schema.unit].length + 0.5 : 0;
    return { min: Math.max(4.5, digitsOf(schema, type === "integer") * NARROW_CHAR + INPUT_PADDING) + unit, grow: 0.5 };
  }
  // A date input shows the whole date and its picker button.
  if (schema?.format === "date") return { min: 9.5, grow: 0.5 };
  if (type === "boolean" || fieldChoices(schema).length > 0) return { min: 7, grow: 1 };
  const maxLength = typeof schema?.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  // A code of letters and digits (a pattern with no Chinese: a credit code is 18 characters) is shown whole.
  if (maxLength <= SHORT_TEXT && typeof schema?.pattern === "string" && !CJK.test(schema.pattern)) return { min: maxLength * NARROW_CHAR + INPUT_PADDING, grow: 0.5 };
  return maxLength <= SHORT_TEXT ? { min: 7, grow: 1 } : { min: 10, grow: 2 };
}

/** The sum of the tracks' minimum widths, as a CSS length. */
export function minWidthOf(tracks: readonly Track[]): string {
  return `${tracks.reduce((sum, t) => sum + t.min, 0)}em`;
}

export function columnTracks(block: RepeatBlock, schemaOf: (key: string) => DataSchema | undefined, withActions: boolean): ColumnTracks {
  const tracks = [...(block.numbered ? [SERIAL] : []), ...block.columns.map((column) => trackFor(schemaOf(column.key))), ...(withActions ? [ACTIONS] : [])];
  return {
    template: tracks.map((t) => (t.grow === 0 ? `${t.min}em` : `minmax(${t.min}em, ${t.grow}fr)`)).join(" "),
    minWidth: minWidthOf(tracks),
  };
}
