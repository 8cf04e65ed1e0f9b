/**
 * The JSON Schema of one form's submissions, assembled from the parts' own data schemas
 * (the same files the library validates with), for the OpenAPI description.
 */
import type { DataSchema, FormPackage } from "@cluster-form/schema";

type JsonObject = Record<string, unknown>;

/**
 * A part schema as an embedded schema resource: its own `$id`, so that references inside it
 * (`#/$defs/...`) still resolve against it and not against the document it is embedded in.
 */
function embeddable(schema: DataSchema, id: string): JsonObject {
  const { $schema: _dialect, ...rest } = schema;
  return { ...rest, $id: id };
}

/** Parts' schemas inlined under `data`; unknown keys stay allowed, as the format promises. */
export function submissionSchema(pkg: FormPackage): JsonObject {
  const { manifest } = pkg;
  const base = `https://cluster-form.dev/forms/${encodeURIComponent(manifest.id)}/${encodeURIComponent(manifest.version)}`;
  const data: Record<string, unknown> = {};
  for (const part of pkg.parts) {
    if (part.schema) data[part.ref.id] = embeddable(part.schema, `${base}/parts/${part.ref.id}.schema.json`);
  }
  const scoreColumns: Record<string, unknown> = {};
  for (const column of manifest.scoreColumns) {
    scoreColumns[column.id] = { title: column.label, type: ["number", "null"] };
  }
  return {
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
}
