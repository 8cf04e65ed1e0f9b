/** The fields of a part data schema, flattened to pointers; a column of a repeating table gets `*` for the row index. */
import { isObject, ownValue, type JsonObject } from "../form-json/json.js";
import { schemaChoices, schemaItems, schemaTitle } from "../form-json/schema-nav.js";
import type { FormChange } from "./types.js";

export interface FieldInfo {
  readonly label: string;
  readonly type: string;
  readonly unit: string | null;
  readonly choices: readonly unknown[] | undefined;
}

const MAX_DEPTH = 12;

function typeText(schema: JsonObject): string {
  const type = ownValue(schema, "type");
  if (typeof type === "string") return type;
  if (Array.isArray(type)) return type.filter((t) => t !== "null").join("|");
  return schemaChoices(schema) ? "choice" : "";
}

export function flattenFields(schema: unknown): Map<string, FieldInfo> {
  const fields = new Map<string, FieldInfo>();
  const walk = (node: JsonObject, pointer: string, depth: number): void => {
    if (depth > MAX_DEPTH) return;
    const properties = ownValue(node, "properties");
    if (isObject(properties)) {
      for (const [name, child] of Object.entries(properties)) {
        if (!isObject(child)) continue;
        const childPointer = `${pointer}/${name.replace(/~/g, "~0").replace(/\//g, "~1")}`;
        const unit = ownValue(child, "unit");
        fields.set(childPointer, {
          label: schemaTitle(child) ?? name,
          type: typeText(child),
          unit: typeof unit === "string" ? unit : null,
          choices: schemaChoices(child),
        });
        walk(child, childPointer, depth + 1);
      }
    }
    const items = schemaItems(node);
    if (items) walk(items, `${pointer}/*`, depth + 1);
  };
  if (isObject(schema)) walk(schema, "", 0);
  return fields;
}

const key = (value: unknown): string => JSON.stringify(value) ?? "";

/** The direct columns of the list at `pointer` (its row fields, one level down). */
function columnsOf(fields: ReadonlyMap<string, FieldInfo>, pointer: string): string[] {
  const prefix = `${pointer}/*/`;
  return [...fields].filter(([p]) => p.startsWith(prefix) && !p.slice(prefix.length).includes("/")).map(([, f]) => f.label);
}

/** The label of the list a column belongs to (the field above the row marker). */
function listOf(fields: ReadonlyMap<string, FieldInfo>, pointer: string): string | undefined {
  const at = pointer.lastIndexOf("/*/");
  return at < 0 ? undefined : fields.get(pointer.slice(0, at))?.label;
}

/** Added or removed fields; a whole new (or dropped) list is one change naming its columns. */
function diffPresence(part: string, from: ReadonlyMap<string, FieldInfo>, to: ReadonlyMap<string, FieldInfo>, kind: "added" | "removed", out: FormChange[]): void {
  const wholeLists: string[] = [];
  for (const [pointer, field] of to) {
    if (from.has(pointer) || wholeLists.some((list) => pointer.startsWith(`${list}/`))) continue;
    const columns = columnsOf(to, pointer);
    if (field.type === "array" && columns.length > 0) {
      wholeLists.push(pointer);
      out.push({ kind: kind === "added" ? "list.added" : "list.removed", part, pointer, label: field.label, columns });
      continue;
    }
    const list = listOf(to, pointer);
    out.push({ kind: kind === "added" ? "field.added" : "field.removed", part, pointer, label: field.label, ...(list ? { list } : {}) });
  }
}

export function diffFields(part: string, before: unknown, after: unknown, out: FormChange[]): void {
  const old = flattenFields(before);
  const next = flattenFields(after);
  diffPresence(part, old, next, "added", out);
  for (const [pointer, field] of next) {
    const previous = old.get(pointer);
    if (!previous) continue;
    if (previous.label !== field.label) out.push({ kind: "field.label", part, pointer, from: previous.label, to: field.label });
    if (previous.unit !== field.unit) out.push({ kind: "field.unit", part, pointer, label: field.label, from: previous.unit, to: field.unit });
    if (previous.type !== field.type) out.push({ kind: "field.type", part, pointer, label: field.label, from: previous.type, to: field.type });
    if (previous.choices || field.choices) {
      const was = new Set((previous.choices ?? []).map(key));
      const now = new Set((field.choices ?? []).map(key));
      const added = (field.choices ?? []).filter((c) => !was.has(key(c)));
      const removed = (previous.choices ?? []).filter((c) => !now.has(key(c)));
      if (added.length > 0 || removed.length > 0) out.push({ kind: "field.choices", part, pointer, label: field.label, added, removed });
    }
  }
  diffPresence(part, next, old, "removed", out);
}
