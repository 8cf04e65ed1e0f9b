/** Random changes of a submission, as a user makes them (values set anywhere, rows moved or removed), for the property tests. */
import fc from "fast-check";
import { formatPointer, parsePointer } from "@cluster-form/schema";

export type Json = unknown;

/** Every pointer in a value (objects, arrays and leaves), the value's own "" first. */
function pointersOf(value: Json, pointer = ""): string[] {
  const found = [pointer];
  if (Array.isArray(value)) value.forEach((item, i) => found.push(...pointersOf(item, `${pointer}/${i}`)));
  else if (typeof value === "object" && value !== null) for (const [key, item] of Object.entries(value)) found.push(...pointersOf(item, pointer + formatPointer([key])));
  return found;
}

/** `value` with `replace` applied at `segments`, copying only the objects on the way (as `<cluster-form>` does). */
export function updateAt(value: Json, segments: readonly string[], replace: (old: Json) => Json): Json {
  if (segments.length === 0) return replace(value);
  const [head, ...rest] = segments as [string, ...string[]];
  if (Array.isArray(value)) {
    const copy = value.slice();
    copy[Number(head)] = updateAt(copy[Number(head)], rest, replace);
    return copy;
  }
  const record = typeof value === "object" && value !== null ? (value as Record<string, Json>) : {};
  return { ...record, [head]: updateAt(record[head], rest, replace) };
}

const anyValue: fc.Arbitrary<Json> = fc.oneof(
  fc.constantFrom(null, true, "", "x", 0, -1, 1.5, 1e9, "2020-13-45", "13401x", "字".repeat(40), "字".repeat(201), "字".repeat(5001)),
  fc.string({ maxLength: 6 }),
  fc.integer(),
  fc.constant({}),
  fc.constant([]),
  fc.constant([{}, { name: 5 }]),
  fc.dictionary(fc.constantFrom("name", "sales2020", "x", "date"), fc.oneof(fc.string({ maxLength: 3 }), fc.integer(), fc.constant(null)), { maxKeys: 3 }),
);

/** A change of a submission: a value set at one of its pointers, a row moved, or a row removed. */
export type Edit = { readonly at: number; readonly kind: "set"; readonly value: Json } | { readonly at: number; readonly kind: "move" | "remove" };
export const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ at: fc.nat(), kind: fc.constant("set" as const), value: anyValue }),
  fc.record({ at: fc.nat(), kind: fc.constantFrom("move" as const, "remove" as const) }),
);

export function applyEdit(submission: Json, change: Edit): Json {
  const pointers = pointersOf(submission).filter((p) => p.startsWith("/data/") || p.startsWith("/form/") || p.startsWith("/scores/"));
  const pointer = pointers[change.at % Math.max(pointers.length, 1)] ?? "/data";
  const segments = parsePointer(pointer);
  if (change.kind === "set") return updateAt(submission, segments, () => change.value);
  // Moves and removals act on the array holding the value at the pointer, if any.
  const index = segments.length > 0 ? Number(segments[segments.length - 1]) : Number.NaN;
  if (!Number.isInteger(index)) return updateAt(submission, segments, () => change.kind);
  return updateAt(submission, segments.slice(0, -1), (rows) => {
    if (!Array.isArray(rows)) return rows;
    const copy = rows.slice();
    const [row] = copy.splice(index, 1);
    if (change.kind === "move") copy.splice(Math.max(0, index - 1), 0, row);
    return copy;
  });
}
