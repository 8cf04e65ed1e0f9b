/**
 * Completeness: every required field walked with the data (rows included), fields that do not
 * apply skipped. A required object counts through its own required fields; a required list
 * counts as one blank while it has no rows, and through its rows' required fields once it has.
 */
import { filledPercent, isRecord, parsePointer, type Lang } from "@cluster-form/schema";
import { phrase } from "../locales/evaluation.js";
import type { BlankField, PartCompleteness } from "../types.js";
import { isBlank } from "../ops/values.js";
import { isWithin } from "./applicability.js";
import { pathTree, pathsBelow, type PathTree } from "./path-tree.js";
import type { ObjectPlan, PropertyPlan } from "./completeness-plan.js";
import type { PreparedForm } from "./prepared.js";
import { MAX_BLANKS_PER_PART } from "./caps.js";

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

/** The pointers of `notApplicable` strictly inside `pointer` as a tree of keys, so that the walk skips a field by a key lookup; undefined when there are none. */
function skipsInside(pointer: string, notApplicable: readonly string[]): PathTree | undefined {
  const inside = notApplicable.filter((skipped) => skipped.length > pointer.length && skipped.startsWith(pointer) && skipped.charCodeAt(pointer.length) === 47 /* "/" */);
  return inside.length === 0 ? undefined : pathTree(inside.map((skipped) => parsePointer(skipped.slice(pointer.length))));
}

/**
 * What an incremental evaluator remembers of each row object's count: rows an edit left alone are
 * the same objects, at the same place, with the same fields not applying, and count the same.
 */
type KeptRows = WeakMap<object, { readonly plan: ObjectPlan; readonly pointer: string; readonly skipped: string; readonly lang: Lang; readonly tally: Tally }>;

/**
 * Where the walk is: the object's pointer, and the row it is or lies in, if any. A row's pointer
 * is built only when asked for (a blank, a nested object): most rows have neither.
 */
interface At {
  readonly pointer: string;
  /** The label of the list and the 1-based number of the row. */
  readonly array: string | undefined;
  readonly number: number;
}

class RowAt implements At {
  constructor(
    private readonly list: string,
    private readonly index: number,
    readonly array: string,
  ) {}

  get pointer(): string {
    return `${this.list}/${this.index}`;
  }

  get number(): number {
    return this.index + 1;
  }
}

const partAt = (pointer: string): At => ({ pointer, array: undefined, number: 0 });

/**
 * One object's required fields counted into `tally`, skipping what `skips` names. This runs for
 * every row of every table in each evaluation, so it allocates nothing per filled field.
 */
function walkObject(plan: ObjectPlan, data: unknown, at: At, skips: PathTree | undefined, lang: Lang, tally: Tally, rows?: KeptRows): void {
  const record = isRecord(data) ? data : undefined;
  const { properties } = plan;
  for (let p = 0; p < properties.length; p += 1) {
    const property = properties[p] as PropertyPlan;
    const { node, required } = property;
    const value = record && Object.hasOwn(record, property.key) ? record[property.key] : undefined;
    const hasRows = node.kind === "array" && node.rows !== undefined && Array.isArray(value) && value.length > 0;
    if (!required && !hasRows && !(node.kind === "object" && isRecord(value))) continue;
    const below = pathsBelow(skips, property.key);
    if (below === true) continue;
    if (node.kind === "object") {
      const pointer = at.pointer + property.segment;
      walkObject(node, value, { pointer, array: at.array, number: at.number }, below, lang, tally, rows);
      continue;
    }
    if (hasRows && node.kind === "array" && node.rows) {
      const pointer = at.pointer + property.segment;
      const list = value as unknown[];
      for (let index = 0; index < list.length; index += 1) {
        // A row is never left out whole (applicability names fields), only fields inside it.
        const rowSkips = below === undefined ? undefined : pathsBelow(below, String(index));
        walkRow(node.rows, list[index], new RowAt(pointer, index, property.label), rowSkips === true ? undefined : rowSkips, lang, tally, rows);
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
    const label = at.array === undefined ? property.label : phrase(lang, "label.row", { array: at.array, row: at.number, field: property.label });
    tally.blanks.push({ pointer: at.pointer + property.segment, label });
  }
}

/** One row counted into `tally`, from what `rows` remembers of the same row object when it can be. */
function walkRow(plan: ObjectPlan, row: unknown, at: At, skips: PathTree | undefined, lang: Lang, tally: Tally, rows: KeptRows | undefined): void {
  if (!rows || typeof row !== "object" || row === null) {
    walkObject(plan, row, at, skips, lang, tally, rows);
    return;
  }
  const skipped = skips === undefined ? "" : JSON.stringify(skips);
  const pointer = at.pointer;
  let kept = rows.get(row);
  if (!kept || kept.plan !== plan || kept.pointer !== pointer || kept.skipped !== skipped || kept.lang !== lang) {
    const own = newTally(Number.POSITIVE_INFINITY);
    walkObject(plan, row, at, skips, lang, own, rows);
    kept = { plan, pointer, skipped, lang, tally: own };
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
    const applies = !isWithin(part.pointer, notApplicable);
    const skips = applies ? skipsInside(part.pointer, notApplicable) : undefined;
    const last = kept?.parts.get(part.id);
    const skipped = kept ? (applies ? JSON.stringify(skips ?? null) : "") : undefined;
    let result = last && last.data === partData && last.skipped === skipped ? last.result : undefined;
    if (!result) {
      const tally = newTally(MAX_BLANKS_PER_PART);
      if (applies) walkObject(part.completeness, partData, partAt(part.pointer), skips, lang, tally, kept?.rows);
      result = { part: part.id, title: part.title, required: tally.required, filled: tally.filled, percent: filledPercent(tally.filled, tally.required), blanks: tally.blanks };
      if (tally.more > 0) result = { ...result, moreBlanks: tally.more };
      kept?.parts.set(part.id, { data: partData, skipped, result });
    }
    required += result.required;
    filled += result.filled;
    parts.push(result);
  }
  return { percent: filledPercent(filled, required), parts };
}

