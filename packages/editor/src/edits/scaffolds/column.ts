/**
 * A new column of a list: the row schema where it is written (the part's schema, or the shared
 * definition in defs.schema.json that the rows `$ref`), the column in the input block of every list
 * whose rows are that definition, and a stub case with one row that fills it in.
 */
import { isRecord, formatPointer, joinPointer, schemaAtPointer, type DataSchema, type FormPackage } from "@cluster-form/schema";
import { keyFromLabel, unique } from "../ids.js";
import { resolveRef } from "../schema-refs.js";
import { ChangeBuilder, valueAtPath } from "../text-edits.js";
import type { AddColumnArgs, FormTexts, ScaffoldResult } from "../types.js";
import { columnSchema, placeholder, schemaPath } from "./field-schema.js";
import { partFiles, refuse } from "./part.js";
import { addTestCase, dataAt } from "./tests.js";

/** Schemas are walked this deep for lists of shared rows. */
const MAX_DEPTH = 12;

interface RowsWritten {
  readonly file: string;
  readonly path: readonly string[];
  /** The `$ref` the rows are, when they are a shared definition. */
  readonly ref?: string;
}

/** Where the rows of the list at `pointer` are written. */
function rowsOf(builder: ChangeBuilder, schemaFile: string, pointer: string): RowsWritten | undefined {
  const path = [...schemaPath(pointer), "items"];
  const items = valueAtPath(builder.value(schemaFile), path);
  if (!isRecord(items)) return undefined;
  if (typeof items.$ref !== "string") return { file: schemaFile, path };
  const target = resolveRef(schemaFile, items.$ref);
  if (!target) return undefined;
  return { file: target.file, path: target.segments, ref: `${target.file}#${formatPointer(target.segments)}` };
}

/** Every list (part id, data pointer) whose rows are the shared definition `ref`. */
function listsOfRef(builder: ChangeBuilder, pkg: FormPackage, ref: string): { part: number; pointer: string }[] {
  const found: { part: number; pointer: string }[] = [];
  pkg.parts.forEach((part, index) => {
    const file = part.ref.schema;
    if (file === undefined) return;
    const walk = (node: unknown, pointer: string, depth: number): void => {
      if (!isRecord(node) || depth > MAX_DEPTH) return;
      const items = node.items;
      if (isRecord(items) && typeof items.$ref === "string") {
        const target = resolveRef(file, items.$ref);
        if (target && `${target.file}#${formatPointer(target.segments)}` === ref) found.push({ part: index, pointer });
      }
      if (isRecord(node.properties)) for (const [key, child] of Object.entries(node.properties)) walk(child, joinPointer(pointer, key), depth + 1);
    };
    walk(builder.value(file), "", 0);
  });
  return found;
}

export function addColumn(texts: FormTexts, pkg: FormPackage, args: AddColumnArgs): ScaffoldResult {
  const files = partFiles(pkg, args.part);
  const partId = files.part.ref.id;
  const builder = new ChangeBuilder(texts);
  const listSchema = schemaAtPointer(files.part.schema, args.list);
  const rowSchema = listSchema?.type === "array" && isRecord(listSchema.items) ? (listSchema.items as DataSchema) : undefined;
  const rows = rowsOf(builder, files.schema, args.list);
  if (!rowSchema || !isRecord(rowSchema.properties) || !rows) throw refuse(files.schema, args.list, (t) => t.noList(partId, args.list));
  const taken = Object.keys(rowSchema.properties);
  const key = args.column.id ?? unique(keyFromLabel(args.column.label), taken);
  if (taken.includes(key)) throw refuse(rows.file, formatPointer(rows.path), (t) => t.keyTaken(key));
  const schema = columnSchema(pkg, args.column);
  builder.set(rows.file, [...rows.path, "properties", key], schema);
  if (args.required) builder.insert(rows.file, [...rows.path, "required"], -1, key);

  // The column in the input block of this list, and of every list whose rows are the same definition.
  const lists = rows.ref ? listsOfRef(builder, pkg, rows.ref) : [{ part: files.index, pointer: args.list }];
  for (const list of lists) {
    const part = pkg.parts[list.part];
    if (!part) continue;
    part.layout.blocks.forEach((block, i) => {
      if (block.widget === "repeat" && block.field === list.pointer && !block.columns.some((c) => c.key === key)) {
        builder.insert(part.ref.layout, ["blocks", i, "columns"], -1, { key });
      }
    });
  }

  const row = { [key]: placeholder(schema as DataSchema, pkg.manifest.year) };
  const testFile = addTestCase(builder, pkg, partId, { name: args.testName, submission: { data: dataAt(partId, args.list, [row]) }, expect: { noFindings: true } });
  return { ...builder.result(), made: { column: `${args.list}/*/${key}`, testFile, lists: String(lists.length) } };
}

