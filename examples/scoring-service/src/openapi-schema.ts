/**
 * A JSON Schema of the form format as OpenAPI tools read it (swagger-parser, Redocly): references
 * inside a schema resource (`#/$defs/x`) do not resolve once the schema is embedded in the OpenAPI
 * document, so the `$defs` become components of their own and the references point at them; the
 * format's annotation keywords (`unit`, `placeholder`) become `x-` extensions, which OpenAPI allows
 * in a schema. Validation is unchanged: annotations never fail a value.
 */
import { ANNOTATION_KEYWORDS, mapSchema } from "@cluster-form/schema";

type JsonObject = Record<string, unknown>;

const COMPONENTS = "#/components/schemas/";

/**
 * `schema` ready to be the component `name`, and its `$defs` as components named `name.def`.
 * Both are new objects: `schema` is not changed.
 */
export function openApiSchema(schema: object, name: string): { schema: JsonObject; defs: Record<string, JsonObject> } {
  const converted = mapSchema(schema, (node) => {
    const out: JsonObject = {};
    for (const [key, value] of Object.entries(node)) {
      if (key === "$id" || key === "$schema") continue;
      if (key === "$ref" && typeof value === "string" && value.startsWith("#/$defs/")) out[key] = `${COMPONENTS}${name}.${value.slice("#/$defs/".length)}`;
      else if ((ANNOTATION_KEYWORDS as readonly string[]).includes(key)) out[`x-${key}`] = value;
      else out[key] = value;
    }
    return out;
  }) as JsonObject;
  const { $defs, ...rest } = converted;
  const defs: Record<string, JsonObject> = {};
  if (typeof $defs === "object" && $defs !== null) {
    for (const [def, sub] of Object.entries($defs)) defs[`${name}.${def}`] = sub as JsonObject;
  }
  return { schema: rest, defs };
}
