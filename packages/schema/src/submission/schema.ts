/**
 * The JSON Schema of a whole submission, assembled from the form: the parts' data schemas under
 * `data`, one score entry per criterion and score column under `scores`. Unknown keys stay allowed.
 */
import { coreCatalogs } from "../locales/index.js";
import { mapSchema } from "../schema-walk.js";
import { perForm } from "../model/per-form.js";
import { isRecord, keyedRecord } from "../model/record.js";
import type { FormPackage, ValidationMode } from "../types.js";

/** A cap on the version text, so that the envelope is bounded like every part schema. */
const MAX_ENVELOPE_TEXT = 200;
/** A cap on the written reason of an overridden score. */
export const MAX_REASON_TEXT = 2000;

const NAMED_SCHEMA_MAPS = new Set(["properties", "patternProperties", "$defs", "dependentSchemas"]);

/** Inside `if` and `not`, `required` is a condition on the data, not a demand to fill a field. */
function isCondition(pointer: string): boolean {
  const segments = pointer.split("/");
  return segments.some((segment, i) => (segment === "if" || segment === "not") && !NAMED_SCHEMA_MAPS.has(segments[i - 1] ?? ""));
}

/** The schema of a draft: nothing has to be filled yet. */
function withoutRequired(schema: unknown): unknown {
  return mapSchema(schema, (node, pointer) => {
    if (isCondition(pointer)) return node;
    const { required: _required, ...rest } = node;
    return rest;
  });
}

function scoresSchema(pkg: FormPackage): Record<string, unknown> {
  const properties = keyedRecord<unknown>();
  for (const part of pkg.parts) {
    const criteria: unknown = part.rules?.criteria;
    if (!Array.isArray(criteria)) continue;
    for (const criterion of criteria as unknown[]) {
      if (!isRecord(criterion) || typeof criterion["id"] !== "string" || typeof criterion["points"] !== "number") continue;
      const label = typeof criterion["label"] === "string" ? criterion["label"] : criterion["id"];
      const columns = keyedRecord<unknown>();
      for (const column of pkg.manifest.scoreColumns) {
        columns[column.id] = {
          title: coreCatalogs.zh.scoreLabel({ criterion: label, column: column.label }),
          type: ["number", "null"],
          minimum: 0,
          maximum: criterion["points"],
        };
      }
      properties[criterion["id"]] = { title: label, type: "object", properties: columns };
    }
  }
  return { type: "object", properties };
}

/** Written reasons of overridden scores: criterion → column → text, bounded, for every criterion and score column. */
function reasonsSchema(pkg: FormPackage): Record<string, unknown> {
  const columns = Object.fromEntries(pkg.manifest.scoreColumns.map((column) => [column.id, { type: "string", maxLength: MAX_REASON_TEXT }]));
  const properties = keyedRecord<unknown>();
  for (const part of pkg.parts) {
    const criteria: unknown = part.rules?.criteria;
    if (!Array.isArray(criteria)) continue;
    for (const criterion of criteria as unknown[]) {
      if (isRecord(criterion) && typeof criterion["id"] === "string") properties[criterion["id"]] = { type: "object", properties: columns };
    }
  }
  return { type: "object", properties };
}

export function buildSubmissionSchema(pkg: FormPackage, mode: ValidationMode): Record<string, unknown> {
  const parts = keyedRecord<unknown>();
  for (const part of pkg.parts) {
    if (part.schema === undefined) continue;
    parts[part.ref.id] = mode === "draft" ? withoutRequired(part.schema) : part.schema;
  }
  return {
    type: "object",
    required: ["form", "data"],
    properties: {
      $schema: { type: "string", maxLength: MAX_ENVELOPE_TEXT },
      form: {
        type: "object",
        required: ["id", "version"],
        properties: {
          id: { type: "string", maxLength: MAX_ENVELOPE_TEXT },
          version: { type: "string", maxLength: MAX_ENVELOPE_TEXT },
        },
      },
      data: { type: "object", properties: parts },
      scores: scoresSchema(pkg),
      reasons: reasonsSchema(pkg),
    },
  };
}

/** Both submission schemas of `pkg`, built once per package. */
export const submissionSchemas = /* @__PURE__ */ perForm(
  (pkg): Record<ValidationMode, Record<string, unknown>> => ({ draft: buildSubmissionSchema(pkg, "draft"), final: buildSubmissionSchema(pkg, "final") }),
);
