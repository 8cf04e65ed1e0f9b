/**
 * The data that no cell of the exported sheets holds: keys outside the layout, blank values,
 * texts longer than a cell. They travel in the hidden meta sheet so that nothing is lost.
 */
import { formatPointer } from "@cluster-form/schema/pointer";
import type { DataSchema } from "@cluster-form/schema";
import { cellRoundTrips } from "./cells.js";
import { isRecord } from "./data-access.js";
import type { SheetWords } from "./messages.js";
import type { PartPlan } from "./part-plan.js";

/** Excel keeps at most this many characters in a cell. */
export const MAX_CELL_TEXT = 32_767;

export interface Leftover {
  /** Pointer into the submission. */
  readonly pointer: string;
  readonly value: unknown;
}


export function fitsInCell(value: unknown): boolean {
  if (typeof value === "string") return value.length <= MAX_CELL_TEXT;
  if (typeof value === "object" && value !== null) return JSON.stringify(value).length <= MAX_CELL_TEXT;
  return true;
}

/** True when a visible cell holds the value exactly: it fits Excel's limit and reads back as itself. */
export function cellHolds(value: unknown, schema: DataSchema | undefined, words: SheetWords): boolean {
  return fitsInCell(value) && cellRoundTrips(value, schema, words);
}

function walk(value: unknown, segments: string[], plan: PartPlan | undefined, words: SheetWords, out: Leftover[]): void {
  const relative = formatPointer(segments.slice(2));
  const pointer = formatPointer(segments);
  if (plan?.leaves.has(relative)) {
    if (!cellHolds(value, plan.leaves.get(relative), words)) out.push({ pointer, value });
    return;
  }
  const columns = plan?.tables.get(relative);
  if (columns && Array.isArray(value)) {
    if (value.length === 0) out.push({ pointer, value });
    value.forEach((row, i) => {
      if (!isRecord(row)) {
        out.push({ pointer: formatPointer([...segments, String(i)]), value: row });
        return;
      }
      for (const [key, cell] of Object.entries(row)) {
        if (!columns.has(key) || !cellHolds(cell, columns.get(key), words)) out.push({ pointer: formatPointer([...segments, String(i), key]), value: cell });
      }
    });
    return;
  }
  if (isRecord(value) && (segments.length < 2 || plan)) {
    const entries = Object.entries(value);
    if (entries.length === 0 && segments.length >= 2) out.push({ pointer, value });
    for (const [key, child] of entries) walk(child, [...segments, key], plan, words, out);
    return;
  }
  if (value !== undefined) out.push({ pointer, value });
}

/** Leftovers of a submission's data, given the plan of each part that has a sheet. */
export function dataLeftovers(data: unknown, plans: ReadonlyMap<string, PartPlan>, words: SheetWords): Leftover[] {
  const out: Leftover[] = [];
  if (!isRecord(data)) {
    if (data !== undefined) out.push({ pointer: "/data", value: data });
    return out;
  }
  for (const [partId, partData] of Object.entries(data)) walk(partData, ["data", partId], plans.get(partId), words, out);
  return out;
}
