/**
 * One form model: on both real forms, every consumer — the element's inputs, the Excel sheets
 * (cells, drop-downs, field labels), lint's schema navigation and the model itself — sees the same
 * choices, titles and kinds for every field, and the element's per-block edit rule, the model's canEdit and checkEdits agree on
 * every field for every role.
 */
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import {
  canEdit,
  checkEdits,
  fieldChoices,
  fieldEditors,
  fieldKind,
  fieldTitle,
  fieldUnit,
  formatPointer,
  joinPointer,
  lastSegment,
  parsePointer,
  schemaAt,
  setValueAt,
  type DataSchema,
  type FormPackage,
  type LayoutBlock,
} from "@cluster-form/schema";
import { loadFormFolder } from "../packages/schema/src/node.js";
import { schemaChild, schemaChoices, schemaTitle, schemaTypes } from "../packages/rules/src/form-json/schema-nav.js";
import { fromCell, toCell } from "../packages/excel/src/cells.js";
import { dropDownOf } from "../packages/excel/src/drop-downs.js";
import { sheetWords } from "../packages/excel/src/messages.js";
import { planPart, type PartPlan } from "../packages/excel/src/part-plan.js";
import { choicesFor } from "../packages/renderer/src/controls/choice-input.js";
import type { ControlModel } from "../packages/renderer/src/controls/types.js";
import { messagesFor } from "../packages/renderer/src/locales/index.js";
import { valueKind } from "../packages/renderer/src/state/coerce.js";

const FORMS = ["2020-handbook", "2021-application"] as const;

interface Field {
  readonly part: string;
  /** Segments inside the part's data; an array's rows are read at index 0. */
  readonly path: readonly string[];
  readonly schema: DataSchema;
}

/** Every field of a part's data schema: its properties, and the items of its lists, all the way down. */
function fieldsOf(part: string, schema: DataSchema | undefined, path: readonly string[] = []): Field[] {
  if (!schema) return [];
  const here = path.length > 0 ? [{ part, path, schema }] : [];
  const properties = Object.entries((schema.properties ?? {}) as Record<string, DataSchema>).flatMap(([name, sub]) => fieldsOf(part, sub, [...path, name]));
  const items = typeof schema.items === "object" && !Array.isArray(schema.items) ? fieldsOf(part, schema.items as DataSchema, [...path, "0"]) : [];
  return [...here, ...properties, ...items];
}

/** The schema lint finds by walking the part schema as a rule's `var` does. */
function lintSchemaAt(partSchema: DataSchema, path: readonly string[]): Record<string, unknown> | undefined {
  let node: Record<string, unknown> = partSchema as Record<string, unknown>;
  for (const segment of path) {
    const child = schemaChild(node, segment);
    if (child.kind !== "found") return undefined;
    node = child.schema;
  }
  return node;
}

/** The element's reading of a field's kind, in the model's words where they compare. */
const elementKind = { integer: "integer", number: "number", boolean: "boolean", string: "string", other: "other" } as const;

function layoutFields(form: FormPackage): { part: string; pointer: string; block: LayoutBlock; editors: readonly string[] }[] {
  return form.parts.flatMap((part) =>
    part.layout.blocks.flatMap((block) => {
      const base = formatPointer(["data", part.ref.id]);
      const fields =
        block.widget === "fields"
          ? block.fields.map((ref) => ({ field: ref.field, editors: fieldEditors(part.ref, block, ref) }))
          : block.widget === "narrative" || block.widget === "signoff" || block.widget === "repeat"
            ? [{ field: block.field, editors: fieldEditors(part.ref, block) }]
            : block.widget === "grid"
              ? block.rows.flatMap((row) => block.columns.map((column) => ({ field: joinPointer(row.field, column.key), editors: fieldEditors(part.ref, block) })))
              : [];
      return fields.map(({ field, editors }) => ({ part: part.ref.id, pointer: base + field, block, editors }));
    }),
  );
}

const loaded = await Promise.all(FORMS.map(async (name) => ({ name, form: await loadFormFolder(fileURLToPath(new URL(`../forms/${name}/`, import.meta.url))) })));

