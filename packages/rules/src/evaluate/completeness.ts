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
  /** Blanks past `cap`: counted, not listed. */
  more: number;
  /** How many blanks are listed: MAX_BLANKS_PER_PART for a part; a remembered row lists all of its own. */
  readonly cap: number;
}

const newTally = (cap: number): Tally => ({ required: 0, filled: 0, blanks: [], more: 0, cap });

/**
 * What an incremental evaluator remembers of each row object's count: rows an edit left alone are
 * the same objects, at the same place, with the same fields not applying, and count the same.
 */
type KeptRows = WeakMap<object, { readonly plan: ObjectPlan; readonly pointer: string; readonly skipped: string; readonly lang: Lang; readonly tally: Tally }>;

/** Where the walk is: the pointer of the object, and the row it is, if it is one. */
interface At {
  readonly pointer: string;
  readonly row: { readonly array: string; readonly number: number } | undefined;
}

/** The pointers of `notApplicable` that lie strictly inside `pointer`: only those can skip something below it. */
const inside = (pointer: string, notApplicable: readonly string[]): readonly string[] =>
  notApplicable.length === 0 ? notApplicable : notApplicable.filter((p) => p.length > pointer.length && p.startsWith(pointer) && p.charCodeAt(pointer.length) === 47 /* "/" */);

/**
 * `notApplicable` holds only the pointers inside `at.pointer`, so that in the usual case (none)
 * a filled field costs no pointer string: pointers are built for blanks and nested objects only.
 * This runs for every row of every table in each evaluation, so it allocates nothing per filled field.
 */
function walkObject(plan: ObjectPlan, data: unknown, at: At, notApplicable: readonly string[], lang: Lang, tally: Tally, rows?: KeptRows): void {
  const record = isRecord(data) ? data : undefined;
  const { properties } = plan;
  for (let p = 0; p < properties.length; p += 1) {
    const property = properties[p] as PropertyPlan;
    const { node, required } = property;
    const value = record && Object.hasOwn(record, property.key) ? record[property.key] : undefined;
    const hasRows = node.kind === "array" && node.rows !== undefined && Array.isArray(value) && value.length > 0;
    if (!required && !hasRows && !(node.kind === "object" && isRecord(value))) continue;
    if (notApplicable.length > 0 && isWithin(at.pointer + property.segment, notApplicable)) continue;
    if (node.kind === "object") {
      const pointer = at.pointer + property.segment;
      walkObject(node, value, { pointer, row: at.row }, inside(pointer, notApplicable), lang, tally, rows);
      continue;
    }
    if (hasRows && node.kind === "array" && node.rows) {
      const pointer = at.pointer + property.segment;
      const list = value as unknown[];
      for (let index = 0; index < list.length; index += 1) {
        const rowPointer = `${pointer}/${index}`;
        const at = { pointer: rowPointer, row: { array: property.label, number: index + 1 } };
        walkRow(node.rows, list[index], at, inside(rowPointer, notApplicable), lang, tally, rows);
      }
      continue;
    }
    tally.required += 1;
    if (!isBlank(value)) {
      tally.filled += 1;
      continue;
    }
    if (tally.blanks.length >= tally.cap) {
      tally.more += 1;
      continue;
    }
    const label = at.row ? phrase(lang, "label.row", { array: at.row.array, row: at.row.number, field: property.label }) : property.label;
    tally.blanks.push({ pointer: at.pointer + property.segment, label });
  }
}

/** One row counted into `tally`, from what `rows` remembers of the same row object when it can be. */
function walkRow(plan: ObjectPlan, row: unknown, at: At, notApplicable: readonly string[], lang: Lang, tally: Tally, rows: KeptRows | undefined): void {
  if (!rows || typeof row !== "object" || row === null) {
    walkObject(plan, row, at, notApplicable, lang, tally, rows);
    return;
  }
  const skipped = notApplicable.length === 0 ? "" : JSON.stringify(notApplicable);
  let kept = rows.get(row);
  if (!kept || kept.plan !== plan || kept.pointer !== at.pointer || kept.skipped !== skipped || kept.lang !== lang) {
    const own = newTally(Number.POSITIVE_INFINITY);
    walkObject(plan, row, at, notApplicable, lang, own, rows);
    kept = { plan, pointer: at.pointer, skipped, lang, tally: own };
    rows.set(row, kept);
  }
  tally.required += kept.tally.required;
  tally.filled += kept.tally.filled;
  for (const blank of kept.tally.blanks) {
    if (tally.blanks.length >= tally.cap) tally.more += 1;
    else tally.blanks.push(blank);
  }
}

/**
 * What an incremental evaluator remembers of each part's completeness: the part's data (the same
 * object as last time means unchanged) and, as JSON, the pointers inside it that did not apply;
 * and of each row, so that an edit in one row of a long table counts that row again, not all.
 */
export interface KeptCompleteness {
  readonly parts: Map<string, { readonly data: unknown; readonly skipped: string | undefined; readonly result: PartCompleteness }>;
  readonly rows: KeptRows;
}

export const createKeptCompleteness = (): KeptCompleteness => ({ parts: new Map(), rows: new WeakMap() });

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
    const last = kept?.parts.get(part.id);
    const skipped = kept ? JSON.stringify(within) : undefined;
    let result = last && last.data === partData && last.skipped === skipped ? last.result : undefined;
    if (!result) {
      const tally = newTally(MAX_BLANKS_PER_PART);
      if (within) walkObject(part.completeness, partData, { pointer: part.pointer, row: undefined }, within, lang, tally, kept?.rows);
      result = { part: part.id, title: part.title, required: tally.required, filled: tally.filled, percent: percentOf(tally.filled, tally.required), blanks: tally.blanks };
      if (tally.more > 0) result = { ...result, moreBlanks: tally.more };
      kept?.parts.set(part.id, { data: partData, skipped, result });
    }
    required += result.required;
    filled += result.filled;
    parts.push(result);
  }
  return { percent: percentOf(filled, required), parts };
}

/** Rounded down, so that 100 means nothing is blank. */
export const percentOf = (filled: number, required: number): number => (required === 0 ? 100 : Math.floor((filled / required) * 100));
