/**
 * Completeness: every required field walked with the data (rows included), fields that do not
 * apply skipped. A required object counts through its own required fields; a required list
 * counts as one blank while it has no rows, and through its rows' required fields once it has.
 */
import { isRecord, type Lang } from "@cluster-form/schema";
import { phrase } from "../locales/evaluation.js";
import type { BlankField, PartCompleteness } from "../types.js";
import { isWithin } from "./applicability.js";
import type { ObjectPlan, PropertyPlan } from "./completeness-plan.js";
import type { PreparedForm } from "./prepared.js";
import { MAX_BLANKS_PER_PART } from "./caps.js";


const isBlank = (value: unknown): boolean =>
  value === undefined || value === null || (typeof value === "string" && value.trim() === "") || (Array.isArray(value) && value.length === 0);

interface Tally {
  required: number;
  filled: number;
  readonly blanks: BlankField[];
  /** Blanks past MAX_BLANKS_PER_PART: counted, not listed. */
  more: number;
}

/** The row a walk is in: its list's label and its number from 1 (for a blank's label). */
interface Row {
  readonly array: string;
  readonly number: number;
}

/** The pointers of `notApplicable` that lie strictly inside `pointer`: only those can skip something below it. */
const inside = (pointer: string, notApplicable: readonly string[]): readonly string[] =>
  notApplicable.length === 0 ? notApplicable : notApplicable.filter((p) => p.length > pointer.length && p.startsWith(pointer) && p.charCodeAt(pointer.length) === 47 /* "/" */);

/**
 * `notApplicable` holds only the pointers inside `pointer`, so that in the usual case (none) a
 * filled field costs no pointer string: pointers are built for blanks and nested objects only.
 * This runs for every row of every table in each evaluation, so it allocates nothing per filled field.
 */
function walkObject(plan: ObjectPlan, data: unknown, pointer: string, row: Row | undefined, notApplicable: readonly string[], lang: Lang, tally: Tally): void {
  const record = isRecord(data) ? data : undefined;
  const { properties } = plan;
  for (let p = 0; p < properties.length; p += 1) {
    const property = properties[p] as PropertyPlan;
    const { node, required } = property;
    const value = record && Object.hasOwn(record, property.key) ? record[property.key] : undefined;
    const hasRows = node.kind === "array" && node.rows !== undefined && Array.isArray(value) && value.length > 0;
    if (!required && !hasRows && !(node.kind === "object" && isRecord(value))) continue;
    if (notApplicable.length > 0 && isWithin(pointer + property.segment, notApplicable)) continue;
    if (node.kind === "object") {
      const at = pointer + property.segment;
      walkObject(node, value, at, row, inside(at, notApplicable), lang, tally);
      continue;
    }
    if (hasRows && node.kind === "array" && node.rows) {
      const at = pointer + property.segment;
      const rows = value as unknown[];
      for (let index = 0; index < rows.length; index += 1) {
        const rowPointer = `${at}/${index}`;
        walkObject(node.rows, rows[index], rowPointer, { array: property.label, number: index + 1 }, inside(rowPointer, notApplicable), lang, tally);
      }
      continue;
    }
    tally.required += 1;
    if (!isBlank(value)) {
      tally.filled += 1;
      continue;
    }
    if (tally.blanks.length >= MAX_BLANKS_PER_PART) {
      tally.more += 1;
      continue;
    }
    const label = row ? phrase(lang, "label.row", { array: row.array, row: row.number, field: property.label }) : property.label;
    tally.blanks.push({ pointer: pointer + property.segment, label });
  }
}

/**
 * What an incremental evaluator remembers of each part's completeness: the part's data (the same
 * object as last time means unchanged) and, as JSON, the pointers inside it that did not apply.
 */
export type KeptCompleteness = Map<string, { readonly data: unknown; readonly skipped: string | undefined; readonly result: PartCompleteness }>;

export function evaluateCompleteness(
  form: PreparedForm,
  data: unknown,
  notApplicable: readonly string[],
  lang: Lang,
  kept?: KeptCompleteness,
): { percent: number; parts: PartCompleteness[] } {
  const record = isRecord(data) ? data : {};
  const parts: PartCompleteness[] = [];
  let required = 0;
  let filled = 0;
  for (const part of form.parts) {
    if (!part.completeness) continue;
    const partData = Object.hasOwn(record, part.id) ? record[part.id] : undefined;
    // Undefined when the whole part does not apply.
    const within = isWithin(part.pointer, notApplicable) ? undefined : inside(part.pointer, notApplicable);
    const last = kept?.get(part.id);
    const skipped = kept ? JSON.stringify(within) : undefined;
    let result = last && last.data === partData && last.skipped === skipped ? last.result : undefined;
    if (!result) {
      const tally: Tally = { required: 0, filled: 0, blanks: [], more: 0 };
      if (within) walkObject(part.completeness, partData, part.pointer, undefined, within, lang, tally);
      result = { part: part.id, title: part.title, required: tally.required, filled: tally.filled, percent: percentOf(tally.filled, tally.required), blanks: tally.blanks };
      if (tally.more > 0) result = { ...result, moreBlanks: tally.more };
      kept?.set(part.id, { data: partData, skipped, result });
    }
    required += result.required;
    filled += result.filled;
    parts.push(result);
  }
  return { percent: percentOf(filled, required), parts };
}

/** Rounded down, so that 100 means nothing is blank. */
export const percentOf = (filled: number, required: number): number => (required === 0 ? 100 : Math.floor((filled / required) * 100));
