/**
 * A new field in a part: its schema (after the field named, else last; required when asked), its
 * place on the page (in the fields block of its neighbours, else a block of its own before the
 * criteria), and a stub case that fills it in and expects no finding.
 */
import { isRecord, joinPointer, parentPointer, schemaAtPointer, type DataSchema, type FormPackage, type LayoutBlock } from "@cluster-form/schema";
import { keyFromLabel, unique } from "../ids.js";
import { ChangeBuilder, valueAtPath } from "../text-edits.js";
import type { AddFieldArgs, FormTexts, ScaffoldResult } from "../types.js";
import { columnSchema, placeholder, schemaPath } from "./field-schema.js";
import { arrayAt, partFiles, refuse } from "./part.js";
import { addTestCase, dataAt } from "./tests.js";

/** The fields block that shows the new field: the one named, the one showing `after`, else the first showing a sibling. */
function fieldsBlock(blocks: readonly LayoutBlock[], parent: string, block: string | undefined, afterPointer: string | undefined): number {
  return blocks.findIndex((b) => {
    if (b.widget !== "fields") return false;
    if (block !== undefined) return b.id === block;
    if (afterPointer !== undefined) return b.fields.some((f) => f.field === afterPointer);
    return b.fields.some((f) => parentPointer(f.field) === parent);
  });
}

export function addField(texts: FormTexts, pkg: FormPackage, args: AddFieldArgs): ScaffoldResult {
  const files = partFiles(pkg, args.part);
  const partId = files.part.ref.id;
  const parent = args.parent ?? "";
  const builder = new ChangeBuilder(texts);
  const parentPath = schemaPath(parent);
  const written = valueAtPath(builder.value(files.schema), parentPath);
  const parentSchema = schemaAtPointer(files.part.schema, parent);
  if (!isRecord(written) || !isRecord(parentSchema?.properties)) throw refuse(files.schema, parent, (t) => t.noObject(partId, parent || "/"));
  const taken = Object.keys(parentSchema.properties);
  const key = args.field.id ?? unique(keyFromLabel(args.field.label), taken);
  if (taken.includes(key)) throw refuse(files.schema, parent, (t) => t.keyTaken(key));
  const pointer = joinPointer(parent, key);
  const schema = columnSchema(pkg, args.field);
  builder.set(files.schema, [...parentPath, "properties", key], schema, args.after);
  if (args.required) {
    const required = arrayAt(written, "required");
    builder.insert(files.schema, [...parentPath, "required"], args.after && required.includes(args.after) ? required.indexOf(args.after) + 1 : -1, key);
  }

  const blocks = files.part.layout.blocks;
  const afterPointer = args.after === undefined ? undefined : joinPointer(parent, args.after);
  const blockIndex = fieldsBlock(blocks, parent, args.block, afterPointer);
  const block = blocks[blockIndex];
  if (block?.widget === "fields") {
    const at = afterPointer === undefined ? -1 : block.fields.findIndex((f) => f.field === afterPointer);
    builder.insert(files.layout, ["blocks", blockIndex, "fields"], at < 0 ? -1 : at + 1, { field: pointer });
  } else {
    const criteriaAt = blocks.findIndex((b) => b.widget === "criteria");
    builder.insert(files.layout, ["blocks"], criteriaAt, { widget: "fields", id: key, fields: [{ field: pointer }] });
  }

  const testFile = addTestCase(builder, pkg, partId, {
    name: args.testName,
    submission: { data: dataAt(partId, pointer, placeholder(schema as DataSchema, pkg.manifest.year)) },
    expect: { noFindings: true },
  });
  return { ...builder.result(), made: { field: pointer, testFile } };
}
