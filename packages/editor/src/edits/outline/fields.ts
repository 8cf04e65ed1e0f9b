/**
 * A part's fields for the outline: the loaded schema (shared `$ref`s inlined) says what each field
 * is; the raw files say where it is written, so that an edit of a label goes to the file and pointer
 * that hold it (a shared definition in defs.schema.json, or a title beside the `$ref` in the part).
 */
import { isRecord, formatPointer, joinPointer, parseJson, type DataSchema, type FormPackage } from "@cluster-form/schema";
import { resolveRef } from "../schema-refs.js";
import type { OutlineField, Site } from "../types.js";
import { readField } from "./field-facts.js";

/** Form schemas are shallow; a deeper one is shown this far. */
const MAX_DEPTH = 12;

/** Where a schema node is written: the file, the pointer, and its raw value there. */
interface Written {
  readonly file: string;
  readonly segments: readonly (string | number)[];
  readonly raw: unknown;
}

function rawValue(pkg: FormPackage, file: string): unknown {
  const source = pkg.sources.get(file);
  return source ? parseJson(file, source.text).value : undefined;
}

function valueAtSegments(root: unknown, segments: readonly string[]): unknown {
  let node = root;
  for (const segment of segments) {
    if (!isRecord(node) || !Object.hasOwn(node, segment)) return undefined;
    node = node[segment];
  }
  return node;
}

/** A `$ref` to a shared file followed to the node it names. */
function followRef(pkg: FormPackage, from: string, ref: string): Written | undefined {
  const target = resolveRef(from, ref);
  const raw = target ? valueAtSegments(rawValue(pkg, target.file), target.segments) : undefined;
  return target && raw !== undefined ? { file: target.file, segments: target.segments, raw } : undefined;
}

const siteOf = (written: Written): Site => ({ file: written.file, pointer: formatPointer(written.segments) });

/** Refs are followed this many times at most (a ref to a ref …). */
const MAX_REFS = 8;

/** Where a field's title is written: the node itself, or the definition its `$ref` names when it has none of its own. */
function titleHolder(pkg: FormPackage, written: Written): Written {
  let node = written;
  for (let n = 0; n < MAX_REFS && isRecord(node.raw) && node.raw.title === undefined && typeof node.raw.$ref === "string"; n++) {
    const next = followRef(pkg, node.file, node.raw.$ref);
    if (!next) break;
    node = next;
  }
  return node;
}

/** The written node of a child (`properties/key` or `items`), following a `$ref` of the parent when the child is not beside it. */
function child(pkg: FormPackage, parent: Written, ...keys: (string | number)[]): Written | undefined {
  const direct = valueAtSegments(parent.raw, keys.map(String));
  if (direct !== undefined) return { file: parent.file, segments: [...parent.segments, ...keys], raw: direct };
  const ref = isRecord(parent.raw) && typeof parent.raw.$ref === "string" ? followRef(pkg, parent.file, parent.raw.$ref) : undefined;
  return ref ? child(pkg, ref, ...keys) : undefined;
}

interface Place {
  readonly pointer: string;
  readonly path: string;
}

function outlineField(pkg: FormPackage, key: string, schema: DataSchema, written: Written | undefined, place: Place, depth: number): OutlineField {
  const facts = readField(schema);
  const site = written ? siteOf(titleHolder(pkg, written)) : { file: "", pointer: "" };
  const base = {
    pointer: place.pointer,
    path: place.path,
    key,
    label: facts.title ?? key,
    kind: facts.kind,
    site,
    ...(facts.unit === undefined ? {} : { unit: facts.unit }),
    ...(facts.choices.length > 0 ? { choices: facts.choices } : {}),
  };
  if (depth >= MAX_DEPTH) return base;
  if (facts.kind === "group") {
    return { ...base, fields: fieldsOf(pkg, schema, written, place, depth + 1) };
  }
  if (facts.kind === "list" && isRecord(schema.items)) {
    const items = schema.items as DataSchema;
    const itemsWritten = written ? child(pkg, written, "items") : undefined;
    // Columns are read by rules relative to the item (`{"var": "name"}` inside a filter).
    return { ...base, columns: fieldsOf(pkg, items, itemsWritten, { pointer: "", path: "" }, depth + 1) };
  }
  return base;
}

function fieldsOf(pkg: FormPackage, schema: DataSchema, written: Written | undefined, place: Place, depth: number): OutlineField[] {
  const properties = isRecord(schema.properties) ? schema.properties : {};
  return Object.entries(properties).flatMap(([key, value]) => {
    if (!isRecord(value)) return [];
    const childWritten = written ? child(pkg, written, "properties", key) : undefined;
    const childPlace = { pointer: joinPointer(place.pointer, key), path: place.path === "" ? key : `${place.path}.${key}` };
    return [outlineField(pkg, key, value as DataSchema, childWritten, childPlace, depth)];
  });
}

/** The fields of a part in its schema's order, each with the path rules read it by (`table5.cncRate`). */
export function partFields(pkg: FormPackage, partIndex: number): OutlineField[] {
  const part = pkg.parts[partIndex];
  if (!part?.schema || part.ref.schema === undefined) return [];
  const file = part.ref.schema;
  return fieldsOf(pkg, part.schema, { file, segments: [], raw: rawValue(pkg, file) }, { pointer: "", path: part.ref.id }, 0);
}
