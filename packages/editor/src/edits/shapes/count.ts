/**
 * A count of listed items and its validity period: which list is counted, and whether only the items
 * whose period (two date columns) covers the form's year count. The changes keep the rest of the
 * count's conditions as written (a name filled in, a kind, implemented).
 */
import type { RuleShape } from "../types.js";
import type { FormNames, ListChoice, Named, Period } from "./names.js";

type ListCount = Extract<RuleShape, { kind: "listCount" }>;

/** The period of a count's `validIn` condition (item columns), when it has one at the top or inside its `all`s. */
export function countPeriod(where: RuleShape | undefined): { from: string; until: string } | undefined {
  if (!where) return undefined;
  if (where.kind === "validIn") return { from: where.from, until: where.until };
  if (where.kind === "all") for (const part of where.of) {
    const found = countPeriod(part);
    if (found) return found;
  }
  return undefined;
}

/** The condition without its `validIn`; an `all` left with one condition becomes that condition. */
function withoutPeriod(where: RuleShape): RuleShape | undefined {
  if (where.kind === "validIn") return undefined;
  if (where.kind !== "all") return where;
  const kept = where.of.map(withoutPeriod).filter((p): p is RuleShape => p !== undefined);
  if (kept.length === 0) return undefined;
  return kept.length === 1 ? kept[0] : { kind: "all", of: kept };
}

/** The condition with its `validIn` set to the period (replaced where it is, else added beside the `filled` it counts by). */
function withPeriod(where: RuleShape | undefined, period: { from: string; until: string }): RuleShape {
  const validIn: RuleShape = { kind: "validIn", ...period };
  if (!where) return validIn;
  if (countPeriod(where)) {
    const replace = (node: RuleShape): RuleShape => (node.kind === "validIn" ? validIn : node.kind === "all" ? { kind: "all", of: node.of.map(replace) } : node);
    return replace(where);
  }
  if (where.kind !== "all") return { kind: "all", of: [where, validIn] };
  // Beside the name's `filled`, where the forms write it (`and[filled, validIn]`), inside a nested `all` if that is where the name is.
  const index = where.of.findIndex((p) => p.kind === "all" && p.of.some((q) => q.kind === "filled"));
  if (index >= 0) return { kind: "all", of: where.of.map((p, i) => (i === index ? withPeriod(p, period) : p)) };
  return { kind: "all", of: [...where.of, validIn] };
}

/** The count within the period given (its item columns), or of every item when `period` is undefined. */
export function countWithin(shape: ListCount, period: { from: string; until: string } | undefined): ListCount {
  const where = period ? withPeriod(shape.where, period) : shape.where && withoutPeriod(shape.where);
  return where ? { kind: "listCount", list: shape.list, where } : { kind: "listCount", list: shape.list };
}

/** Item-relative paths a condition reads (the list's columns it needs). */
export function columnsRead(where: RuleShape | undefined): Set<string> {
  const out = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== "object" || node === null) return;
    const record = node as Record<string, unknown>;
    if (record.kind === "value" && typeof record.path === "string") out.add(record.path);
    if (record.kind === "validIn") {
      out.add(String(record.from));
      out.add(String(record.until));
    }
    for (const value of Object.values(record)) if (typeof value === "object") (Array.isArray(value) ? value : [value]).forEach(visit);
  };
  visit(where);
  return out;
}

/** A column of another list that can stand for `column`: the same kind of answer, with at least its choices. */
const standsFor = (column: Named | undefined, other: Named): boolean =>
  column !== undefined && column.path === other.path && column.kind === other.kind && (other.choices ?? []).every((c) => column.choices?.includes(c) === true);

/** The lists the count may count instead: every list whose columns can stand for those its conditions read. */
export function countableLists(names: FormNames, shape: ListCount): ListChoice[] {
  const needed = [...columnsRead(shape.where)].map((key) => names.name(key, shape.list));
  return names.lists.filter((list) => needed.every((column) => standsFor(list.columns.find((c) => c.path === column.path), column)));
}

/** The count of another list (its conditions kept: the list must have their columns, see `countableLists`). */
export const countOf = (shape: ListCount, list: string): ListCount => ({ ...shape, list });

/** The periods the counted list offers (pairs of its date columns), and the one the count uses. */
export function countPeriods(names: FormNames, shape: ListCount): { periods: readonly Period[]; current: Period | undefined } {
  const list = names.lists.find((l) => l.path === shape.list);
  const periods = list?.periods ?? [];
  const period = countPeriod(shape.where);
  return { periods, current: period && periods.find((p) => p.from.path === period.from && p.until.path === period.until) };
}
