/**
 * How a part's data is laid out in its worksheet, derived from the part's layout and schema:
 * label–value rows for fields, grids as on paper, repeating tables as rows. Export writes by
 * this plan and import reads by it, so the two cannot drift apart.
 */
import type { DataSchema, LayoutBlock, LoadedPart } from "@cluster-form/schema";
import { formatPointer, parsePointer, schemaAt } from "@cluster-form/schema/pointer";
import { kindOf, propertiesOf, itemsOf, titleOf, unitOf } from "./field-schema.js";
import type { SheetWords } from "./messages.js";

export interface PlannedField {
  /** Pointer relative to the part's data. */
  readonly pointer: string;
  readonly label: string;
  readonly unit?: string;
  readonly schema?: DataSchema;
}

export interface PlannedColumn {
  readonly key: string;
  readonly label: string;
  readonly unit?: string;
  readonly schema?: DataSchema;
  /** A read-only computed value shown in a grid column: not data, never imported. */
  readonly computed?: string;
}

export interface PlannedGridRow {
  readonly pointer: string;
  readonly label: string;
  readonly unit?: string;
}

export type Section =
  | { readonly kind: "heading"; readonly text: string }
  /** A note printed with the table on paper (表2's 备注): written into the sheet, never read back. */
  | { readonly kind: "note"; readonly text: string }
  | { readonly kind: "fields"; readonly title?: string; readonly fields: readonly PlannedField[]; readonly long: boolean }
  | {
      readonly kind: "grid";
      readonly id: string;
      readonly title?: string;
      readonly corner: string;
      readonly columns: readonly PlannedColumn[];
      readonly rows: readonly PlannedGridRow[];
    }
  | {
      readonly kind: "repeat";
      readonly title?: string;
      readonly pointer: string;
      readonly numbered: boolean;
      readonly columns: readonly PlannedColumn[];
      readonly maxItems?: number;
    };

export interface PartPlan {
  readonly part: LoadedPart;
  readonly sections: readonly Section[];
  /** Pointers of the values a cell holds whole (fields and grid cells). */
  readonly leaves: ReadonlyMap<string, DataSchema | undefined>;
  /** Pointers of repeating tables and the row keys their columns hold, with their schemas. */
  readonly tables: ReadonlyMap<string, ReadonlyMap<string, DataSchema | undefined>>;
}

function fieldSchema(part: LoadedPart, pointer: string): DataSchema | undefined {
  try {
    return schemaAt(part.schema, parsePointer(pointer));
  } catch {
    return undefined;
  }
}

function lastSegment(pointer: string): string {
  try {
    return parsePointer(pointer).at(-1) ?? pointer;
  } catch {
    return pointer;
  }
}

/** An object field with named properties becomes one row per property, recursively. */
function expandField(pointer: string, label: string, schema: DataSchema | undefined, words: SheetWords, out: PlannedField[]): void {
  const properties = kindOf(schema) === "object" && schema?.type === "object" ? propertiesOf(schema) : [];
  if (properties.length === 0) {
    const unit = unitOf(schema);
    out.push({ pointer, label, ...(unit ? { unit } : {}), ...(schema ? { schema } : {}) });
    return;
  }
  for (const [key, child] of properties) {
    expandField(pointer + formatPointer([key]), words.nested(label, titleOf(child, key)), child, words, out);
  }
}

function fieldsOf(part: LoadedPart, refs: readonly { field: string; label?: string }[], words: SheetWords): PlannedField[] {
  const out: PlannedField[] = [];
  for (const ref of refs) {
    const schema = fieldSchema(part, ref.field);
    expandField(ref.field, ref.label ?? titleOf(schema, lastSegment(ref.field)), schema, words, out);
  }
  return out;
}

function column(key: string, label: string | undefined, schema: DataSchema | undefined): PlannedColumn {
  const unit = unitOf(schema);
  return { key, label: label ?? titleOf(schema, key), ...(unit ? { unit } : {}), ...(schema ? { schema } : {}) };
}

