/** A part's layout against the manifest, the part's data schema and its rules. */
import { message } from "../locales/all.js";
import type { LayoutBlock, LoadedPart } from "../types.js";
import { lastSegment } from "../model/pointer.js";
import type { CheckContext } from "./context.js";
import { pathOf } from "./context.js";
import { fieldSchema, hasProperty, isArrayOfObjects, isObjectSchema, requireField } from "./fields.js";
import { idRegistry } from "./ids.js";
import { checkRoles } from "./manifest-refs.js";

export interface LayoutRefsInput {
  /** Every computed id defined by the form's rules. */
  readonly computedIds: ReadonlySet<string>;
  /** The manifest's part and score-column ids, made once per form: a summary block in each of 10,000 parts must not make them 10,000 times. */
  readonly partIds: ReadonlySet<string>;
  readonly scoreColumnIds: ReadonlySet<string>;
}

function checkBlock(context: CheckContext, part: LoadedPart, file: string, at: string, block: LayoutBlock, input: LayoutRefsInput): void {
  const field = (pointer: string, value: string): void => void requireField(context, "layout-unknown-field", part, file, pointer, value);
  checkRoles(context, file, `${at}/editableBy`, block.editableBy);
  switch (block.widget) {
    case "fields":
      block.fields.forEach((ref, i) => {
        field(`${at}/fields/${i}/field`, ref.field);
        checkRoles(context, file, `${at}/fields/${i}/editableBy`, ref.editableBy);
      });
      return;
    case "narrative":
      field(`${at}/field`, block.field);
      block.sharedLimit?.fields.forEach((shared, i) => field(`${at}/sharedLimit/fields/${i}`, shared));
      return;
    case "signoff":
      field(`${at}/field`, block.field);
      return;
    case "repeat": {
      const schema = requireField(context, "layout-unknown-field", part, file, `${at}/field`, block.field);
      if (!schema) return;
      if (!isArrayOfObjects(schema)) {
        context.report("repeat-not-array", file, `${at}/field`, message("fieldNotArray", { field: block.field }));
        return;
      }
      const row = fieldSchema(part, `${block.field}/0`);
      block.columns.forEach((column, i) => {
        if (!hasProperty(row, column.key)) {
          context.report("layout-unknown-column", file, `${at}/columns/${i}/key`, message("columnUnknown", { key: column.key, field: block.field }));
        }
      });
      return;
    }
    case "grid": {
      block.rows.forEach((row, r) => {
        const schema = requireField(context, "layout-unknown-field", part, file, `${at}/rows/${r}/field`, row.field);
        if (!schema) return;
        if (!isObjectSchema(schema)) {
          context.report("grid-row-not-object", file, `${at}/rows/${r}/field`, message("fieldNotObject", { field: row.field }));
          return;
        }
        block.columns.forEach((column, c) => {
          if (column.computed !== undefined) {
            const id = column.computed.replace(/\{row\}/g, lastSegment(row.field));
            if (!input.computedIds.has(id)) {
              context.report("layout-unknown-computed", file, `${at}/columns/${c}/computed`, message("computedUnknown", { id }));
            }
          } else if (!hasProperty(schema, column.key)) {
            context.report("layout-unknown-column", file, `${at}/columns/${c}/key`, message("columnUnknown", { key: column.key, field: row.field }));
          }
        });
      });
      return;
    }
    case "criteria": {
      if (!part.rules) {
        context.report("criteria-without-rules", file, `${at}/widget`, message("criteriaWithoutRules", { part: part.ref.id }));
        return;
      }
      if (!context.valid.has(pathOf(part.ref.rules))) return;
      const defined = new Set((part.rules.criteria ?? []).map((c) => c.id));
      block.criteria?.forEach((id, i) => {
        if (!defined.has(id)) context.report("criteria-unknown", file, `${at}/criteria/${i}`, message("criterionUnknown", { id, part: part.ref.id }));
      });
      return;
    }
    case "scoreSummary": {
      const { partIds: parts, scoreColumnIds: columns } = input;
      block.columns.forEach((column, i) => {
        if (!parts.has(column.part)) context.report("summary-unknown-part", file, `${at}/columns/${i}/part`, message("partUnknown", { id: column.part }));
      });
      block.rows.forEach((row, i) => {
        if (!columns.has(row.scoreColumn)) {
          context.report("unknown-score-column", file, `${at}/rows/${i}/scoreColumn`, message("scoreColumnUnknown", { id: row.scoreColumn }));
        }
      });
      return;
    }
    case "text":
      return;
  }
}

export function checkLayoutRefs(context: CheckContext, part: LoadedPart, input: LayoutRefsInput): void {
  const file = pathOf(part.ref.layout);
  if (!context.valid.has(file)) return;
  const { layout } = part;
  if (layout.part !== part.ref.id) {
    context.report("part-mismatch", file, "/part", message("partMismatch", { found: layout.part, expected: part.ref.id }));
  }
  const blockIds = idRegistry(context, "block");
  layout.blocks.forEach((block, i) => {
    if (block.id !== undefined) blockIds.add(block.id, file, `/blocks/${i}/id`);
    checkBlock(context, part, file, `/blocks/${i}`, block, input);
  });
}
