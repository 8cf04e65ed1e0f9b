/**
 * Column widths of a repeating table on screen. There each row is a grid laid out on its own (see
 * the `.repeat` rules in ../cluster-form.styles.ts), so the columns line up through one track list
 * shared by every row, sized from each column's schema rather than from the cells' content. A grid
 * with inputs takes its minimum width from the same sizes (grid.ts).
 */
import type { DataSchema, RepeatBlock } from "@cluster-form/schema";

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

/** How wide a column's inputs need to be, in em, and how much of the spare width it takes. */
export function trackFor(schema: DataSchema | undefined): Track {
  const type = Array.isArray(schema?.type) ? schema?.type.find((t) => t !== "null") : schema?.type;
  // A number of six digits, and its unit beside it (one em per character: units are Chinese).
  if (type === "number" || type === "integer") return { min: 4.5 + (typeof schema?.unit === "string" ? schema.unit.length + 0.5 : 0), grow: 0.5 };
  // A date input shows the whole date and its picker button.
  if (schema?.format === "date") return { min: 9.5, grow: 0.5 };
  if (type === "boolean" || schema?.enum !== undefined || schema?.oneOf !== undefined) return { min: 7, grow: 1 };
  const maxLength = typeof schema?.maxLength === "number" ? schema.maxLength : Number.POSITIVE_INFINITY;
  return maxLength <= 24 ? { min: 7, grow: 1 } : { min: 7, grow: 2 };
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
