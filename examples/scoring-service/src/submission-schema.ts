/**
 * The JSON Schema of one form's submissions, assembled from the parts' own data schemas
 * (the same files the library validates with), for the OpenAPI description.
 */
import type { FormPackage } from "@cluster-form/schema";
import { openApiSchema } from "./openapi-schema.js";

type JsonObject = Record<string, unknown>;

/**
 * The submission schema of `pkg`, as the component `name`: parts' schemas inlined under `data`
 * (unknown keys stay allowed, as the format promises); `defs` are the components their `$defs` become.
 */
export function submissionSchema(pkg: FormPackage, name: string): { schema: JsonObject; defs: Record<string, JsonObject> } {
  const { manifest } = pkg;
  const data: Record<string, unknown> = {};
  let defs: Record<string, JsonObject> = {};
  for (const part of pkg.parts) {
    if (!part.schema) continue;
    const converted = openApiSchema(part.schema, `${name}.${part.ref.id}`);
    data[part.ref.id] = converted.schema;
    defs = { ...defs, ...converted.defs };
  }
  const scoreColumns: Record<string, unknown> = {};
  for (const column of manifest.scoreColumns) {
    scoreColumns[column.id] = { title: column.label, type: ["number", "null"] };
  }
  const schema = {
    title: manifest.title,
    description: `A submission of ${manifest.id} ${manifest.version}. Blank required fields are allowed in draft mode.`,
    type: "object",
    required: ["form", "data"],
    properties: {
      form: {
        type: "object",
        required: ["id", "version"],
        properties: { id: { const: manifest.id }, version: { type: "string", examples: [manifest.version] } },
      },
      data: { type: "object", properties: data },
      scores: {
        description: "Typed scores: criterion id, then score column id, to points.",
        type: "object",
        additionalProperties: { type: "object", properties: scoreColumns },
      },
    },
  };
  return { schema, defs };
}