for (const { name, form } of loaded) {
  describe(`forms/${name}: every consumer reads a field as the model does`, () => {
    const fields = form.parts.flatMap((part) => fieldsOf(part.ref.id, part.schema));
    const msg = messagesFor("zh-CN");
    const words = sheetWords("zh-CN");

    test("the form has fields, choice fields among them", () => {
      expect(fields.length).toBeGreaterThan(20);
      expect(fields.filter((f) => fieldChoices(f.schema).length > 0).length).toBeGreaterThan(0);
    });

    test("choices: the element's inputs, the Excel drop-downs and lint's checks list the model's values and labels", () => {
      for (const field of fields) {
        const where = `${field.part}/${field.path.join("/")}`;
        const model = fieldChoices(field.schema);
        const partSchema = form.parts.find((p) => p.ref.id === field.part)?.schema as DataSchema;
        const lint = lintSchemaAt(partSchema, field.path);
        expect(lint, where).toBeDefined();
        expect(schemaChoices(lint ?? {}) ?? [], where).toEqual(model.map((c) => c.value));
        // Excel writes a choice as its label, reads the label back as the value, and offers the labels in its drop-down.
        for (const choice of model) {
          expect(toCell(choice.value, field.schema, words).value, where).toBe(choice.label);
          expect(fromCell(choice.label, field.schema, words), where).toEqual({ kind: "value", value: choice.value });
        }
        const list = dropDownOf(field.schema, words)?.formulae?.[0];
        if (model.length > 0 && list !== undefined) expect(list, where).toBe(`"${model.map((c) => c.label).join(",")}"`);
        if (model.length > 0) expect(choicesFor({ schema: field.schema, msg } as ControlModel), where).toEqual(model);
      }
    });

    test("titles and units: lint reads the model's title of every field, and every Excel sheet labels a field as the layout or the model names it", () => {
      for (const field of fields) {
        const where = `${field.part}/${field.path.join("/")}`;
        const partSchema = form.parts.find((p) => p.ref.id === field.part)?.schema as DataSchema;
        expect(schemaTitle(lintSchemaAt(partSchema, field.path) ?? {}), where).toBe(fieldTitle(field.schema));
      }
      let labelled = 0;
      for (const part of form.parts) {
        const plan: PartPlan = planPart(part, words);
        const refs = new Map(part.layout.blocks.flatMap((block) => (block.widget === "fields" ? block.fields.map((ref) => [ref.field, ref.label] as const) : [])));
        for (const section of plan.sections) {
          if (section.kind !== "fields") continue;
          for (const planned of section.fields) {
            if (!refs.has(planned.pointer)) continue;
            const schema = schemaAt(part.schema, parsePointer(planned.pointer));
            expect(planned.label, `${part.ref.id}${planned.pointer}`).toBe(refs.get(planned.pointer) ?? fieldTitle(schema) ?? lastSegment(planned.pointer));
            expect(planned.unit, `${part.ref.id}${planned.pointer}`).toBe(fieldUnit(schema));
            labelled++;
          }
        }
      }
      expect(labelled).toBeGreaterThan(5);
    });

    test("kinds: the element reads typed text, Excel writes cells and lint checks operands as the model's kind says", () => {
      for (const field of fields) {
        const where = `${field.part}/${field.path.join("/")}`;
        const kind = fieldKind(field.schema);
        // Excel writes a number as a number and a date as the date text the model's kind asks for.
        if (kind === "number" || kind === "integer") expect(toCell(3, field.schema, words).value, where).toBe(3);
        if (kind === "date") expect(fromCell(new Date(Date.UTC(2020, 4, 1)), field.schema, words), where).toEqual({ kind: "value", value: "2020-05-01" });
        const element = elementKind[valueKind(field.schema)];
        if (kind === "integer" || kind === "number" || kind === "boolean") expect(element, where).toBe(kind);
        if (kind === "string" || kind === "date") expect(element, where).toBe("string");
        const lintTypes = [...(schemaTypes(field.schema as Record<string, unknown>) ?? [])];
        if (kind === "integer" || kind === "number") expect(lintTypes, where).toContain("number");
        if (kind === "string" || kind === "date") expect(lintTypes, where).toContain("string");
      }
    });
  });

  describe(`forms/${name}: every consumer sees the same edit rights`, () => {
    const roles = form.manifest.roles.map((role) => role.id);
    const drawn = layoutFields(form);

    test("the element's per-block rule, canEdit and checkEdits agree on every drawn field for every role", () => {
      expect(drawn.length).toBeGreaterThan(10);
      for (const { pointer, editors } of drawn) {
        const changed = setValueAt({}, parsePointer(pointer), "某值");
        for (const role of roles) {
          const where = `${role} ${pointer}`;
          const may = editors.includes(role);
          expect(canEdit(form, role, pointer), where).toBe(may);
          const violations = checkEdits(form, role, {}, changed);
          expect(violations.length === 0, where).toBe(may);
          for (const v of violations) expect(canEdit(form, role, v.pointer), where).toBe(false);
        }
      }
    });

    test("score columns: the criteria table, canEdit and checkEdits agree for every criterion, column and role", () => {
      const criteria = form.parts.flatMap((part) => part.rules?.criteria ?? []);
      for (const def of criteria) {
        for (const column of form.manifest.scoreColumns) {
          for (const role of roles) {
            const pointer = formatPointer(["scores", def.id, column.id]);
            const may = column.editableBy.includes(role);
            expect(canEdit(form, role, pointer), `${role} ${pointer}`).toBe(may);
            expect(checkEdits(form, role, {}, { scores: { [def.id]: { [column.id]: 1 } } }).length === 0, `${role} ${pointer}`).toBe(may);
          }
        }
      }
    });
  });
}
