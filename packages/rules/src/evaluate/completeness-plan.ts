/**
 * The walk of a part's data schema that completeness needs, prepared once: which properties
 * are required, their labels, and where rows (arrays of objects) are.
 */
import { isRecord, formatPointer, type DataSchema } from "@cluster-form/schema";
import { joinLabel } from "./join-label.js";

export type CompletenessPlan = ObjectPlan;

export interface ObjectPlan {
  readonly kind: "object";
  /** The properties completeness looks at: required ones, and objects and lists that may hold some (a field neither required nor holding fields never counts). */
  readonly properties: readonly PropertyPlan[];
}

export interface ArrayPlan {
  readonly kind: "array";
  /** The plan of each row, when rows are objects. */
  readonly rows: ObjectPlan | undefined;
}

export interface LeafPlan {
  readonly kind: "leaf";
}

export interface PropertyPlan {
  readonly key: string;
  /** `/key`, escaped as a JSON pointer segment. */
  readonly segment: string;
  readonly required: boolean;
  /** The label of the field, joined with its parent's where the field's own title is bare. */
  readonly label: string;
  readonly title: string;
  readonly node: ObjectPlan | ArrayPlan | LeafPlan;
}


const typeIs = (schema: DataSchema, type: string): boolean =>
  schema.type === type || (Array.isArray(schema.type) && (schema.type as readonly string[]).includes(type));

function nodePlan(schema: DataSchema, title: string, depth: number): ObjectPlan | ArrayPlan | LeafPlan {
  // Form schemas are dereferenced and do not recurse; the depth guard only protects against a broken package.
  if (depth > 32) return { kind: "leaf" };
  if (isRecord(schema.properties) || typeIs(schema, "object")) return objectPlan(schema, title, depth);
  if (typeIs(schema, "array") || isRecord(schema.items)) {
    const items = isRecord(schema.items) ? (schema.items as DataSchema) : undefined;
    return { kind: "array", rows: items && (isRecord(items.properties) || typeIs(items, "object")) ? objectPlan(items, undefined, depth + 1) : undefined };
  }
  return { kind: "leaf" };
}

/** `parentTitle` is the title of the object itself (undefined for a part or a row). */
export function objectPlan(schema: DataSchema, parentTitle: string | undefined, depth = 0): ObjectPlan {
  const required = new Set(Array.isArray(schema.required) ? schema.required : []);
  const properties: PropertyPlan[] = [];
  const props = isRecord(schema.properties) ? schema.properties : {};
  for (const key of Object.keys(props)) {
    const child = props[key];
    if (!isRecord(child)) continue;
    const title = typeof child.title === "string" ? child.title : key;
    const node = nodePlan(child as DataSchema, title, depth + 1);
    if (!required.has(key) && node.kind === "leaf") continue;
    properties.push({ key, segment: formatPointer([key]), required: required.has(key), title, label: joinLabel(parentTitle, title), node });
  }
  return { kind: "object", properties };
}
