/**
 * What a rule reads, named as the officer knows it: every path a rule can read (a field, a list's
 * column, a computed value) with its label and unit from the outline, and the choices a structured
 * editor offers in its place (lists, numbers, texts, dates, validity periods), grouped by part.
 */
import type { FieldKind, Outline, OutlineField } from "../types.js";

/** A path a rule reads, with its label (never shown as the path itself) and unit. */
export interface Named {
  readonly path: string;
  readonly label: string;
  readonly unit?: string;
  /** `computed` for a computed value; a field's kind otherwise; `unknown` when the form has no such path. */
  readonly kind: FieldKind | "computed" | "unknown";
  /** The title of the part it belongs to (to group choices). */
  readonly part?: string;
  /** A choice field's values (a rule comparing it with one must find it among the new field's). */
  readonly choices?: readonly unknown[];
}

/** Two date columns of a list: from, until (a validity or implementation period). */
export interface Period {
  readonly from: Named;
  readonly until: Named;
}

/** A list a count or sum can read, with its columns and the periods its date columns make. */
export interface ListChoice extends Named {
  readonly columns: readonly Named[];
  readonly periods: readonly Period[];
}

const NUMERIC: ReadonlySet<string> = new Set(["number", "integer", "computed"]);

export interface FormNames {
  /** The path's label; `list` names the list whose item a column-relative path (`validFrom`) belongs to. */
  name(path: string, list?: string): Named;
  readonly lists: readonly ListChoice[];
  /** Numbers a comparison, sum or growth can read: number fields and computed values. */
  readonly numbers: readonly Named[];
  readonly texts: readonly Named[];
  readonly dates: readonly Named[];
  /** What a plain value may read instead: values of the same kind (any number for a number). */
  like(named: Named): readonly Named[];
}

function periodsOf(columns: readonly Named[]): Period[] {
  const dates = columns.filter((c) => c.kind === "date");
  const periods: Period[] = [];
  for (let i = 0; i < dates.length; i++) for (let j = i + 1; j < dates.length; j++) periods.push({ from: dates[i] as Named, until: dates[j] as Named });
  return periods;
}

const fieldName = (field: OutlineField, part: string): Named => ({
  path: field.path,
  label: field.label,
  kind: field.kind,
  part,
  ...(field.unit !== undefined ? { unit: field.unit } : {}),
  ...(field.choices ? { choices: field.choices.map((c) => c.value) } : {}),
});

export function formNames(outline: Outline): FormNames {
  const byPath = new Map<string, Named>();
  const lists = new Map<string, ListChoice>();
  const walk = (fields: readonly OutlineField[], part: string): void => {
    for (const field of fields) {
      byPath.set(field.path, fieldName(field, part));
      if (field.fields) walk(field.fields, part);
      if (field.kind === "list") {
        const columns = (field.columns ?? []).map((c) => fieldName(c, part));
        lists.set(field.path, { ...fieldName(field, part), columns, periods: periodsOf(columns) });
      }
    }
  };
  for (const part of outline.parts) {
    walk(part.fields, part.title);
    for (const computed of part.computed) {
      const path = `$computed.${computed.id}`;
      byPath.set(path, { path, label: computed.label, kind: "computed", part: part.title, ...(computed.unit !== undefined ? { unit: computed.unit } : {}) });
    }
  }
  const all = [...byPath.values()];
  return {
    name(path, list) {
      const column = list === undefined ? undefined : lists.get(list)?.columns.find((c) => c.path === path);
      return column ?? byPath.get(path) ?? { path, label: path, kind: "unknown" };
    },
    lists: [...lists.values()],
    numbers: all.filter((n) => NUMERIC.has(n.kind)),
    texts: all.filter((n) => n.kind === "text"),
    dates: all.filter((n) => n.kind === "date"),
    like: (named) => (NUMERIC.has(named.kind) ? all.filter((n) => NUMERIC.has(n.kind)) : all.filter((n) => n.kind === named.kind)),
  };
}

/** The names without one path among the choices (a computed value is never offered as a part of itself). */
export function withoutPath(names: FormNames, path: string): FormNames {
  const keep = (list: readonly Named[]): Named[] => list.filter((n) => n.path !== path);
  return { name: names.name, lists: names.lists, numbers: keep(names.numbers), texts: keep(names.texts), dates: keep(names.dates), like: (named) => keep(names.like(named)) };
}
