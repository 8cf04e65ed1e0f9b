/**
 * A part's data schema against itself and its layout: `required` names that no property defines
 * (a final submission could never satisfy them), and properties that no layout block shows
 * (nobody could fill them in).
 */
import { message } from "../locales/all.js";
import { formatPointer, parsePointer } from "../model/pointer.js";
import { forEachSubschema } from "../schema-walk.js";
import { isRecord } from "../model/record.js";
import type { DataSchema, LoadedPart } from "../types.js";
import type { CheckContext } from "./context.js";
import { pathOf } from "./context.js";

/** `required` entries that are not properties, in every object schema of a raw schema file. */
export function checkRequiredNames(context: CheckContext, file: string, schema: unknown): void {
  forEachSubschema(schema, (node, pointer) => {
    const properties = isRecord(node["properties"]) ? node["properties"] : undefined;
    const required = node["required"];
    if (!properties || !Array.isArray(required)) return;
    required.forEach((name: unknown, index) => {
      if (typeof name === "string" && !Object.hasOwn(properties, name)) {
        context.report("schema-required-unknown", file, `${pointer}/required/${index}`, message("requiredUnknown", { name }));
      }
    });
  });
}

/** Data pointers (relative to the part) that the layout lets people fill or see. */
function shownPointers(part: LoadedPart): string[] {
  const shown: string[] = [];
  for (const block of part.layout.blocks) {
    switch (block.widget) {
      case "fields":
        shown.push(...block.fields.map((f) => f.field));
        break;
      case "narrative":
        shown.push(block.field, ...(block.sharedLimit?.fields ?? []));
        break;
      case "signoff":
        shown.push(block.field);
        break;
      case "repeat":
        shown.push(...block.columns.map((c) => `${block.field}/0/${c.key}`));
        break;
      case "grid":
        for (const row of block.rows) shown.push(...block.columns.filter((c) => c.computed === undefined).map((c) => `${row.field}/${c.key}`));
        break;
      default:
        break;
    }
  }
  return shown;
}

/** Leaf fields of a dereferenced schema, as data pointers (array items as `/0`). */
function leafFields(schema: DataSchema, pointer: string, out: string[]): void {
  const properties = isRecord(schema.properties) ? schema.properties : undefined;
  if (properties && Object.keys(properties).length > 0) {
    for (const [name, sub] of Object.entries(properties)) {
      if (isRecord(sub)) leafFields(sub as DataSchema, pointer + formatPointer([name]), out);
    }
  } else if (isRecord(schema.items) && isRecord((schema.items as DataSchema).properties)) {
    leafFields(schema.items as DataSchema, `${pointer}/0`, out);
  } else {
    out.push(pointer);
  }
}

/** The pointer of a data field inside its schema file: `/a/0/b` → `/properties/a/items/properties/b`. */
function schemaPointer(dataPointer: string): string {
  return parsePointer(dataPointer)
    .map((segment) => (segment === "0" ? "/items" : `/properties${formatPointer([segment])}`))
    .join("");
}

/** A part's data is one object (`data.<part id>`), so its schema must describe an object. */
export function checkPartIsObject(context: CheckContext, part: LoadedPart): void {
  const file = pathOf(part.ref.schema);
  if (!part.schema || !context.valid.has(file)) return;
  const type = part.schema.type;
  if (type !== "object") context.report("schema-part-not-object", file, type === undefined ? "" : "/type", message("partNotObject", { part: part.ref.id }));
}

export function checkFieldsShown(context: CheckContext, part: LoadedPart): void {
  const file = pathOf(part.ref.schema);
  if (!part.schema || !context.valid.has(file) || !context.valid.has(pathOf(part.ref.layout))) return;
  const shown = shownPointers(part);
  const covered = (field: string): boolean => shown.some((p) => field === p || field.startsWith(`${p}/`));
  const leaves: string[] = [];
  leafFields(part.schema, "", leaves);
  for (const field of leaves) {
    if (field !== "" && !covered(field)) {
      context.report("schema-field-not-shown", file, schemaPointer(field), message("fieldNotShown", { field, part: part.ref.id }), "warning");
    }
  }
}
