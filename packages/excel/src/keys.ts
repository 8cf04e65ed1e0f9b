/**
 * Keys in the hidden first column of every exported sheet. They tie rows to the data, so that
 * import finds each field even after people insert, move or relabel rows in Excel.
 */

export const KEY_COLUMN = 1;
/** The first column people see. */
export const FIRST_COLUMN = 2;

export const META_SHEET = "cluster-form";

export const key = {
  part: (id: string) => `part:${id}`,
  field: (pointer: string) => `field:${pointer}`,
  table: (pointer: string) => `table:${pointer}`,
  grid: (id: string) => `grid:${id}`,
  gridRow: (pointer: string) => `row:${pointer}`,
  scores: () => "scores",
  /** Titles and headings: keyed too, so that a table's rows end where the next block begins. */
  heading: () => "heading",
  /** A row of a repeating table as exported: kept on import even when every cell is blank. */
  item: () => "item",
  criterion: (id: string) => `criterion:${id}`,
} as const;

export interface ParsedKey {
  readonly kind: "part" | "field" | "table" | "grid" | "row" | "scores" | "criterion" | "heading" | "item";
  readonly arg: string;
}

export function parseKey(text: string): ParsedKey | undefined {
  const match = /^(part|field|table|grid|row|scores|criterion|heading|item)(?::(.*))?$/s.exec(text);
  if (!match) return undefined;
  return { kind: match[1] as ParsedKey["kind"], arg: match[2] ?? "" };
}
