/** Changes in paper order: the form first, then part by part in the manifest's order, within a part as its page reads. */
import type { FormPackage, LayoutBlock } from "@cluster-form/schema";
import type { FormChange } from "./types.js";

/** Field pointers in the order the part's layout shows them (a list's columns right after the list). */
function layoutFieldOrder(blocks: readonly LayoutBlock[]): string[] {
  const pointers: string[] = [];
  for (const block of blocks) {
    switch (block.widget) {
      case "fields":
        for (const field of block.fields) pointers.push(field.field);
        break;
      case "grid":
        for (const row of block.rows) {
          pointers.push(row.field);
          for (const column of block.columns) pointers.push(`${row.field}/${column.key}`);
        }
        break;
      case "repeat":
        pointers.push(block.field);
        for (const column of block.columns) pointers.push(`${block.field}/*/${column.key}`);
        break;
      default:
        if ("field" in block && typeof block.field === "string") pointers.push(block.field);
    }
  }
  return pointers;
}

/** Within a part: its title and points, page texts, fields, criteria, other rules, then anything else. */
const GROUP: Partial<Record<FormChange["kind"], number>> = {
  "part.added": 0, "part.removed": 0, "part.title": 0, "part.points": 0,
  "layout.text": 1,
  "list.added": 2, "list.removed": 2, "field.added": 2, "field.removed": 2, "field.label": 2, "field.unit": 2, "field.type": 2, "field.choices": 2,
  "criterion.added": 3, "criterion.removed": 3, "criterion.label": 3, "criterion.points": 3, "criterion.text": 3, "criterion.method": 3,
  "branch.added": 3, "branch.removed": 3, "branch.points": 3, "branch.text": 3,
  "rule.constant": 4, "rule.perItem": 4, "rule.cap": 4, "rule.input": 4, "rule.changed": 4, "rule.added": 4, "rule.removed": 4,
};

/**
 * Each criterion's place in its part, by id: its index in the new version, a removed one just after
 * the criterion that preceded it in the old version.
 */
function criterionPlaces(before: FormPackage, after: FormPackage): Map<string, number> {
  const places = new Map<string, number>();
  for (const part of after.parts) (part.rules?.criteria ?? []).forEach((c, i) => places.set(c.id, i));
  for (const part of before.parts) {
    let previous = -1;
    for (const c of part.rules?.criteria ?? []) {
      const place = places.get(c.id);
      if (place === undefined) places.set(c.id, previous + 0.5);
      else previous = place;
    }
  }
  return places;
}

/** The criterion a change of group 3 concerns. */
const criterionOf = (change: FormChange): string | undefined =>
  "owner" in change ? change.owner.id : "id" in change ? change.id : undefined;

function groupOf(change: FormChange): number {
  const group = GROUP[change.kind] ?? 5;
  // A criterion's rule changes read with the criterion, not with the computed values.
  return group === 4 && "owner" in change && change.owner.kind === "criterion" ? 3 : group;
}

export function inPaperOrder(changes: readonly FormChange[], before: FormPackage, after: FormPackage): FormChange[] {
  const partIds = [...after.parts.map((p) => p.ref.id), ...before.parts.map((p) => p.ref.id).filter((id) => !after.parts.some((p) => p.ref.id === id))];
  const fieldOrder = new Map<string, string[]>();
  for (const part of [...before.parts, ...after.parts]) fieldOrder.set(part.ref.id, layoutFieldOrder(part.layout.blocks));
  const fieldRank = (part: string, pointer: string): number => {
    const order = fieldOrder.get(part) ?? [];
    const at = order.findIndex((p) => pointer === p || pointer.startsWith(`${p}/`));
    return at < 0 ? order.length : at;
  };
  const places = criterionPlaces(before, after);
  const within = (change: FormChange, part: string, group: number): number => {
    if (group === 2 && "pointer" in change) return fieldRank(part, change.pointer);
    if (group === 3) return places.get(criterionOf(change) ?? "") ?? 0;
    return 0;
  };
  const rank = (change: FormChange): readonly number[] => {
    if (!("part" in change) || change.part === undefined) return [-1, 0, 0];
    const group = groupOf(change);
    return [partIds.indexOf(change.part), group, within(change, change.part, group)];
  };
  const ranked = changes.map((change, index) => ({ change, index, rank: rank(change) }));
  ranked.sort((a, b) => {
    for (let i = 0; i < a.rank.length; i++) {
      const d = (a.rank[i] ?? 0) - (b.rank[i] ?? 0);
      if (d !== 0) return d;
    }
    return a.index - b.index;
  });
  return ranked.map((r) => r.change);
}