/** Units go where the paper puts them: in a column header when the whole column shares one, else in the row header. */
function gridSection(part: LoadedPart, block: Extract<LayoutBlock, { widget: "grid" }>, index: number): Section {
  const cellUnit = (row: string, key: string): string | undefined => unitOf(fieldSchema(part, `${row}/${key}`));
  const columnUnits = block.columns.map((c) => {
    if (c.computed) return undefined;
    const units = new Set(block.rows.map((r) => cellUnit(r.field, c.key)));
    const [only] = [...units];
    return units.size === 1 && only ? only : undefined;
  });
  const columns = block.columns.map((c, i) => {
    const firstRow = block.rows[0];
    const schema = firstRow ? fieldSchema(part, `${firstRow.field}/${c.key}`) : undefined;
    const unit = columnUnits[i];
    return {
      key: c.key,
      label: c.label ?? titleOf(schema, c.key),
      ...(unit ? { unit } : {}),
      ...(c.computed ? { computed: c.computed } : {}),
    };
  });
  const rows = block.rows.map((r) => {
    const rowSchema = fieldSchema(part, r.field);
    const units = new Set(
      block.columns.filter((c, i) => !c.computed && columns[i]?.unit === undefined).map((c) => cellUnit(r.field, c.key)).filter((u) => u !== undefined),
    );
    const unit = unitOf(rowSchema) ?? (units.size === 1 ? [...units][0] : undefined);
    return { pointer: r.field, label: r.label ?? titleOf(rowSchema, lastSegment(r.field)), ...(unit ? { unit } : {}) };
  });
  return { kind: "grid", id: block.id ?? String(index), ...(block.title ? { title: block.title } : {}), corner: block.corner ?? "", columns, rows };
}

function repeatSection(part: LoadedPart, block: Extract<LayoutBlock, { widget: "repeat" }>): Section {
  const arraySchema = fieldSchema(part, block.field);
  const items = itemsOf(arraySchema);
  const columns = block.columns.map((c) => column(c.key, c.label, schemaAt(items, [c.key])));
  const maxItems = typeof arraySchema?.maxItems === "number" ? arraySchema.maxItems : undefined;
  return {
    kind: "repeat",
    ...(block.title ? { title: block.title } : {}),
    pointer: block.field,
    numbered: block.numbered ?? false,
    columns,
    ...(maxItems !== undefined ? { maxItems } : {}),
  };
}

function sectionOf(part: LoadedPart, block: LayoutBlock, index: number, words: SheetWords): Section | undefined {
  const title = block.title ? { title: block.title } : {};
  switch (block.widget) {
    case "text":
      if (block.style === "heading") return { kind: "heading", text: block.text };
      return block.style === "note" ? { kind: "note", text: block.text } : undefined;
    case "fields":
      return { kind: "fields", ...title, fields: fieldsOf(part, block.fields, words), long: false };
    case "narrative": {
      const refs = block.sharedLimit ? block.sharedLimit.fields.map((field) => (field === block.field ? block : { field })) : [block];
      return { kind: "fields", ...title, fields: fieldsOf(part, refs, words), long: true };
    }
    case "signoff":
      return { kind: "fields", ...title, fields: fieldsOf(part, [{ field: block.field, label: block.label ?? block.title ?? titleOf(fieldSchema(part, block.field), lastSegment(block.field)) }], words), long: false };
    case "grid":
      return gridSection(part, block, index);
    case "repeat":
      return repeatSection(part, block);
    default:
      // Criteria and score summaries are the scores sheet's business.
      return undefined;
  }
}

export function planPart(part: LoadedPart, words: SheetWords): PartPlan {
  const sections: Section[] = [];
  const leaves = new Map<string, DataSchema | undefined>();
  const tables = new Map<string, Map<string, DataSchema | undefined>>();
  part.layout.blocks.forEach((block, index) => {
    const section = sectionOf(part, block, index, words);
    if (!section) return;
    if (section.kind === "fields") {
      const fresh = section.fields.filter((f) => !leaves.has(f.pointer));
      if (fresh.length === 0) return;
      fresh.forEach((f) => leaves.set(f.pointer, f.schema));
      sections.push({ ...section, fields: fresh });
      return;
    }
    if (section.kind === "grid") {
      for (const row of section.rows) {
        for (const c of section.columns) if (!c.computed) leaves.set(`${row.pointer}/${c.key}`, fieldSchema(part, `${row.pointer}/${c.key}`));
      }
    }
    if (section.kind === "repeat") {
      if (tables.has(section.pointer)) return;
      tables.set(section.pointer, new Map(section.columns.map((c) => [c.key, c.schema])));
    }
    sections.push(section);
  });
  return { part, sections, leaves, tables };
}

/** True when the plan has a place for any data at all. */
export function planHoldsData(plan: PartPlan): boolean {
  return plan.leaves.size > 0 || plan.tables.size > 0;
}
