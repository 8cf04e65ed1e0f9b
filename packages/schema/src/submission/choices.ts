/**
 * A choice field's `oneOf` of `const` branches, guarded for validation. With `allErrors`, Ajv tries
 * every branch and makes an error object for each one the value does not match, dropped again once
 * one matches: a valid choice among six costs five error objects. Guarded by `if: { enum }`, the
 * branches run only for a value outside the list, and report what they reported before: the same
 * `oneOf` error at the same value, after its branches' errors, which findings leave out, as they
 * leave out the `if` error Ajv adds (./findings.ts). Guarded only where nothing else on the node could
 * come between them in Ajv's order of keywords, and where the consts are distinct scalars, so that a
 * value in the list matches exactly one branch.
 */
import { mapSchema } from "../schema-walk.js";
import { ANNOTATION_KEYWORDS } from "./annotations.js";

/** Keywords a choice's node may have besides `oneOf`: each checks the value's type, or says nothing. */
const NODE_KEYWORDS: ReadonlySet<string> = new Set(["oneOf", "type", "maxLength", "minLength", "pattern", "format", "title", "description", "$comment", "default", "examples", ...ANNOTATION_KEYWORDS]);
const BRANCH_KEYWORDS: ReadonlySet<string> = new Set(["const", "title", "description", "$comment", ...ANNOTATION_KEYWORDS]);

const isScalar = (value: unknown): value is string | number | boolean | null =>
  value === null || typeof value === "string" || typeof value === "boolean" || (typeof value === "number" && Number.isFinite(value));

/** The consts of a oneOf of distinct scalar `const` branches, or undefined. */
function choiceValues(oneOf: unknown): (string | number | boolean | null)[] | undefined {
  if (!Array.isArray(oneOf) || oneOf.length === 0) return undefined;
  const values: (string | number | boolean | null)[] = [];
  for (const branch of oneOf as unknown[]) {
    if (typeof branch !== "object" || branch === null || !Object.keys(branch).every((key) => BRANCH_KEYWORDS.has(key))) return undefined;
    const value: unknown = (branch as Record<string, unknown>)["const"];
    if (!isScalar(value) || values.includes(value)) return undefined;
    values.push(value);
  }
  return values;
}

function guarded(node: Record<string, unknown>): Record<string, unknown> {
  if (!Object.keys(node).every((key) => NODE_KEYWORDS.has(key))) return node;
  const values = choiceValues(node["oneOf"]);
  if (!values) return node;
  const { oneOf, ...rest } = node;
  return { ...rest, if: { enum: values }, else: { oneOf } };
}

/** `schema` as it is compiled for validating submissions: each choice's branches guarded by its list. */
export function withGuardedChoices(schema: Record<string, unknown>): Record<string, unknown> {
  return mapSchema(schema, guarded) as Record<string, unknown>;
}
