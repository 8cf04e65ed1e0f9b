/**
 * A part's count grid (tables 8 and 9 of the 2020 handbook): rows that are objects holding a list in `items`, columns that
 * show a computed count per row by a naming rule (`table8.count.{row}`). A new list of such a part
 * becomes a row like the others.
 */
import { isRecord, joinPointer, lastSegment, parentPointer, schemaAtPointer, type DataSchema, type GridBlock, type LayoutBlock } from "@cluster-form/schema";
import { schemaPath } from "./field-schema.js";

/** A count grid: rows are objects holding a list in `items`, columns show computed counts per row. */
export interface CountGrid {
  readonly blockIndex: number;
  readonly block: GridBlock;
  /** Pointer of the object holding the rows (`/brands`). */
  readonly parent: string;
  /** Key (in `parent`) of the row copied for the new one: the most common kind of row (with validity dates when counted within validity). */
  readonly templateRow: string;
}

/** The item schema's columns in order: key and schema. */
export const columnsOf = (items: DataSchema | undefined): [string, DataSchema][] =>
  Object.entries(isRecord(items?.properties) ? (items.properties as Record<string, DataSchema>) : {});

const dateColumns = (items: DataSchema | undefined): number => columnsOf(items).filter(([, s]) => s.format === "date").length;

/** The row whose item schema most rows share (a shared definition, not the odd "other" row), first on a tie. */
function templateRowOf(rows: readonly { readonly field: string }[], schema: DataSchema | undefined, raw: unknown, validity: boolean): string | undefined {
  const itemsOf = (field: string): DataSchema | undefined => schemaAtPointer(schema, joinPointer(field, "items"))?.items as DataSchema | undefined;
  const candidates = rows.filter((r) => !validity || dateColumns(itemsOf(r.field)) >= 2);
  const written = (field: string): string => {
    let node: unknown = raw;
    for (const step of [...schemaPath(joinPointer(field, "items")), "items"]) node = isRecord(node) ? node[step] : undefined;
    return JSON.stringify(node) ?? "";
  };
  const counts = new Map<string, number>();
  for (const row of candidates) counts.set(written(row.field), (counts.get(written(row.field)) ?? 0) + 1);
  const best = Math.max(0, ...counts.values());
  const row = candidates.find((r) => counts.get(written(r.field)) === best);
  return row ? lastSegment(row.field) : undefined;
}

export function countGrid(blocks: readonly LayoutBlock[], schema: DataSchema | undefined, raw: unknown, validity: boolean): CountGrid | undefined {
  for (const [blockIndex, block] of blocks.entries()) {
    if (block.widget !== "grid" || !block.columns.some((c) => typeof c.computed === "string") || block.rows.length === 0) continue;
    const parents = new Set(block.rows.map((r) => parentPointer(r.field)));
    const listRows = block.rows.every((r) => schemaAtPointer(schema, joinPointer(r.field, "items"))?.type === "array");
    const templateRow = templateRowOf(block.rows, schema, raw, validity);
    if (parents.size === 1 && listRows && templateRow !== undefined) return { blockIndex, block, parent: [...parents][0] ?? "", templateRow };
  }
  return undefined;
}
