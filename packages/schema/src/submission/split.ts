/**
 * A submission schema cut into pieces that validate on their own: the envelope, each part, and
 * each repeating table's row. In its parent's schema a piece is replaced by the piece keyword
 * (./piece-keyword.ts) naming it, whose code asks the composition (./compose.ts) for the piece's
 * errors on the value there and puts them where the piece's own errors belong, in the order Ajv
 * reports them; an incremental validator remembers them per row and part object and validates
 * again only what changed.
 *
 * A piece is cut out only where that cannot change what is reported: parts and rows reached
 * through `properties` alone, without references, identifiers or `unevaluated*` keywords, and rows
 * that are objects, in arrays without `prefixItems`.
 */
import { formatPointer, parsePointer, valueAt } from "../model/pointer.js";
import { forEachSubschema } from "../schema-walk.js";
import { isRecord } from "../model/record.js";
import type { FormPackage, SplitPlan } from "../types.js";
import { draftDerivable } from "./draft.js";
import { PIECE_KEYWORD } from "./piece-keyword.js";

/** Keywords under which a piece would not validate alone the way it does in place. */
const ENTANGLING = new Set(["$ref", "$dynamicRef", "$recursiveRef", "$id", "$anchor", "$dynamicAnchor", "unevaluatedProperties", "unevaluatedItems"]);

/** Whether any subschema of `schema` has one of `keywords`. */
function usesAny(schema: Record<string, unknown>, keywords: ReadonlySet<string>): boolean {
  let uses = false;
  forEachSubschema(schema, (node) => {
    for (const key of Object.keys(node)) if (keywords.has(key)) uses = true;
  });
  return uses;
}

const PIECE_KEYWORDS: ReadonlySet<string> = new Set([PIECE_KEYWORD]);

const holdsObjects = (items: Record<string, unknown>): boolean =>
  items["type"] === "object" || (Array.isArray(items["type"]) && items["type"].includes("object")) || isRecord(items["properties"]);

/** The row schemas (`items` of arrays of objects) reached from `schema` through `properties` only. */
function rowPointers(schema: unknown, pointer: string, found: string[]): void {
  if (!isRecord(schema)) return;
  const items = schema["items"];
  if (isRecord(items) && holdsObjects(items) && !Object.hasOwn(schema, "prefixItems")) found.push(`${pointer}/items`);
  const properties = schema["properties"];
  if (!isRecord(properties)) return;
  for (const [name, sub] of Object.entries(properties)) rowPointers(sub, pointer + formatPointer(["properties", name]), found);
}

/**
 * The pieces of the final submission schema of `pkg` (see ./schema.ts), or undefined when nothing
 * is worth cutting out, the form's draft cannot be derived from its final errors (./draft.ts), or
 * the form uses the piece keyword itself.
 */
export function splitPlan(pkg: FormPackage, finalSchema: Record<string, unknown>): SplitPlan | undefined {
  if (!draftDerivable(pkg) || usesAny(finalSchema, PIECE_KEYWORDS)) return undefined;
  const points: { at: string; parent: number }[] = [{ at: "", parent: -1 }];
  const data = finalSchema["properties"];
  const parts = isRecord(data) && isRecord(data["data"]) ? data["data"]["properties"] : undefined;
  if (!isRecord(parts)) return undefined;
  for (const [id, schema] of Object.entries(parts)) {
    if (!isRecord(schema) || usesAny(schema, ENTANGLING)) continue;
    const at = formatPointer(["properties", "data", "properties", id]);
    const part = points.push({ at, parent: 0 }) - 1;
    const rows: string[] = [];
    rowPointers(schema, "", rows);
    for (const row of rows) points.push({ at: at + row, parent: part });
  }
  return points.length > 1 ? { points } : undefined;
}

/** The schema of each piece of the plan, with each piece inside it replaced by the piece keyword naming it. */
export function splitSchemas(finalSchema: Record<string, unknown>, plan: SplitPlan): Record<string, unknown>[] {
  return plan.points.map((point, index) => {
    // The plan's pointers lead to subschemas it found, so each exists.
    const own = structuredClone(valueAt(finalSchema, parsePointer(point.at))) as Record<string, unknown>;
    plan.points.forEach((child, childIndex) => {
      if (child.parent !== index) return;
      const segments = parsePointer(child.at.slice(point.at.length));
      const key = segments.pop() as string;
      (valueAt(own, segments) as Record<string, unknown>)[key] = { [PIECE_KEYWORD]: childIndex };
    });
    return own;
  });
}
